package dev.calque.report;

import java.io.PrintWriter;
import dev.calque.analysis.LineIndex;
import dev.calque.bitext.Segment;
import dev.calque.engine.BitextResult;
import dev.calque.engine.DocumentResult;
import dev.calque.rule.Finding;
import dev.calque.rule.Suggestion;

/**
 * The report for people: "file:line:col", the sentence with the span marked, why, and the best
 * correction with its confidence. Colour only when asked (a terminal).
 */
public final class TextReporter implements Reporter {
  private static final int CONTEXT = 60;
  private final boolean colour;

  public TextReporter(boolean colour) {
    this.colour = colour;
  }

  private int total;
  private int documents;
  private long words;

  @Override
  public void document(DocumentResult r, PrintWriter out) {
    for (Finding f : r.findings()) {
      total++;
      writeFinding(r, f, out);
    }
    for (String n : r.notes()) {
      out.println(Printable.of(r.path()) + ": note: " + Printable.of(n));
    }
    documents++;
    words += r.words();
    out.flush();
  }

  /**
   * A bilingual document: each finding at its line and column in the file, with its segment, the
   * source around the source span and the translation around the target span.
   */
  @Override
  public void bitext(BitextResult r, PrintWriter out) {
    for (BitextResult.Located l : r.located()) {
      total++;
      Finding f = l.finding();
      Segment seg = l.segment();
      String target = seg.target().text();
      out.printf("%s:%d:%d: %s [%s] %s (segment %s)%n", Printable.of(r.path()), l.line(), l.column(),
          bold(f.severity().label()), f.ruleId(), f.category(), Printable.of(seg.id()));
      if (f.source() != null) {
        String source = seg.source().text();
        out.println("  source: " + snippet(source, new LineIndex(source), f.source().start(), f.source().end()));
      }
      out.println("  target: " + snippet(target, new LineIndex(target), f.start(), f.end()));
      out.println("  " + Printable.of(f.message()));
      writeSuggestion(f, out);
      out.println();
    }
    for (String n : r.notes()) {
      out.println(Printable.of(r.path()) + ": note: " + Printable.of(n));
    }
    documents++;
    words += r.words();
    out.flush();
  }

  @Override
  public void finish(PrintWriter out) {
    out.printf("%d finding%s in %d document%s (%d words)%n", total, total == 1 ? "" : "s", documents,
        documents == 1 ? "" : "s", words);
    out.flush();
  }

  private void writeFinding(DocumentResult r, Finding f, PrintWriter out) {
    int line = r.lines().line(f.start());
    int col = r.lines().column(f.start());
    out.printf("%s:%d:%d: %s [%s] %s%n", Printable.of(r.path()), line, col, bold(f.severity().label()), f.ruleId(),
        f.category());
    out.println("  " + snippet(r.text(), r.lines(), f.start(), f.end()));
    out.println("  " + Printable.of(f.message()));
    writeSuggestion(f, out);
    out.println();
  }

  private static void writeSuggestion(Finding f, PrintWriter out) {
    Suggestion best = f.best();
    if (best != null) {
      String repl = best.replacement().isEmpty() ? "(delete)" : "\"" + Printable.of(best.replacement()) + "\"";
      out.printf("  suggestion: %s (confidence %.2f)%n", repl, best.confidence());
    } else {
      out.printf("  (no suggestion; confidence %.2f)%n", f.confidence());
    }
  }

  /**
   * The text around the span on its line (lines end as LineIndex says: LF, CRLF or a lone CR), the
   * span marked with [[ ]] (or highlighted), control characters made visible.
   */
  String snippet(String text, LineIndex lines, int start, int end) {
    int line = lines.line(start);
    int lineFirst = lines.lineStart(line);
    int lineLast = line < lines.lineCount() ? lines.lineStart(line + 1) : text.length();
    while (lineLast > lineFirst && (text.charAt(lineLast - 1) == '\n' || text.charAt(lineLast - 1) == '\r')) {
      lineLast--;
    }
    int from = Math.max(lineFirst, start - CONTEXT);
    int to = Math.min(lineLast, end + CONTEXT);
    if (from > lineFirst && Character.isLowSurrogate(text.charAt(from))) {
      from--;
    }
    if (to < lineLast && Character.isLowSurrogate(text.charAt(to))) {
      to++;
    }
    int spanEnd = Math.min(end, Math.max(start, to));
    String span = text.substring(start, spanEnd);
    if (span.length() > 2 * CONTEXT) {
      int head = Character.isHighSurrogate(span.charAt(CONTEXT - 1)) ? CONTEXT + 1 : CONTEXT;
      int tail = Character.isLowSurrogate(span.charAt(span.length() - 20)) ? span.length() - 21 : span.length() - 20;
      span = span.substring(0, head) + "…" + span.substring(tail);
    }
    String before = (from > lineFirst ? "…" : "") + text.substring(from, start);
    String after = text.substring(spanEnd, to) + (to < lineLast ? "…" : "");
    span = Printable.of(span.replace('\n', ' ').replace('\r', ' '));
    String marked = colour ? "\u001b[1;31m" + span + "\u001b[0m" : "[[" + span + "]]";
    return Printable.of(before) + marked + Printable.of(after);
  }

  private String bold(String s) {
    return colour ? "\u001b[1m" + s + "\u001b[0m" : s;
  }
}
