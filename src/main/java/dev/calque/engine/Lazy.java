package dev.calque.engine;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** A value built once, on first use or ahead of time on another core, each with its own lock. */
final class Lazy<T> {
  private final Supplier<T> supplier;
  private volatile T value;

  Lazy(Supplier<T> supplier) {
    this.supplier = supplier;
  }

  T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        if (value == null) {
          value = supplier.get();
        }
        v = value;
      }
    }
    return v;
  }

  /** Starts building the value in the background; a later get() waits for it instead of building twice. */
  void prewarm() {
    if (value == null) {
      CompletableFuture.runAsync(() -> {
        try {
          get();
        } catch (RuntimeException e) {
          // the caller's own get() will build again and report the error where it can be handled
        }
      });
    }
  }
}
