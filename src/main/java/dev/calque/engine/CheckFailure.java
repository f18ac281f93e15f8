package dev.calque.engine;

/**
 * A document calque could not check because of a bug (a rule or the analysis threw) or because the
 * JVM ran out of stack or memory on it. It names the document and, when known, the rule, so the
 * command can report one line and go on with the next document.
 */
public final class CheckFailure extends RuntimeException {
  private final String path;
  private final String ruleId;

  CheckFailure(String path, String ruleId, Throwable cause) {
    super(describe(path, ruleId, cause), cause);
    this.path = path;
    this.ruleId = ruleId;
  }

  public String path() {
    return path;
  }

  /** The rule that failed, or null when the failure was outside any one rule. */
  public String ruleId() {
    return ruleId;
  }

  private static String describe(String path, String ruleId, Throwable cause) {
    String what = cause instanceof OutOfMemoryError ? "ran out of memory (give Java more with CALQUE_JAVA_OPTS=-Xmx4g)"
        : cause instanceof StackOverflowError ? "ran out of stack"
        : "internal error: " + cause.getClass().getSimpleName()
            + (cause.getMessage() == null ? "" : ": " + dev.calque.util.Messages.firstLine(cause));
    return path + ": not checked: " + (ruleId == null ? "" : "rule " + ruleId + " ") + what
        + (cause instanceof OutOfMemoryError ? "" : " (please report it; CALQUE_DEBUG=1 prints the stack trace)");
  }
}
