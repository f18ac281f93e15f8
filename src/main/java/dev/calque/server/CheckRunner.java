package dev.calque.server;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import dev.calque.engine.CheckOptions;
import dev.calque.engine.DocumentResult;
import dev.calque.rule.Finding;

/**
 * Runs one request's check on the worker pool, within the time limit, and drops what the request
 * and the accepted words say not to report.
 */
final class CheckRunner {
  private final Checks checks;
  private final WorkerPool pool;
  private final AcceptedWords words;
  private final ServerSettings settings;

  CheckRunner(Checks checks, WorkerPool pool, AcceptedWords words, ServerSettings settings) {
    this.checks = checks;
    this.pool = pool;
    this.words = words;
    this.settings = settings;
  }

  DocumentResult run(CheckOptions options, String text, Predicate<Finding> keep) throws WorkerPool.TimedOut {
    DocumentResult r = pool.call(cancelled -> checks.check(options, text, cancelled), settings.timeout());
    List<Finding> shown = new ArrayList<>(r.findings().size());
    for (Finding f : r.findings()) {
      if (keep.test(f) && !words.silences(f, options.language(), text)) {
        shown.add(f);
      }
    }
    return shown.size() == r.findings().size() ? r : new DocumentResult(r.path(), r.text(), r.lines(), r.language(),
        r.sourceLanguage(), r.words(), shown, r.notes());
  }

  /** A check outside the pool and its time limit: the warm-up, which may take as long as loading takes. */
  void warm(CheckOptions options, String text) {
    checks.check(options, text, () -> false);
  }

  AcceptedWords words() {
    return words;
  }

  /** The one-line reason given when a check ran past the limit. */
  String timeoutReason() {
    return "checking took longer than " + settings.timeout().toSeconds() + " s, this server's limit (--timeout); "
        + "send a shorter text";
  }
}
