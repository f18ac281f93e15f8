package dev.calque.util;

import java.util.concurrent.ExecutionException;

/** Work done on another thread, failing on the caller's as if done there. */
public final class Futures {
  private Futures() {
  }

  /**
   * The cause of an ExecutionException, to throw as it was thrown: a RuntimeException or Error
   * unwrapped, a checked exception (which a Callable of calque's never throws) wrapped.
   */
  public static RuntimeException rethrow(ExecutionException e) {
    Throwable c = e.getCause();
    if (c instanceof RuntimeException re) {
      return re;
    }
    if (c instanceof Error er) {
      throw er;
    }
    return new IllegalStateException(c);
  }
}
