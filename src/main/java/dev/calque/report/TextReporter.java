package dev.calque.report;

import java.io.PrintWriter;
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
      out.println(r.path() + ": note: " + n);
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
    out.printf("%s:%d:%d: %s [%s] %s%n", r.path(), line, col, bold(f.severity().label()), f.ruleId(), f.category());
    out.println("  " + snippet(r.text(), f.start(), f.end()));
    out.println("  " + f.message());
    Suggestion best = f.best();
    if (best != null) {
      String repl = best.replacement().isEmpty() ? "(delete)" : "\"" + best.replacement() + "\"";
      out.printf("  suggestion: %s (confidence %.2f)%n", repl, best.confidence());
    } else {
      out.printf("  (no suggestion; confidence %.2f)%n", f.confidence());
    }
    out.println();
  }

  /** The text around the span on one line, the span marked with [[ ]] (or highlighted). */
  String snippet(String text, int start, int end) {
    int lineStart = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - CONTEXT);
    int lineEnd = text.indexOf('\n', end);
    if (lineEnd < 0) {
      lineEnd = text.length();
    }
    lineEnd = Math.min(lineEnd, end + CONTEXT);
    String span = text.substring(start, Math.min(end, Math.max(start, lineEnd)));
    if (span.length() > 2 * CONTEXT) {
      span = span.substring(0, CONTEXT) + "…" + span.substring(span.length() - 20);
    }
    String before = (lineStart > 0 && text.charAt(lineStart - 1) != '\n' ? "…" : "")
        + text.substring(lineStart, start);
    String after = text.substring(Math.min(end, lineEnd), lineEnd).replace("\r", "")
        + (lineEnd < text.length() && text.charAt(lineEnd) != '\n' ? "…" : "");
    String marked = colour ? "\u001b[1;31m" + span + "\u001b[0m" : "[[" + span + "]]";
    return before + marked + after;
  }

  private String bold(String s) {
    return colour ? "\u001b[1m" + s + "\u001b[0m" : s;
  }
}
