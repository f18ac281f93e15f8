package dev.calque.report;

import java.io.PrintWriter;
import java.util.List;
import dev.calque.engine.BitextResult;
import dev.calque.engine.DocumentResult;
import dev.calque.rule.Finding;

/**
 * One finding per row, for review in a spreadsheet (RFC 4180: cells with commas, quotes or line
 * ends quoted). Bilingual documents fill the segment and source columns; a cell that a spreadsheet
 * would run as a formula (starting with =, +, - or @) is prefixed with an apostrophe.
 */
public final class CsvReporter implements Reporter {
  private static final List<String> HEADER = List.of("file", "segment", "line", "column", "rule", "category",
      "severity", "confidence", "text", "source_text", "suggestion", "message", "target", "source");

  @Override
  public void start(PrintWriter out) {
    row(out, HEADER);
  }

  @Override
  public void document(DocumentResult r, PrintWriter out) {
    for (Finding f : r.findings()) {
      row(out, List.of(r.path(), "", String.valueOf(r.lines().line(f.start())),
          String.valueOf(r.lines().column(f.start())), f.ruleId(), f.category(), f.severity().label(),
          String.format("%.2f", f.confidence()), r.text().substring(f.start(), f.end()), "", best(f), f.message(), "",
          ""));
    }
    out.flush();
  }

  @Override
  public void bitext(BitextResult r, PrintWriter out) {
    for (BitextResult.Located l : r.located()) {
      Finding f = l.finding();
      String source = l.sourceText();
      row(out, List.of(r.path(), l.segment().id(), String.valueOf(l.line()), String.valueOf(l.column()), f.ruleId(),
          f.category(), f.severity().label(), String.format("%.2f", f.confidence()), l.text(),
          source == null ? "" : source, best(f), f.message(), l.segment().target().text(),
          l.segment().source().text()));
    }
    out.flush();
  }

  private static String best(Finding f) {
    return f.best() == null ? "" : f.best().replacement();
  }

  private static void row(PrintWriter out, List<String> cells) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(cell(cells.get(i)));
    }
    out.print(b.append("\r\n"));
  }

  static String cell(String value) {
    String v = value;
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v; // a spreadsheet would run it as a formula
    }
    if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
      return v;
    }
    return "\"" + v.replace("\"", "\"\"") + "\"";
  }
}
