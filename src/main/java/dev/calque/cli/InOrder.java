package dev.calque.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one task per argument on all cores and hands the results to the caller's thread in argument
 * order, as they are ready: streaming, with at most a few results per core waiting, so memory does
 * not grow with the number of files. A task's exception (or error) surfaces in the caller, in order.
 */
final class InOrder {
  private InOrder() {
  }

  static int threads() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  static <T> void run(List<String> args, Function<String, T> task, Consumer<T> sink) {
    int threads = Math.min(threads(), args.size());
    // Standard input named twice: the first "-" must be the one that reads it, as before.
    if (threads <= 1 || java.util.Collections.frequency(args, "-") > 1) {
      for (String a : args) {
        sink.accept(task.apply(a));
      }
      return;
    }
    int lookahead = 2 * threads;
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "calque-check");
      t.setDaemon(true);
      return t;
    });
    try {
      Deque<Future<T>> pending = new ArrayDeque<>();
      int next = 0;
      while (next < args.size() || !pending.isEmpty()) {
        while (next < args.size() && pending.size() < lookahead) {
          String a = args.get(next++);
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
          throw dev.calque.util.Futures.rethrow(e);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
