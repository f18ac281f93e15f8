package dev.calque.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import dev.calque.engine.DocumentResult;
import dev.calque.report.JsonReporter;
import dev.calque.rule.Finding;

/**
 * The lines of the audit's outputs (docs/audit.md): findings.jsonl (a finding a line, the fields of
 * calque's JSON report after the document's id), documents.csv (a document a row) and problems.jsonl
 * (a skipped item a line). Pure functions of a document's outcome, so a resumed audit writes the
 * same bytes an uninterrupted one does.
 */
final class OutputFormat {
  static final List<String> COLUMNS = List.of("id", "title", "date", "section", "url", "language", "source_language",
      "words", "findings", "critical", "major", "minor", "mqm_score", "file", "line");
  static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
  private static final JsonFactory JSON = new JsonFactory();

  private OutputFormat() {
  }

  static byte[] header() {
    return row(COLUMNS.toArray());
  }

  static byte[] document(DocumentSummary d) {
    return row(d.values());
  }

  private static byte[] row(Object... values) {
    StringBuilder b = new StringBuilder();
    try (CSVPrinter p = new CSVPrinter(b, CSV)) {
      p.printRecord(values);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The document's findings, one JSON object a line, in text order. */
  static byte[] findings(Article a, DocumentResult r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.setRootValueSeparator(null);
      for (Finding f : r.findings()) {
        g.writeStartObject();
        g.writeStringField("document", a.id());
        JsonReporter.writeFindingFields(g, r, f);
        g.writeStringField("context", context(r.text(), f.start(), f.end()));
        g.writeEndObject();
        g.flush();
        out.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Up to 80 characters either side of a span, within its line: enough to judge a finding at a glance. */
  static String context(String text, int start, int end) {
    int from = Math.max(0, start - 80);
    int lineStart = Math.max(text.lastIndexOf('\n', start - 1) + 1, from);
    int to = Math.min(text.length(), end + 80);
    int nl = text.indexOf('\n', end);
    int lineEnd = nl < 0 || nl > to ? to : nl;
    if (lineStart > 0 && lineStart < text.length() && Character.isLowSurrogate(text.charAt(lineStart))) {
      lineStart++;
    }
    if (lineEnd < text.length() && lineEnd > 0 && Character.isHighSurrogate(text.charAt(lineEnd - 1))) {
      lineEnd--;
    }
    return text.substring(lineStart, Math.max(lineStart, lineEnd)).strip();
  }

  static byte[] problem(Problem p, String kind) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("file", p.where().file());
      if (p.where().line() > 0) {
        g.writeNumberField("line", p.where().line());
      }
      g.writeStringField("kind", kind);
      g.writeStringField("reason", p.reason());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.write('\n');
    return out.toByteArray();
  }
}
