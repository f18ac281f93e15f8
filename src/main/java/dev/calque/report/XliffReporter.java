package dev.calque.report;

import java.io.PrintWriter;
import dev.calque.bitext.ItsAnnotator;
import dev.calque.engine.BitextResult;
import dev.calque.engine.DocumentResult;

/** The checked XLIFF file itself, with the findings written in as ITS 2.0 quality-issue annotations. */
public final class XliffReporter implements Reporter {
  @Override
  public void document(DocumentResult result, PrintWriter out) {
    throw new UnsupportedOperationException("--format xliff reports XLIFF files only");
  }

  @Override
  public void bitext(BitextResult r, PrintWriter out) {
    out.print(ItsAnnotator.annotate(r.bitext(), r.findings()));
    out.flush();
  }
}
