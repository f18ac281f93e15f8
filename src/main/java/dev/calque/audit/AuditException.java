package dev.calque.audit;

/**
 * An audit that cannot go on: its --out folder is another audit's or busy, the inputs changed under a
 * resumed audit, or an output cannot be written (a full disk). The message is one line for the user
 * and says what to do; what was done up to the last checkpoint is kept, so rerunning resumes.
 */
public final class AuditException extends Exception {
  public AuditException(String message) {
    super(message);
  }

  public AuditException(String message, Throwable cause) {
    super(message, cause);
  }
}
