package dev.calque.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.languagetool.markup.AnnotatedText;
import dev.calque.Version;
import dev.calque.rule.Finding;
import dev.calque.rule.LanguageToolOrigin;
import dev.calque.rule.Suggestion;

/**
 * The answer to /v2/check in the shape of LanguageTool's API (version 1): software, warnings,
 * language with the detected one, and the matches, each with its message, replacements, offset
 * and length in UTF-16 units of the text as sent (markup included for annotated text), context,
 * sentence, type and rule. calque's own view of each match rides along in a "calque" object that
 * LanguageTool's clients ignore: its rule id, MQM category, severity, confidence, and the
 * confidence of each replacement.
 */
final class LtMatchesJson {
  /** Characters of context on each side of a match, as LanguageTool's server gives. */
  static final int CONTEXT = 40;
  /** Replacements a compact (c=1) answer carries: clients show no more. */
  private static final int COMPACT_REPLACEMENTS = 5;
  private static final JsonFactory JSON = new JsonFactory();

  private LtMatchesJson() {
  }

  static String write(LtCheckRequest request, List<Finding> findings, String incompleteReason) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      if (!request.compact()) {
        g.writeObjectFieldStart("software");
        g.writeStringField("name", "calque");
        g.writeStringField("version", Version.VERSION);
        g.writeStringField("buildDate", "");
        g.writeNumberField("apiVersion", 1);
        g.writeBooleanField("premium", false);
        g.writeStringField("status", "");
        g.writeEndObject();
      }
      if (!request.compact() || incompleteReason != null) {
        g.writeObjectFieldStart("warnings");
        g.writeBooleanField("incompleteResults", incompleteReason != null);
        if (incompleteReason != null) {
          g.writeStringField("incompleteResultsReason", incompleteReason);
        }
        g.writeEndObject();
      }
      g.writeObjectFieldStart("language");
      g.writeStringField("name", request.language().name());
      g.writeStringField("code", request.language().code());
      g.writeObjectFieldStart("detectedLanguage");
      g.writeStringField("name", request.detected().name());
      g.writeStringField("code", request.detected().code());
      g.writeNumberField("confidence", request.detectedConfidence());
      g.writeEndObject();
      g.writeEndObject();
      g.writeArrayFieldStart("matches");
      Sentences sentences = request.compact() ? null : new Sentences(request.text().getPlainText(),
          Locale.forLanguageTag(request.language().code()));
      for (Finding f : findings) {
        match(g, f, request, sentences);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void match(JsonGenerator g, Finding f, LtCheckRequest request, Sentences sentences)
      throws IOException {
    AnnotatedText text = request.text();
    int start = text.getOriginalTextPositionFor(f.start(), false);
    int end = Math.max(start, text.getOriginalTextPositionFor(f.end(), true));
    g.writeStartObject();
    g.writeStringField("message", f.message());
    g.writeStringField("shortMessage", LtVocabulary.readable(f.category()));
    g.writeArrayFieldStart("replacements");
    int n = 0;
    for (Suggestion s : f.suggestions()) {
      if (request.compact() && n++ >= COMPACT_REPLACEMENTS) {
        break;
      }
      g.writeStartObject();
      g.writeStringField("value", s.replacement());
      g.writeNumberField("confidence", s.confidence());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeNumberField("offset", start);
    g.writeNumberField("length", end - start);
    if (!request.compact()) {
      context(g, text.getTextWithMarkup(), start, end);
      g.writeStringField("sentence", sentences.around(f.start(), f.end()));
    }
    g.writeObjectFieldStart("type");
    g.writeStringField("typeName", LtVocabulary.typeName(f));
    g.writeEndObject();
    rule(g, f);
    // calque estimates no context a match needs to be sure; 0 is LanguageTool's "none needed".
    g.writeBooleanField("ignoreForIncompleteSentence", false);
    g.writeNumberField("contextForSureMatch", 0);
    g.writeObjectFieldStart("calque");
    g.writeStringField("rule", f.ruleId());
    g.writeStringField("category", f.category());
    g.writeStringField("severity", f.severity().label());
    g.writeNumberField("confidence", f.confidence());
    g.writeStringField("engine", f.engine().label());
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void rule(JsonGenerator g, Finding f) throws IOException {
    LanguageToolOrigin lt = f.rule().languageTool();
    g.writeObjectFieldStart("rule");
    g.writeStringField("id", lt != null ? lt.rule() : f.ruleId());
    if (lt != null && lt.subId() != null) {
      g.writeStringField("subId", lt.subId());
    }
    g.writeStringField("description", LtVocabulary.description(f));
    g.writeStringField("issueType", LtVocabulary.issueType(f));
    if (f.rule().url() != null) {
      g.writeArrayFieldStart("urls");
      g.writeStartObject();
      g.writeStringField("value", f.rule().url());
      g.writeEndObject();
      g.writeEndArray();
    }
    g.writeObjectFieldStart("category");
    g.writeStringField("id", LtVocabulary.categoryId(f));
    g.writeStringField("name", LtVocabulary.categoryName(f));
    g.writeEndObject();
    g.writeEndObject();
  }

  /**
   * Up to CONTEXT characters each side of the match, "..." where the text was cut, line breaks as
   * spaces; offset is where the match starts in it. The cuts never split a surrogate pair.
   */
  static void context(JsonGenerator g, String text, int start, int end) throws IOException {
    int from = Math.max(0, start - CONTEXT);
    if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
      from--;
    }
    int to = Math.min(text.length(), end + CONTEXT);
    if (to < text.length() && to > 0 && Character.isHighSurrogate(text.charAt(to - 1))) {
      to++;
    }
    String prefix = from > 0 ? "..." : "";
    String body = text.substring(from, to).replace('\n', ' ').replace('\r', ' ');
    g.writeObjectFieldStart("context");
    g.writeStringField("text", prefix + body + (to < text.length() ? "..." : ""));
    g.writeNumberField("offset", prefix.length() + start - from);
    g.writeNumberField("length", end - start);
    g.writeEndObject();
  }

  /** The sentences of the checked text, to name the one (or ones) a match lies in. */
  static final class Sentences {
    private final String text;
    private final List<Integer> starts = new ArrayList<>();

    Sentences(String text, Locale locale) {
      this.text = text;
      BreakIterator it = BreakIterator.getSentenceInstance(locale);
      it.setText(text);
      for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
        starts.add(b);
      }
    }

    /** The sentences covering [start, end) of the text, trimmed. */
    String around(int start, int end) {
      int i = index(start);
      int j = Math.max(i, index(Math.max(start, end - 1)));
      int from = starts.get(i);
      int to = j + 1 < starts.size() ? starts.get(j + 1) : text.length();
      return text.substring(from, Math.max(from, to)).strip();
    }

    private int index(int pos) {
      int i = java.util.Collections.binarySearch(starts, pos);
      int at = i >= 0 ? i : -i - 2;
      return Math.max(0, Math.min(at, starts.size() - 2 < 0 ? 0 : starts.size() - 2));
    }
  }
}
