package dev.calque.lexicon;

/**
 * A known name: its canonical English spelling, its type, and for people the country they speak
 * for (null when unknown or not a person).
 */
public record Entity(String name, EntityType type, String country) {
  public Entity(String name, EntityType type) {
    this(name, type, null);
  }
}
