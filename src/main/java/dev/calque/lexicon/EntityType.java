package dev.calque.lexicon;

import java.util.Locale;

/** Kinds of named entity in the gazetteer. */
public enum EntityType {
  COUNTRY, CITY, REGION, PERSON, ORGANIZATION, AGENCY, PARTY, INSTITUTION, COMPANY;

  public boolean isPerson() {
    return this == PERSON;
  }

  /** Entities that English refers back to with "it"/"its" (or "they"), never "his"/"her". */
  public boolean isNonPerson() {
    return this != PERSON;
  }

  public static EntityType parse(String s) {
    try {
      return valueOf(s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      StringBuilder allowed = new StringBuilder();
      for (EntityType t : values()) {
        allowed.append(allowed.length() == 0 ? "" : ", ").append(t.name().toLowerCase(Locale.ROOT));
      }
      throw new IllegalArgumentException("unknown entity type '" + s + "' (use " + allowed + ")");
    }
  }
}
