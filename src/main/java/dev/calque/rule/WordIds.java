package dev.calque.rule;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Small numbers for the lower-cased words rules look for, so that a document can say which of them
 * it holds in a bit set ({@link RuleContext#hasWord}): a thousand lexicon entries asking a short
 * article for their words cost a thousand hash lookups of strings each, where a bit costs almost
 * nothing. Ids are handed out as rules compile their phrases and never change.
 */
public final class WordIds {
  private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();
  /** How many ids are visible to readers: every id below it is in the map. */
  private static volatile int published;

  private WordIds() {
  }

  /** The word's id, handed out on first request. */
  public static int of(String word) {
    Integer id = IDS.get(word);
    if (id != null) {
      return id;
    }
    synchronized (WordIds.class) {
      id = IDS.get(word);
      if (id == null) {
        id = IDS.size();
        IDS.put(word, id);
        published = IDS.size(); // after the put, so a reader that sees this count finds every id below it
      }
      return id;
    }
  }

  /** The word's id, or -1 when no rule asked for it. */
  static int find(String word) {
    Integer id = IDS.get(word);
    return id == null ? -1 : id;
  }

  /** Every id below this number can be found. */
  static int published() {
    return published;
  }
}
