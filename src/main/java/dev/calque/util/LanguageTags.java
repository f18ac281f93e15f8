package dev.calque.util;

import java.util.Locale;

/** BCP 47 language tags as calque uses them: by their primary language. */
public final class LanguageTags {
  private LanguageTags() {
  }

  /** The primary language of a tag, lower case: "es" for "es-MX", "en" for "EN". */
  public static String primary(String tag) {
    int dash = tag.indexOf('-');
    return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
  }
}
