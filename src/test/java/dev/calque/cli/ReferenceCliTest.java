package dev.calque.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.calque.engine.Engines;
import dev.calque.reference.ReferenceArchive;
import dev.calque.report.JsonReporter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** calque index and check --reference, on the test archive (our own writing). */
class ReferenceCliTest {
  /** Our own sentences: the archive's striker, a journalese epithet, and the archive's name for the royal office. */
  private static final String TEXT = "The striker Mijail Ramos scored twice on Sunday.\n\n"
      + "Exports to the Asian giant grew by 4% last year.\n\n"
      + "The Royal House said King Felipe would attend the opening.\n";

  @TempDir
  Path tmp;

  @Test
  void indexBuildsOnceAndARerunPassesOverTheSameFiles() {
    Path out = tmp.resolve("index");
    Run first = Run.of("index", "--out", out.toString(), ReferenceArchive.ARCHIVE.toString());
    assertEquals(0, first.code(), first.err());
    assertTrue(first.out().startsWith("indexed 35 articles from 7 files"), first.out());
    Run again = Run.of("index", "--out", out.toString(), ReferenceArchive.ARCHIVE.toString());
    assertEquals(0, again.code(), again.err());
    assertTrue(again.out().startsWith("indexed 0 articles from 0 files (0 replaced, 7 unchanged"), again.out());
  }

  @Test
  void checkWeighsFindingsAgainstTheArchive() throws IOException {
    Path text = Files.writeString(tmp.resolve("article.txt"), TEXT);
    String index = ReferenceArchive.index().toString();
    // A fixed threshold: by default a text showing several artifacts reads as raw MT and shows
    // findings down to 0.35, which would blur what the archive's evidence moved.
    Run without = Run.of("check", "--no-grammar", "--source-lang", "es", "--min-confidence", "0.5", text.toString());
    Run with = Run.of("check", "--no-grammar", "--source-lang", "es", "--min-confidence", "0.5", "--reference", index,
        text.toString());
    assertTrue(without.out().contains("[[Mijail]]"), without.out());
    assertFalse(with.out().contains("[[Mijail]]"), "the archive's own spelling is no misspelling:\n" + with.out());
    assertTrue(without.out().contains("[[The Royal House]]"), without.out());
    assertFalse(with.out().contains("[[The Royal House]]"), "the archive's own usage:\n" + with.out());
    assertTrue(with.out().contains("reference index"), "the report says what moved:\n" + with.out());

    Run json = Run.of("check", "--no-grammar", "--source-lang", "es", "--format", "json", "--reference", index,
        text.toString());
    Run plain = Run.of("check", "--no-grammar", "--source-lang", "es", "--format", "json", text.toString());
    assertTrue(confidence(json, "the Asian giant") > confidence(plain, "the Asian giant"),
        "a rendering the archive never uses, whose suggestion it uses often, gains confidence");
  }

  @Test
  void auditWeighsEveryArticleAgainstTheArchiveAndDoesNotResumeWithAnotherIndex() throws IOException {
    Path articles = Files.createDirectories(tmp.resolve("articles"));
    Files.writeString(articles.resolve("article.txt"), TEXT);
    String index = ReferenceArchive.index().toString();
    Path plainOut = tmp.resolve("plain");
    Path weighedOut = tmp.resolve("weighed");
    Run plain = Run.of("audit", "--no-grammar", "--source-lang", "es", "--progress", "never", "--out",
        plainOut.toString(), articles.toString());
    Run weighed = Run.of("audit", "--no-grammar", "--source-lang", "es", "--progress", "never", "--reference", index,
        "--out", weighedOut.toString(), articles.toString());
    assertEquals(1, plain.code(), plain.err());
    assertEquals(1, weighed.code(), weighed.err());
    String without = Files.readString(plainOut.resolve("findings.jsonl"));
    String with = Files.readString(weighedOut.resolve("findings.jsonl"));
    assertTrue(without.contains("\"Mijail\""), without);
    assertFalse(with.contains("\"Mijail\""), "the archive's own spelling is no misspelling:\n" + with);
    // the checkpoint knows which archive weighed the findings: a rerun without it starts nothing
    Run rerun = Run.of("audit", "--no-grammar", "--source-lang", "es", "--progress", "never", "--out",
        weighedOut.toString(), articles.toString());
    assertEquals(2, rerun.code(), rerun.out());
    assertTrue(rerun.err().contains("--fresh"), rerun.err());
  }

  @Test
  void withoutAnIndexTheOutputIsWhatTheEngineAloneReports() throws IOException {
    Path text = Files.writeString(tmp.resolve("article.txt"), TEXT);
    Run cli = Run.of("check", "--no-grammar", "--source-lang", "es", "--format", "json", text.toString());
    StringWriter direct = new StringWriter();
    PrintWriter out = new PrintWriter(direct);
    JsonReporter reporter = new JsonReporter();
    reporter.start(out);
    reporter.document(Engines.light("es").check(text.toString(), TEXT), out);
    reporter.finish(out);
    out.flush();
    assertEquals(direct.toString(), cli.out());
  }

  @Test
  void anIndexThatSaysNothingChangesNothing() throws IOException {
    Path archive = Files.createDirectories(tmp.resolve("other"));
    Files.writeString(archive.resolve("a.txt"), "Rain is expected over the hills on Tuesday.\n");
    Path out = tmp.resolve("index");
    assertEquals(0, Run.of("index", "--out", out.toString(), archive.toString()).code());
    Path text = Files.writeString(tmp.resolve("article.txt"), TEXT);
    Run without = Run.of("check", "--no-grammar", "--source-lang", "es", text.toString());
    Run with = Run.of("check", "--no-grammar", "--source-lang", "es", "--reference", out.toString(), text.toString());
    assertEquals(without.out(), with.out());
    assertEquals(without.code(), with.code());
  }

  @Test
  void aMissingOrBrokenIndexIsAUsageError() throws IOException {
    Path text = Files.writeString(tmp.resolve("article.txt"), TEXT);
    Run missing = Run.of("check", "--no-grammar", "--reference", tmp.resolve("nowhere").toString(), text.toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("no reference index at"), missing.err());
    assertEquals("", missing.out());
    Path junk = Files.createDirectories(tmp.resolve("junk"));
    Files.writeString(junk.resolve("segments_1"), "not a commit point");
    Run broken = Run.of("check", "--no-grammar", "--reference", junk.toString(), text.toString());
    assertEquals(2, broken.code(), broken.err());
    assertTrue(broken.err().contains("reference index at"), broken.err());
    Run zero = Run.of("check", "--no-grammar", "--reference", ReferenceArchive.index().toString(),
        "--reference-min-mentions", "0", text.toString());
    assertEquals(2, zero.code(), zero.err());
  }

  private static double confidence(Run run, String flagged) throws IOException {
    JsonNode root = new ObjectMapper().readTree(run.out());
    for (JsonNode doc : root.get("documents")) {
      for (JsonNode f : doc.get("findings")) {
        if (f.get("text").asText().equals(flagged)) {
          return f.get("confidence").asDouble();
        }
      }
    }
    return 0; // not reported
  }
}
