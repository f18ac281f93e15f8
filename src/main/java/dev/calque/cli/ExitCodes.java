package dev.calque.cli;

/** Exit statuses, the same for every command. */
final class ExitCodes {
  /** Nothing at or above --fail-on (or the command succeeded). */
  static final int CLEAN = 0;
  /** Findings at or above --fail-on. */
  static final int FINDINGS = 1;
  /** Bad usage, unreadable input or a broken rule file. */
  static final int USAGE = 2;

  private ExitCodes() {
  }
}
