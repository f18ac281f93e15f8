package dev.calque.rule.data;

/** Cheap word counting for the hot path (no regex, no allocation). */
final class Words {
  private Words() {
  }

  /** Whether text[from, to) has at most max whitespace-separated words. */
  static boolean atMost(String text, int from, int to, int max) {
    int words = 0;
    boolean in = false;
    for (int i = from; i < to; i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !in && ++words > max) {
        return false;
      }
      in = !space;
    }
    return true;
  }
}
