package dev.calque.engine;

import dev.calque.rule.Finding;

/**
 * Keeps findings on character boundaries. LanguageTool counts some positions in code points and
 * some in UTF-16 units, so on text with emoji or other astral characters a match can end between
 * the two halves of a surrogate pair; a report would then quote half a character and a fix would
 * cut one in two. Widening such a span to the whole character is always safe.
 */
final class CodePoints {
  private CodePoints() {
  }

  static Finding onBoundaries(String text, Finding f) {
    int start = f.start();
    int end = Math.min(f.end(), text.length());
    if (splitsPair(text, start)) {
      start--;
    }
    if (splitsPair(text, end)) {
      end++;
    }
    if (start == f.start() && end == f.end()) {
      return f;
    }
    return f.withSpan(start, end);
  }

  /** Whether offset i falls between a high and a low surrogate. */
  static boolean splitsPair(String text, int i) {
    return i > 0 && i < text.length() && Character.isHighSurrogate(text.charAt(i - 1))
        && Character.isLowSurrogate(text.charAt(i));
  }
}
