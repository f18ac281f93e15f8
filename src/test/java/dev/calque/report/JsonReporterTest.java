package dev.calque.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import dev.calque.analysis.LineIndex;
import dev.calque.engine.DocumentResult;
import dev.calque.rule.Category;
import dev.calque.rule.Finding;
import dev.calque.rule.LanguageToolOrigin;
import dev.calque.rule.RuleRef;
import dev.calque.rule.Severity;
import dev.calque.rule.Span;
import dev.calque.rule.Suggestion;

/** The fields added to the finding object appear only when known; the first schema's stay as they were. */
class JsonReporterTest {
  private static final Set<String> FIRST_SCHEMA = Set.of("rule", "category", "severity", "start", "end", "line",
      "column", "text", "message", "suggestions", "confidence", "engine");

  private static JsonNode report(String text, Finding... findings) throws Exception {
    StringWriter s = new StringWriter();
    PrintWriter out = new PrintWriter(s);
    JsonReporter r = new JsonReporter();
    r.start(out);
    r.document(new DocumentResult("a.txt", text, new LineIndex(text), "en", "es", 3, List.of(findings), List.of()),
        out);
    r.finish(out);
    return new ObjectMapper().readTree(s.toString()).path("documents").get(0).path("findings");
  }

  private static Finding.Builder at(RuleRef rule, int start, int end) {
    return Finding.of(rule).severity(Severity.MINOR).span(start, end).message("why").confidence(0.7);
  }

  private static Set<String> fields(JsonNode n) {
    Set<String> out = new TreeSet<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void aPlainCalqueFindingHasOnlyTheFirstSchemasFields() throws Exception {
    JsonNode f = report("of of the", at(RuleRef.of("common.repetition.word", Category.ADDITION), 0, 5)
        .suggestions(List.of(new Suggestion("of", 0.7))).build()).get(0);
    assertEquals(new TreeSet<>(FIRST_SCHEMA), fields(f));
    assertEquals("common.repetition.word", f.path("rule").asText());
  }

  @Test
  void newInformationIsAddedBesideTheOldFields() throws Exception {
    RuleRef lt = new RuleRef("languagetool.EN_QUOTES", Category.PUNCTUATION, "Smart quotes",
        "https://languagetool.org/insights/post/punctuation-guide/", new LanguageToolOrigin("EN_QUOTES", "2",
            "TYPOGRAPHY", "Typography", "typographical"), List.of());
    RuleRef joined = RuleRef.joined(RuleRef.of("a.pronoun", Category.GRAMMAR), RuleRef.of("b.sera",
        Category.MISTRANSLATION), Category.MISTRANSLATION);
    RuleRef numbers = RuleRef.of("bilingual.numbers.changed", Category.MISTRANSLATION);
    JsonNode findings = report("\"x\" his sera 25.000",
        at(lt, 0, 3).build(),
        at(joined, 4, 12).build(),
        at(numbers, 13, 19).source(new Span(5, 11)).segment("tu-7").build());

    JsonNode quotes = findings.get(0);
    assertEquals("languagetool.EN_QUOTES", quotes.path("rule").asText());
    assertEquals("https://languagetool.org/insights/post/punctuation-guide/", quotes.path("url").asText());
    JsonNode origin = quotes.path("languagetool");
    assertEquals("EN_QUOTES", origin.path("rule").asText());
    assertEquals("2", origin.path("subId").asText());
    assertEquals("TYPOGRAPHY", origin.path("category").asText());
    assertEquals("Typography", origin.path("categoryName").asText());
    assertEquals("typographical", origin.path("issueType").asText());
    assertEquals(Category.PUNCTUATION, quotes.path("category").asText());
    assertFalse(quotes.has("components"));

    JsonNode compound = findings.get(1);
    assertEquals("a.pronoun+b.sera", compound.path("rule").asText());
    assertEquals("[\"a.pronoun\",\"b.sera\"]", compound.path("components").toString());
    assertFalse(compound.has("languagetool") || compound.has("url") || compound.has("source"));

    JsonNode bilingual = findings.get(2);
    assertEquals("25.000", bilingual.path("text").asText());
    assertEquals(5, bilingual.path("source").path("start").asInt());
    assertEquals(11, bilingual.path("source").path("end").asInt());
    assertEquals("tu-7", bilingual.path("segment").asText());
  }
}
