package dev.calque.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import dev.calque.Version;
import dev.calque.engine.BitextResult;
import dev.calque.engine.DocumentResult;
import dev.calque.rule.Finding;
import dev.calque.rule.LanguageToolOrigin;
import dev.calque.rule.RuleRef;
import dev.calque.rule.Suggestion;

/** The JSON contract (docs/json-format.md); streamed, so large results never build a tree. */
public final class JsonReporter implements Reporter {
  private JsonGenerator g;

  @Override
  public void start(PrintWriter out) {
    try {
      g = new JsonFactory().createGenerator(out);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeObjectFieldStart("tool");
      g.writeStringField("name", "calque");
      g.writeStringField("version", Version.VERSION);
      g.writeStringField("schema", "calque-report/1");
      g.writeEndObject();
      g.writeArrayFieldStart("documents");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void document(DocumentResult result, PrintWriter out) {
    try {
      writeDocument(g, result);
      g.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void finish(PrintWriter out) {
    try {
      g.writeEndArray();
      g.writeEndObject();
      g.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
    out.flush();
  }

  private static void writeDocument(JsonGenerator g, DocumentResult r) throws IOException {
    g.writeStartObject();
    g.writeStringField("path", r.path());
    g.writeStringField("language", r.language());
    g.writeStringField("sourceLanguage", r.sourceLanguage());
    g.writeNumberField("words", r.words());
    g.writeNumberField("mqmScore", r.mqmScore());
    g.writeArrayFieldStart("findings");
    for (Finding f : r.findings()) {
      writeFinding(g, f, r.text().substring(f.start(), f.end()), r.lines().line(f.start()),
          r.lines().column(f.start()), null);
    }
    g.writeEndArray();
    writeNotes(g, r.notes());
    g.writeEndObject();
  }

  private static void writeNotes(JsonGenerator g, java.util.List<String> notes) throws IOException {
    if (!notes.isEmpty()) {
      g.writeArrayFieldStart("notes");
      for (String n : notes) {
        g.writeString(n);
      }
      g.writeEndArray();
    }
  }

  /** One finding; sourceText is the source span's text, null when there is no source text to show. */
  private static void writeFinding(JsonGenerator g, Finding f, String text, int line, int column, String sourceText)
      throws IOException {
    g.writeStartObject();
    writeFields(g, f, text, line, column, sourceText);
    g.writeEndObject();
  }

  /**
   * One finding's fields as the contract has them (docs/json-format.md), inside an object the caller
   * opened: the audit's findings.jsonl writes the same fields after the document's id.
   */
  public static void writeFindingFields(JsonGenerator g, DocumentResult r, Finding f) throws IOException {
    writeFields(g, f, r.text().substring(f.start(), f.end()), r.lines().line(f.start()), r.lines().column(f.start()),
        null);
  }

  private static void writeFields(JsonGenerator g, Finding f, String text, int line, int column, String sourceText)
      throws IOException {
    g.writeStringField("rule", f.ruleId());
    g.writeStringField("category", f.category());
    g.writeStringField("severity", f.severity().label());
    g.writeNumberField("start", f.start());
    g.writeNumberField("end", f.end());
    g.writeNumberField("line", line);
    g.writeNumberField("column", column);
    g.writeStringField("text", text);
    g.writeStringField("message", f.message());
    g.writeArrayFieldStart("suggestions");
    for (Suggestion s : f.suggestions()) {
      g.writeStartObject();
      g.writeStringField("replacement", s.replacement());
      g.writeNumberField("confidence", s.confidence());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeNumberField("confidence", f.confidence());
    g.writeStringField("engine", f.engine().label());
    writeAdditions(g, f, sourceText);
  }

  @Override
  public void bitext(BitextResult r, PrintWriter out) {
    try {
      g.writeStartObject();
      g.writeStringField("path", r.path());
      g.writeStringField("format", r.bitext().format().label());
      g.writeStringField("language", r.language());
      g.writeStringField("sourceLanguage", r.sourceLanguage());
      g.writeNumberField("segments", r.bitext().segments().size());
      g.writeNumberField("words", r.words());
      g.writeNumberField("mqmScore", r.mqmScore());
      g.writeArrayFieldStart("findings");
      for (BitextResult.Located l : r.located()) {
        writeFinding(g, l.finding(), l.text(), l.line(), l.column(), l.sourceText());
      }
      g.writeEndArray();
      writeNotes(g, r.notes());
      g.writeEndObject();
      g.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Fields added after the first schema, each written only when it has a value, so a report of a
   * plain monolingual check by calque's own rules reads exactly as before.
   */
  private static void writeAdditions(JsonGenerator g, Finding f, String sourceText) throws IOException {
    RuleRef rule = f.rule();
    if (rule.url() != null) {
      g.writeStringField("url", rule.url());
    }
    if (f.isJoined()) {
      g.writeArrayFieldStart("components");
      for (String id : f.components()) {
        g.writeString(id);
      }
      g.writeEndArray();
    }
    LanguageToolOrigin lt = rule.languageTool();
    if (lt != null) {
      g.writeObjectFieldStart("languagetool");
      g.writeStringField("rule", lt.rule());
      if (lt.subId() != null) {
        g.writeStringField("subId", lt.subId());
      }
      g.writeStringField("category", lt.category());
      if (lt.categoryName() != null) {
        g.writeStringField("categoryName", lt.categoryName());
      }
      g.writeStringField("issueType", lt.issueType());
      g.writeEndObject();
    }
    if (f.source() != null) {
      g.writeObjectFieldStart("source");
      g.writeNumberField("start", f.source().start());
      g.writeNumberField("end", f.source().end());
      if (sourceText != null) {
        g.writeStringField("text", sourceText);
      }
      g.writeEndObject();
    }
    if (f.segment() != null) {
      g.writeStringField("segment", f.segment());
    }
  }
}
