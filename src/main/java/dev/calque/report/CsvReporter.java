package dev.calque.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import dev.calque.analysis.LineIndex;
import dev.calque.bitext.Segment;
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
    Map<String, Segment> segments = r.segments();
    LineIndex lines = r.lines();
    for (Finding f : r.findings()) {
      Segment seg = segments.get(f.segment());
      String target = seg.target().text();
      String source = seg.source().text();
      int raw = r.fileOffset(seg, f);
      row(out, List.of(r.path(), seg.id(), String.valueOf(lines.line(raw)), String.valueOf(lines.column(raw)),
          f.ruleId(), f.category(), f.severity().label(), String.format("%.2f", f.confidence()),
          target.substring(f.start(), f.end()),
          f.source() == null ? "" : source.substring(f.source().start(), f.source().end()), best(f), f.message(),
          target, source));
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
