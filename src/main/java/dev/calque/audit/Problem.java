package dev.calque.audit;

import dev.calque.io.InputException;

/** An input item that was skipped, with why: reported on stderr, in problems.jsonl and in the summary. */
public record Problem(Location where, String reason) {
  /**
   * The reason of a read error; InputReader's messages start with the label they were given, which
   * the location already says.
   */
  static Problem of(Location where, InputException e) {
    String m = e.getMessage();
    String prefix = where + ": ";
    return new Problem(where, m.startsWith(prefix) ? m.substring(prefix.length()) : m);
  }

  @Override
  public String toString() {
    return where + ": " + reason;
  }
}
