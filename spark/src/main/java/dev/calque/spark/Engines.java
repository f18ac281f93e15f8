package dev.calque.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import dev.calque.audit.DocumentAudit;
import dev.calque.engine.Calque;

/**
 * One calque engine per executor JVM: built by the first task that needs it and shared by every task
 * of that JVM after it (a runtime takes seconds to build: its LanguageTool instances, morphology and
 * rules), with one {@link DocumentAudit} per set of job arguments.
 */
final class Engines {
  private static volatile Calque runtime;
  private static final Map<String, DocumentAudit> AUDITS = new ConcurrentHashMap<>();

  private Engines() {
  }

  static Calque runtime() {
    Calque r = runtime;
    if (r == null) {
      synchronized (Engines.class) {
        r = runtime;
        if (r == null) {
          r = new Calque();
          runtime = r;
        }
      }
    }
    return r;
  }

  /** The audit for these job arguments (parsed again here: only strings travel to executors). */
  static DocumentAudit audit(String[] args) {
    return AUDITS.computeIfAbsent(String.join("\u0000", args), k -> {
      JobOptions o = JobOptions.parse(args);
      return new DocumentAudit(runtime(), o.check(), o.fields());
    });
  }
}
