package dev.calque.bitext;

import java.util.ArrayList;
import java.util.List;
import dev.calque.util.LanguageTags;
import java.util.Map;

/**
 * Terminology to enforce: concepts, each with its terms by language, admitted or forbidden. A CSV
 * glossary that names no languages files its columns under {@link #SOURCE} and {@link #TARGET}.
 * Matching (through each language's stems) is the glossary rules' business; this is the data as
 * read from TBX or CSV.
 */
public record Glossary(String label, List<Entry> entries) {
  /** The language key of a CSV column headed "source" (whatever the source language is). */
  public static final String SOURCE = "source";
  /** The language key of a CSV column headed "target" (and "forbidden"). */
  public static final String TARGET = "target";

  /**
   * One concept: admitted and forbidden terms (deprecated, superseded, a house ban) by language
   * tag or by {@link #SOURCE}/{@link #TARGET}.
   */
  public record Entry(Map<String, List<String>> admitted, Map<String, List<String>> forbidden) {
    public Entry {
      admitted = Map.copyOf(admitted);
      forbidden = Map.copyOf(forbidden);
    }

    /** The admitted terms in a language (its own, or the source or target column). */
    public List<String> admitted(String language, boolean isSource) {
      return terms(admitted, language, isSource ? SOURCE : TARGET);
    }

    public List<String> forbidden(String language) {
      return terms(forbidden, language, TARGET);
    }

    private static List<String> terms(Map<String, List<String>> byLanguage, String language, String role) {
      List<String> out = new ArrayList<>(byLanguage.getOrDefault(role, List.of()));
      String code = LanguageTags.primary(language);
      byLanguage.forEach((lang, terms) -> {
        if (!lang.equals(SOURCE) && !lang.equals(TARGET) && LanguageTags.primary(lang).equals(code)) {
          out.addAll(terms);
        }
      });
      return out;
    }
  }

  public Glossary {
    entries = List.copyOf(entries);
  }
}
