package dev.calque.server;

import java.util.function.BooleanSupplier;
import dev.calque.engine.Calque;
import dev.calque.engine.CheckOptions;
import dev.calque.engine.Checker;
import dev.calque.engine.DocumentResult;
import dev.calque.reference.ReferenceEvidence;
import dev.calque.util.BoundedCache;

/**
 * What the server asks of the engine: one text checked under one request's settings, stopping
 * when the request is abandoned. Tests wrap it to slow checks down.
 */
@FunctionalInterface
interface Checks {
  DocumentResult check(CheckOptions options, String text, BooleanSupplier cancelled);

  /**
   * Checks on a runtime, one Checker per distinct settings kept in a bounded cache: building a
   * Checker selects the rules and, when it is the first of its kind, starts a LanguageTool build,
   * which must not happen on every request.
   */
  static Checks on(Calque calque) {
    return on(calque, null);
  }

  /** The same, every check weighed against an edited archive's index (serve --reference); null: none. */
  static Checks on(Calque calque, ReferenceEvidence reference) {
    BoundedCache<CheckOptions, Checker> checkers = new BoundedCache<>(64);
    return (options, text, cancelled) -> checkers.get(options, o -> reference == null ? calque.checker(o)
        : calque.checker(o).withReference(reference)).check("request", text, cancelled);
  }
}
