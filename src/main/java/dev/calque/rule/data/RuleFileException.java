package dev.calque.rule.data;

/** A rule file that cannot be used; the message names file, line and key. */
public final class RuleFileException extends RuntimeException {
  public RuleFileException(String message) {
    super(message);
  }
}
