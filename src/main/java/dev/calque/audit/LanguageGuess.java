package dev.calque.audit;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.calque.engine.Calque;

/**
 * The target language of an article that does not say (--lang auto): the checked language whose
 * function words ("the", "of"; "el", "de") are most frequent in the first few thousand characters.
 * Function words are the most frequent words of any text, so a few hundred words are plenty to tell
 * apart the languages calque checks; a tie (no function word at all) keeps the default.
 */
final class LanguageGuess {
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final int SAMPLE = 4000;

  private final Map<String, Set<String>> functionWords = new TreeMap<>();
  private final String fallback;

  LanguageGuess(Calque runtime, String fallback) {
    for (String code : runtime.languages()) {
      functionWords.put(code, runtime.profile(code).functionWords());
    }
    this.fallback = fallback;
  }

  String guess(String text) {
    Map<String, Integer> hits = new TreeMap<>();
    Matcher m = WORD.matcher(text.length() > SAMPLE ? text.substring(0, SAMPLE) : text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      for (Map.Entry<String, Set<String>> e : functionWords.entrySet()) {
        if (e.getValue().contains(w)) {
          hits.merge(e.getKey(), 1, Integer::sum);
        }
      }
    }
    String best = fallback;
    int most = hits.getOrDefault(fallback, 0);
    for (Map.Entry<String, Integer> e : hits.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }
}
