package dev.calque.report;

import java.io.PrintWriter;
import java.util.List;
import dev.calque.engine.DocumentResult;

/** Writes check results in one output format. */
public interface Reporter {
  /** Called once with every document's result, in input order; errors are reported separately. */
  void write(List<DocumentResult> results, PrintWriter out);
}
