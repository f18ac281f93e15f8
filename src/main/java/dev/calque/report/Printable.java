package dev.calque.report;

/**
 * Makes text from the document safe to print on a terminal. Input can hold escape sequences that
 * clear a reviewer's screen or rewrite what they see, bidi overrides that reverse it, and line
 * separators that break the report's layout; each such character is shown as {@code <U+XXXX>}.
 */
final class Printable {
  private Printable() {
  }

  static String of(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
      if (pair) {
        if (b != null) {
          b.append(c).append(s.charAt(i + 1));
        }
        i++;
        continue;
      }
      if (unsafe(c)) {
        if (b == null) {
          b = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        b.append(String.format("<U+%04X>", (int) c));
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  private static boolean unsafe(char c) {
    if (c == '\t') {
      return false;
    }
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.SURROGATE || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR || c == '\u061C' || c == '\u200E' || c == '\u200F'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }
}
