package dev.calque.util;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one task per item on a pool of threads and hands the results to the caller's thread in item
 * order, as they are ready: streaming, with at most {@code lookahead} items read ahead, so memory does
 * not grow with the number of items. The items are drawn on the caller's thread, one at a time, only
 * when there is room. A task's exception (or error) surfaces in the caller, in order.
 */
public final class InOrder {
  private InOrder() {
  }

  public static <A, T> void run(Iterator<A> items, int threads, int lookahead, String threadName,
      Function<A, T> task, Consumer<T> sink) {
    if (threads <= 1) {
      while (items.hasNext()) {
        sink.accept(task.apply(items.next()));
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, threadName);
      t.setDaemon(true);
      return t;
    });
    try {
      Deque<Future<T>> pending = new ArrayDeque<>();
      while (items.hasNext() || !pending.isEmpty()) {
        while (pending.size() < Math.max(1, lookahead) && items.hasNext()) {
          A a = items.next();
          pending.add(pool.submit(() -> task.apply(a)));
        }
        sink.accept(await(pending.poll()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> T await(Future<T> f) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return f.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          throw Futures.rethrow(e);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
