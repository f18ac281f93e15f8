package dev.calque.lexicon;

/** A known name: its canonical English spelling and its type. */
public record Entity(String name, EntityType type) {
}
