package dev.calque.server;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import dev.calque.engine.Calque;

/**
 * Which of calque's target languages a text is in, for language=auto and for the detected language
 * LanguageTool's API always reports: the profile whose function words ("the", "of"; "el", "de")
 * cover most of the text's words. Enough to tell calque's targets apart, which is all it needs; it
 * reads at most the first 20,000 characters.
 *
 * @param target the target language code, or null when no function word of any target was seen
 * @param confidence the winner's share of all function-word hits, 0 to 1
 */
record LanguageGuess(String target, double confidence) {
  private static final int READ = 20_000;

  static LanguageGuess of(String text, Calque calque) {
    Map<String, Set<String>> words = new TreeMap<>();
    for (String code : calque.languages()) {
      words.put(code, calque.profile(code).functionWords());
    }
    Map<String, Integer> hits = new TreeMap<>();
    String sample = text.substring(0, Math.min(text.length(), READ)).toLowerCase(Locale.ROOT);
    int total = 0;
    for (String token : sample.split("[^\\p{L}]+")) {
      for (Map.Entry<String, Set<String>> e : words.entrySet()) {
        if (!token.isEmpty() && e.getValue().contains(token)) {
          hits.merge(e.getKey(), 1, Integer::sum);
          total++;
        }
      }
    }
    String best = null;
    for (Map.Entry<String, Integer> e : hits.entrySet()) {
      if (best == null || e.getValue() > hits.get(best)) {
        best = e.getKey();
      }
    }
    return best == null ? new LanguageGuess(null, 0)
        : new LanguageGuess(best, Math.round(1000.0 * hits.get(best) / total) / 1000.0);
  }
}
