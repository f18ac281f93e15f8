package dev.calque.analysis;

/**
 * Character classes the analysis needs beyond java.lang.Character: text extracted from web pages
 * carries no-break spaces, zero-width and bidi format characters, C1 controls and Unicode line
 * separators, and none of them may end up as a word, a sentence or an exception.
 */
public final class TextChars {
  private TextChars() {
  }

  /** Ends a line for paragraph splitting: LF, CR, NEL and the Unicode line and paragraph separators. */
  public static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** Carries no text: white space of any kind, control characters and invisible format characters. */
  public static boolean isBlank(char c) {
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.FORMAT;
  }

  /**
   * Characters LanguageTool 6 stumbles on (its sentence and paragraph position bookkeeping throws on
   * bidi controls, C1 controls and line separators): a control or bidi character becomes a space and
   * an unpaired surrogate U+FFFD. A run of combining marks longer than {@link #MAX_MARKS} goes on
   * as letters: java.util.regex's word boundary walks back over the whole run at every position,
   * which made sentence splitting quadratic in the run's length. The result has the same length,
   * so every offset LanguageTool reports is still an offset into the original.
   */
  public static String forLanguageTool(String s) {
    char[] out = null;
    int marks = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char r = c;
      marks = isMark(c) ? marks + 1 : 0;
      if (marks > MAX_MARKS) {
        r = 'x';
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
          continue;
        }
        r = '\uFFFD';
      } else if (Character.isLowSurrogate(c)) {
        r = '\uFFFD';
      } else if (c != '\t' && unsafeForLanguageTool(c)) {
        r = ' ';
      }
      if (r != c) {
        if (out == null) {
          out = s.toCharArray();
        }
        out[i] = r;
      }
    }
    return out == null ? s : new String(out);
  }

  /** More combining marks than this on one base character are noise, not writing. */
  static final int MAX_MARKS = 16;

  private static boolean isMark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  private static boolean unsafeForLanguageTool(char c) {
    return Character.getType(c) == Character.CONTROL || isLineBreak(c) || c == '\uFEFF' || c == '\u061C'
        || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }
}
