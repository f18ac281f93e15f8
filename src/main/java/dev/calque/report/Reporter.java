package dev.calque.report;

import java.io.PrintWriter;
import dev.calque.engine.BitextResult;
import dev.calque.engine.DocumentResult;

/**
 * Writes check results in one output format, a document at a time as they are checked, so nothing
 * but the current document is held in memory.
 */
public interface Reporter {
  /** Before the first document. */
  default void start(PrintWriter out) {
  }

  /** One document's result, in input order. */
  void document(DocumentResult result, PrintWriter out);

  /** One bilingual document's result, in input order. */
  default void bitext(BitextResult result, PrintWriter out) {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " does not report bilingual documents");
  }

  /** After the last document. */
  default void finish(PrintWriter out) {
  }
}
