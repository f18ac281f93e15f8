package dev.calque.cli;

/** Exit statuses, the same for every command. */
final class ExitCodes {
  /** Nothing at or above --fail-on (or the command succeeded). */
  static final int CLEAN = 0;
  /** Findings at or above --fail-on. */
  static final int FINDINGS = 1;
  /** Bad usage, unreadable input, a broken rule file, or a document calque could not check. */
  static final int USAGE = 2;
  /** A bug in calque: something failed that should not have (the message asks for a report). */
  static final int INTERNAL = 3;

  private ExitCodes() {
  }
}
