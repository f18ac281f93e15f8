package dev.calque.bilingual;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import dev.calque.analysis.Morphology;
import dev.calque.language.LanguageProfiles;

/**
 * LanguageTool's dictionary (tagger) of each language with a profile, built once on first use and
 * shared: bilingual rules ask whether the source's language knows a word, and as what.
 */
final class Dictionaries {
  private static final LanguageProfiles PROFILES = LanguageProfiles.discover();
  private static final Map<String, Optional<Morphology>> BY_CODE = new ConcurrentHashMap<>();

  private Dictionaries() {
  }

  /** The dictionary of a primary language code, or empty when calque has no profile for it. */
  static Optional<Morphology> of(String code) {
    return BY_CODE.computeIfAbsent(code, c -> PROFILES.has(c) ? Optional.of(new Morphology(PROFILES.get(c)))
        : Optional.empty());
  }
}
