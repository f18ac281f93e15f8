package dev.calque.rule;

/**
 * A view of a text that lets a regular expression read only so many characters. java.util.regex
 * has no timeout, and a rule regex with nested repetition ("(.*a){15}!") can backtrack for ever on
 * one long paragraph; reading through this view turns that into {@link Exceeded} after the budget,
 * so the rule loses one paragraph instead of hanging the run.
 */
public final class BoundedText implements CharSequence {
  /** Reads allowed for one paragraph: a fixed floor plus a generous multiple of its length. */
  static final long FLOOR = 20_000_000L;
  static final long PER_CHAR = 1_000L;

  /** Thrown when the budget is spent; no stack trace, it is expected and caught per paragraph. */
  public static final class Exceeded extends RuntimeException {
    Exceeded() {
      super("regular expression exceeded its step budget", null, false, false);
    }
  }

  private final CharSequence text;
  private long left;

  private BoundedText(CharSequence text, long budget) {
    this.text = text;
    this.left = budget;
  }

  /** A view of text whose reads are budgeted for matching a span of the given length. */
  public static BoundedText forSpan(CharSequence text, int spanLength) {
    return new BoundedText(text, FLOOR + PER_CHAR * spanLength);
  }

  static BoundedText withBudget(CharSequence text, long budget) {
    return new BoundedText(text, budget);
  }

  /**
   * What to tell the user when a regex gave up on a paragraph: catastrophic backtracking, or
   * java.util.regex recursing once per repetition of an alternation until the stack ran out.
   */
  public static String failure(Throwable e, int line) {
    String why = e instanceof StackOverflowError
        ? "its regular expression recursed too deeply (an alternation inside a repetition, such as (?:a|b)*, "
            + "recurses once per character: use a character class [ab]* or a possessive (?:a|b)*+)"
        : "its regular expression ran past its step budget (nested repetition such as (.*a){15} backtracks "
            + "exponentially)";
    return why + " on the paragraph at line " + line + "; skipped there";
  }

  @Override
  public char charAt(int index) {
    if (--left < 0) {
      throw new Exceeded();
    }
    return text.charAt(index);
  }

  @Override
  public int length() {
    return text.length();
  }

  /** Group extraction reads through here; it is cheap and need not count. */
  @Override
  public CharSequence subSequence(int start, int end) {
    return text.subSequence(start, end);
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
