package dev.calque.rule;

/**
 * A rule's own test case. A firing example marks the expected span in its text with [[ ]] and gives
 * the expected top correction for it (null: the rule gives no suggestion, e.g. text left
 * untranslated); a clean example must raise nothing from the rule.
 */
public record Example(String text, int start, int end, String correction, boolean mustFire) {
  public static final String OPEN = "[[";
  public static final String CLOSE = "]]";

  /** Parses "... [[span]] ..." into the plain text and the span. */
  public static Example firing(String marked, String correction) {
    int open = marked.indexOf(OPEN);
    int close = marked.indexOf(CLOSE, open + 2);
    if (open < 0 || close < 0 || marked.indexOf(OPEN, close) >= 0) {
      throw new IllegalArgumentException("a firing example needs exactly one [[marked span]]: " + marked);
    }
    String text = marked.substring(0, open) + marked.substring(open + 2, close) + marked.substring(close + 2);
    return new Example(text, open, close - 2, correction, true);
  }

  public static Example clean(String text) {
    if (text.contains(OPEN)) {
      throw new IllegalArgumentException("a clean example has no [[marked span]]: " + text);
    }
    return new Example(text, 0, 0, null, false);
  }

  /** The text with the expected correction applied, or null for clean examples and pure deletions of nothing. */
  public String corrected() {
    if (!mustFire || correction == null) {
      return null;
    }
    return text.substring(0, start) + correction + text.substring(end);
  }

  public String marked() {
    return mustFire ? text.substring(0, start) + OPEN + text.substring(start, end) + CLOSE + text.substring(end) : text;
  }
}
