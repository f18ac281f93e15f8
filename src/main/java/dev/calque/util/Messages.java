package dev.calque.util;

/** Turning exceptions into the one-line reasons calque prints. */
public final class Messages {
  private Messages() {
  }

  /** The first line of the exception's message, or its class name when it has none. */
  public static String firstLine(Throwable e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return e.getClass().getSimpleName();
    }
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
