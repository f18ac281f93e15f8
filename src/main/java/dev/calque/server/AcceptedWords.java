package dev.calque.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import dev.calque.rule.Category;
import dev.calque.rule.Finding;

/**
 * Words the server's users accepted (LanguageTool's /v2/words, without user accounts): one list per
 * language, or for every language, kept in memory for the server's life. A spelling finding on an
 * accepted word is not reported. Bounded in count and length: clients add words for ever.
 */
final class AcceptedWords {
  /** The key of words accepted in every language. */
  static final String ALL = "*";
  static final int MAX_WORDS = 10_000;
  static final int MAX_LENGTH = 100;

  private final Map<String, Set<String>> byLanguage = new TreeMap<>();
  private int count;

  /** Adds a word; false when it was there already. 400 for an empty, spaced or overlong word, 503 when full. */
  synchronized boolean add(String language, String word) {
    String w = valid(word);
    if (count >= MAX_WORDS) {
      throw ApiError.unavailable("the list of accepted words is full (" + MAX_WORDS + " words)");
    }
    boolean added = byLanguage.computeIfAbsent(key(language), k -> new TreeSet<>()).add(w);
    count += added ? 1 : 0;
    return added;
  }

  synchronized boolean delete(String language, String word) {
    Set<String> words = byLanguage.get(key(language));
    boolean deleted = words != null && words.remove(valid(word));
    count -= deleted ? 1 : 0;
    return deleted;
  }

  /** Words of one language (with those for all), sorted, from offset, at most limit. */
  synchronized List<String> list(String language, int offset, int limit) {
    Set<String> all = new TreeSet<>(byLanguage.getOrDefault(ALL, Set.of()));
    if (language != null) {
      all.addAll(byLanguage.getOrDefault(key(language), Set.of()));
    } else {
      byLanguage.values().forEach(all::addAll);
    }
    List<String> sorted = new ArrayList<>(all);
    int from = Math.min(Math.max(0, offset), sorted.size());
    return List.copyOf(sorted.subList(from, (int) Math.min(sorted.size(), (long) from + Math.max(0, limit))));
  }

  /** Whether the finding is a spelling alarm on a word accepted in this language. */
  synchronized boolean silences(Finding f, String language, String text) {
    if (count == 0 || !(f.category().equals(Category.SPELLING))) {
      return false;
    }
    String word = text.substring(f.start(), f.end());
    return byLanguage.getOrDefault(ALL, Set.of()).contains(word)
        || byLanguage.getOrDefault(language, Set.of()).contains(word);
  }

  private static String key(String language) {
    return language == null || language.isBlank() ? ALL : language;
  }

  private static String valid(String word) {
    if (word == null || word.isBlank()) {
      throw ApiError.badRequest("missing 'word' parameter");
    }
    String w = word.strip();
    if (w.length() > MAX_LENGTH || w.codePoints().anyMatch(Character::isWhitespace)) {
      throw ApiError.badRequest("a word is one token of at most " + MAX_LENGTH + " characters, without spaces");
    }
    return w;
  }
}
