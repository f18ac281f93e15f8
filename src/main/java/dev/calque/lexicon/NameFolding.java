package dev.calque.lexicon;

import java.text.Normalizer;
import java.util.Locale;

/** Normal forms of names used as lookup keys. */
public final class NameFolding {
  private NameFolding() {
  }

  private static final java.util.Map<String, String> CACHE = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int MAX_CACHE = 200_000;

  /** Lower case without accents: "Zelenski" and "Zelenski" with accents fold together. Cached per word. */
  public static String fold(String s) {
    if (s.length() > 40) {
      return foldUncached(s);
    }
    String cached = CACHE.get(s);
    if (cached == null) {
      cached = foldUncached(s);
      if (CACHE.size() > MAX_CACHE) {
        CACHE.clear();
      }
      CACHE.put(s, cached);
    }
    return cached;
  }

  private static String foldUncached(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        b.append(c);
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * The look-alike skeleton: characters that OCR, fonts and MT confuse map to one form (capital I,
   * lower-case l, digit 1 and the bar; O and 0; "rn" and "m"; "cl" and "d"; "vv" and "w"), so "BeITA"
   * and "BelTA" share a skeleton.
   */
  public static String skeleton(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case 'I', '1', '|', 'l' -> b.append('l');
        case '0', 'O' -> b.append('o');
        default -> b.append(c);
      }
    }
    String folded = fold(b.toString());
    return folded.replace("rn", "m").replace("cl", "d").replace("vv", "w");
  }
}
