package dev.calque.server;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The threads that run checks: a fixed number, with a bounded queue in front (a request finding it
 * full gets 503 at once rather than waiting without end), and a time limit per check, counted from
 * when it starts. A check past its limit is told to stop (the engine asks its cancellation flag between rules) so its thread is
 * soon free again; nothing is interrupted.
 */
final class WorkerPool {
  /** A check ran past its time limit (it has been told to stop). */
  static final class TimedOut extends Exception {
    TimedOut() {
      super(null, null, false, false);
    }
  }

  /** How often a caller whose work is still queued looks whether it has started. */
  private static final long QUEUE_POLL = TimeUnit.MILLISECONDS.toNanos(50);

  private final ThreadPoolExecutor executor;
  private final AtomicInteger running = new AtomicInteger();

  WorkerPool(int threads, int queue) {
    AtomicInteger n = new AtomicInteger();
    executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
        queue == 0 ? new java.util.concurrent.SynchronousQueue<>() : new ArrayBlockingQueue<>(queue), r -> {
          Thread t = new Thread(r, "calque-check-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        }, new ThreadPoolExecutor.AbortPolicy());
  }

  /**
   * Runs work on a pool thread and waits for its result, at most timeout from when the work starts:
   * as in LanguageTool's server, the time limit is the check's, and waiting in the queue (bounded by
   * its length) does not count. The work gets a flag that turns true when the caller stopped
   * waiting. Its exceptions come back unwrapped.
   */
  <T> T call(Function<BooleanSupplier, T> work, Duration timeout) throws TimedOut {
    AtomicBoolean abandoned = new AtomicBoolean();
    AtomicLong startedAt = new AtomicLong();
    Future<T> future;
    try {
      future = executor.submit(() -> {
        startedAt.set(System.nanoTime());
        running.incrementAndGet();
        try {
          return work.apply(abandoned::get);
        } finally {
          running.decrementAndGet();
        }
      });
    } catch (RejectedExecutionException e) {
      throw ApiError.unavailable(executor.isShutdown() ? "the server is shutting down"
          : "There are currently too many parallel requests. Please try again later.");
    }
    try {
      while (true) {
        long started = startedAt.get();
        long wait = started == 0 ? QUEUE_POLL : started + timeout.toNanos() - System.nanoTime();
        try {
          return future.get(Math.max(0, wait), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          if (started != 0) {
            abandoned.set(true);
            future.cancel(false);
            throw new TimedOut();
          }
        }
      }
    } catch (InterruptedException e) {
      abandoned.set(true);
      future.cancel(false); // still queued: never runs
      Thread.currentThread().interrupt();
      throw ApiError.unavailable("the server is shutting down");
    } catch (ExecutionException e) {
      throw dev.calque.util.Futures.rethrow(e);
    }
  }

  /** Checks running or waiting now. */
  int busy() {
    return running.get() + executor.getQueue().size();
  }

  /** Checks waiting for a thread now. */
  int queued() {
    return executor.getQueue().size();
  }

  /** Takes no more work and waits up to grace for the checks already taken to finish. */
  boolean shutdown(Duration grace) throws InterruptedException {
    executor.shutdown();
    return executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
  }

  void shutdownNow() {
    executor.shutdownNow();
  }
}
