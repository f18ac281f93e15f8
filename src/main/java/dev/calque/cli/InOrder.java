package dev.calque.cli;

import java.util.List;
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
    if (java.util.Collections.frequency(args, "-") > 1) {
      threads = 1;
    }
    dev.calque.util.InOrder.run(args.iterator(), threads, 2 * threads, "calque-check", task, sink);
  }
}
