package dev.calque.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.calque.engine.CheckOptions;
import dev.calque.engine.Engines;

/**
 * The audit pipeline in process, without LanguageTool's rules but for one test: outputs, determinism
 * across thread counts, and runs stopped at any byte (a full disk) resuming to the very same bytes.
 */
class AuditTest {
  static final List<String> OUTPUTS = List.of(Audit.FINDINGS, Audit.DOCUMENTS, Audit.PROBLEMS, Audit.REPORT);

  @TempDir
  static Path shared;
  static Path archive;
  static Map<String, byte[]> reference;

  @TempDir
  Path dir;

  @BeforeAll
  static void referenceRun() throws Exception {
    archive = Archives.jsonl(shared.resolve("archive.jsonl.gz"), 300, true);
    Path out = shared.resolve("reference");
    AuditReport.Totals t = audit(out, a -> a.threads(1), light(), archive);
    assertEquals(294, t.documents());
    assertEquals(6, t.malformed());
    reference = outputs(out);
  }

  static CheckOptions light() {
    return CheckOptions.defaults().withGrammar(false).withDefaultMinConfidence(0.5);
  }

  static AuditReport.Totals audit(Path out, Consumer<Audit> settings, CheckOptions options, Path... inputs)
      throws AuditException {
    Audit a = new Audit(Engines.runtime(), new AuditOptions(java.util.Arrays.stream(inputs).map(Path::toString).toList(),
        options, Fields.standard()), out);
    settings.accept(a);
    return a.run();
  }

  static Map<String, byte[]> outputs(Path out) throws IOException {
    Map<String, byte[]> m = new LinkedHashMap<>();
    for (String name : OUTPUTS) {
      m.put(name, Files.readAllBytes(out.resolve(name)));
    }
    return m;
  }

  static void assertSameOutputs(Map<String, byte[]> expected, Path out) throws IOException {
    for (String name : OUTPUTS) {
      byte[] actual = Files.readAllBytes(out.resolve(name));
      assertArrayEquals(expected.get(name), actual, () -> name + " differs from the uninterrupted run's");
    }
  }

  @Test
  void outputsHoldEveryDocumentOnceWithItsFindings() throws IOException {
    List<String> rows = new String(reference.get(Audit.DOCUMENTS), StandardCharsets.UTF_8).lines().toList();
    assertEquals(OutputFormat.COLUMNS, List.of(rows.get(0).split(",")));
    assertEquals(295, rows.size());
    assertTrue(rows.get(1).startsWith("a0,Article 0,2023-01-01,Politics,https://example.org/0,en,"), rows.get(1));
    long findings = 0;
    for (String row : rows.subList(1, rows.size())) {
      findings += Long.parseLong(row.split(",")[8]);
    }
    List<String> lines = new String(reference.get(Audit.FINDINGS), StandardCharsets.UTF_8).lines().toList();
    assertEquals(findings, lines.size());
    assertTrue(findings > 50, "the flawed paragraphs give findings: " + findings);
    assertTrue(lines.stream().anyMatch(l -> l.contains("\"rule\":\"common.repetition.word\"") && l.contains("\"text\":\"the the\"")
        && l.contains("\"context\":\"The mayor said that the the plan would cost more than expected.\"")), lines.get(0));
    assertTrue(lines.stream().anyMatch(l -> l.contains("\"rule\":\"en.boilerplate.photo-credit\"")));
    List<String> problems = new String(reference.get(Audit.PROBLEMS), StandardCharsets.UTF_8).lines().toList();
    assertEquals(6, problems.size());
    assertEquals("{\"file\":\"" + archive + "\",\"line\":50,\"kind\":\"malformed\",\"reason\":\"invalid JSON: "
        + "Unexpected end-of-input within/between Object entries\"}", problems.get(0));
    assertTrue(problems.get(1).endsWith("\"line\":100,\"kind\":\"malformed\",\"reason\":\"no text: the text field is empty "
        + "or only white space\"}"), problems.get(1));
  }

  @Test
  void twoThreadsWriteTheSameBytesAsOne() throws Exception {
    audit(dir, a -> a.threads(2), light(), archive);
    assertSameOutputs(reference, dir);
  }

  @Test
  void aRunStoppedAtAnyByteResumesToTheSameResult() throws Exception {
    // Stops inside the header, inside a findings line, inside checkpoints and near the end.
    for (long quota : new long[] {40, 3_000, 17_321, 61_007, 150_000}) {
      Path out = dir.resolve("q" + quota);
      QuotaDisk full = new QuotaDisk(quota);
      AuditException e = assertThrows(AuditException.class, () -> audit(out, a -> {
        a.disk = full;
        a.checkpointMillis = quota % 2 == 0 ? 0 : 50;
        a.threads(2);
      }, light(), archive), "quota " + quota);
      assertTrue(e.getMessage().contains("No space left on device") && e.getMessage().contains(
          "run the same command again to resume"), e.getMessage());
      StringWriter log = new StringWriter();
      audit(out, a -> a.messages(new PrintWriter(log)), light(), archive);
      assertSameOutputs(reference, out);
    }
  }

  @Test
  void resumingSkipsWhatWasDoneAndSaysSo() throws Exception {
    assertThrows(AuditException.class, () -> audit(dir, a -> {
      a.disk = new QuotaDisk(90_000);
      a.checkpointMillis = 0;
    }, light(), archive));
    Checkpoint cp = Checkpoint.read(dir);
    assertTrue(cp.next() > 10 && !cp.complete(), cp.toString());
    StringWriter log = new StringWriter();
    audit(dir, a -> a.messages(new PrintWriter(log)), light(), archive);
    assertTrue(log.toString().startsWith("calque: resuming the audit in " + dir + " after item " + cp.next() + "\n"),
        log.toString());
    assertFalse(log.toString().contains(":50: invalid JSON") && cp.next() > 50, "problems before the checkpoint are "
        + "not reported twice");
    assertSameOutputs(reference, dir);
  }

  @Test
  void aCompleteAuditRerunOnlyRebuildsItsReport() throws Exception {
    audit(dir, a -> { }, light(), archive);
    Files.delete(dir.resolve(Audit.REPORT));
    StringWriter log = new StringWriter();
    AuditReport.Totals t = audit(dir, a -> a.messages(new PrintWriter(log)), light(), archive);
    assertEquals(294, t.documents());
    assertEquals("", log.toString());
    assertSameOutputs(reference, dir);
  }

  @Test
  void otherSettingsOrChangedInputsAreRefusedUntilFresh() throws Exception {
    assertThrows(AuditException.class, () -> audit(dir, a -> a.disk = new QuotaDisk(20_000), light(), archive));
    AuditException other = assertThrows(AuditException.class, () -> audit(dir, a -> { },
        light().withSourceLanguage("es"), archive));
    assertTrue(other.getMessage().contains("holds an audit of other inputs or settings: rerun with --fresh"),
        other.getMessage());
    // The same file name with other content: noticed by the chain of item identities.
    Path copy = dir.resolve("in.jsonl");
    StringBuilder records = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      records.append(Archives.record(i, new java.util.Random(i))).append('\n');
    }
    Files.writeString(copy, records);
    Path out2 = dir.resolve("out2");
    assertThrows(AuditException.class, () -> audit(out2, a -> {
      a.disk = new QuotaDisk(1_500);
      a.checkpointMillis = 0;
    }, light(), copy));
    assertTrue(Checkpoint.read(out2).next() > 0 && !Checkpoint.read(out2).complete());
    Files.writeString(copy, "{\"id\":\"x\",\"text\":\"Other.\"}\n" + Files.readString(copy));
    AuditException changed = assertThrows(AuditException.class, () -> audit(out2, a -> { }, light(), copy));
    assertTrue(changed.getMessage().contains("are not those of the interrupted audit"), changed.getMessage());
    audit(out2, a -> a.fresh(true), light(), copy);
    assertEquals(22, Files.readAllLines(out2.resolve(Audit.DOCUMENTS)).size());
    audit(dir, a -> a.fresh(true), light(), archive);
    assertSameOutputs(reference, dir);
  }

  @Test
  void aFinishedAuditOfFilesChangedSinceIsRefusedUntilFresh() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Path a = in.resolve("a.txt");
    Files.writeString(a, "The mayor said that the the plan was ready.\n");
    Path out = dir.resolve("out");
    audit(out, x -> { }, light(), in);
    assertTrue(Files.readString(out.resolve(Audit.FINDINGS)).contains("\"text\":\"the the\""));
    audit(out, x -> { }, light(), in); // unchanged: the report is rebuilt, nothing else

    // The same size, other words, a later modification time: the old findings no longer hold.
    String edited = "The mayor said that the plan was ready now.\n";
    assertEquals(Files.size(a), edited.length());
    FileTime before = Files.getLastModifiedTime(a);
    Files.writeString(a, edited);
    Files.setLastModifiedTime(a, FileTime.fromMillis(before.toMillis() + 5_000));
    AuditException e = assertThrows(AuditException.class, () -> audit(out, x -> { }, light(), in));
    assertEquals("the inputs changed since the audit in " + out + " was done (a file added, removed or modified): "
        + "rerun with --fresh to audit them again, or choose another --out", e.getMessage());
    audit(out, x -> x.fresh(true), light(), in);
    assertFalse(Files.readString(out.resolve(Audit.FINDINGS)).contains("\"text\":\"the the\""));

    Files.writeString(in.resolve("b.txt"), "The council met on Tuesday.\n");
    assertThrows(AuditException.class, () -> audit(out, x -> { }, light(), in));
    audit(out, x -> x.fresh(true), light(), in);
    assertEquals(3, Files.readAllLines(out.resolve(Audit.DOCUMENTS)).size());
  }

  @Test
  void editedRuleFilesAreOtherSettings() throws Exception {
    Path rules = Files.createDirectories(dir.resolve("house-rules"));
    Files.writeString(rules.resolve("house.yaml"), "rules:\n");
    Path out = dir.resolve("out");
    audit(out, x -> { }, light().withRuleDirs(List.of(rules)), archive);
    audit(out, x -> { }, light().withRuleDirs(List.of(rules)), archive);
    Files.writeString(rules.resolve("house.yaml"), "rules:\n# the desk's own rules, to come\n");
    AuditException e = assertThrows(AuditException.class, () -> audit(out, x -> { },
        light().withRuleDirs(List.of(rules)), archive));
    assertTrue(e.getMessage().contains("holds an audit of other inputs or settings: rerun with --fresh"),
        e.getMessage());
    audit(out, x -> x.fresh(true), light().withRuleDirs(List.of(rules)), archive);
    assertSameOutputs(reference, out);
  }

  @Test
  void aSecondAuditOnTheSameFolderWaits() throws Exception {
    Files.createDirectories(dir);
    try (FileChannel ch = FileChannel.open(dir.resolve(".audit.lock"), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE); FileLock held = ch.lock()) {
      AuditException e = assertThrows(AuditException.class, () -> audit(dir, a -> { }, light(), archive));
      assertTrue(e.getMessage().startsWith("another calque audit is writing to " + dir), e.getMessage());
    }
  }

  @Test
  void languagesComeFromTheRecordOrAreGuessed() throws Exception {
    Path in = dir.resolve("mixed.jsonl");
    Files.writeString(in, String.join("\n",
        "{\"id\":\"en\",\"text\":\"The mayor said that the the plan was ready.\"}",
        "{\"id\":\"es\",\"lang\":\"es-ES\",\"text\":\"El alcalde dijo que el el plan estaba listo.\"}",
        "{\"id\":\"guess\",\"text\":\"El gobierno de la ciudad y los vecinos del barrio hablaron por el el parque.\"}",
        "{\"id\":\"fr\",\"lang\":\"fr\",\"text\":\"Le maire a parlé.\"}",
        "{\"id\":\"src\",\"source_lang\":\"es\",\"text\":\"The Asian giant announced new tariffs.\"}",
        "{\"id\":\"badsrc\",\"source_lang\":\"Spanish\",\"text\":\"Text.\"}") + "\n");
    Path out = dir.resolve("out");
    audit(out, a -> { }, light().withLanguage("auto"), in);
    List<String> rows = Files.readAllLines(out.resolve(Audit.DOCUMENTS));
    assertTrue(rows.get(1).startsWith("en,,,,,en,"), rows.get(1));
    assertTrue(rows.get(2).startsWith("es,,,,,es,"), rows.get(2));
    assertTrue(rows.get(3).startsWith("guess,,,,,es,"), rows.get(3));
    assertTrue(rows.get(4).startsWith("src,,,,,en,es,"), rows.get(4));
    assertEquals(5, rows.size());
    List<String> problems = Files.readAllLines(out.resolve(Audit.PROBLEMS));
    assertTrue(problems.get(0).contains("\"line\":4") && problems.get(0).contains("language 'fr' is not one calque checks "
        + "(en, es)"), problems.get(0));
    assertTrue(problems.get(1).contains("\"line\":6") && problems.get(1).contains("source language: the source language "
        + "is a two-letter"), problems.get(1));
    String findings = Files.readString(out.resolve(Audit.FINDINGS));
    assertTrue(findings.contains("\"document\":\"es\",\"rule\":\"common.repetition.word\""), findings);
    assertTrue(findings.contains("\"document\":\"src\",\"rule\":\"es-en.epithet."), findings);
  }

  @Test
  void withLanguageToolsRulesItsFindingsAreAuditedToo() throws Exception {
    Path in = dir.resolve("grammar.jsonl");
    Files.writeString(in, "{\"id\":\"g1\",\"text\":\"He go to the market every days.\",\"section\":\"City\"}\n"
        + "{\"id\":\"g2\",\"text\":\"She have a beautifull house near the river.\",\"section\":\"Homes\"}\n");
    Path out = dir.resolve("out");
    AuditReport.Totals t = audit(out, a -> a.threads(2), CheckOptions.defaults().withDefaultMinConfidence(0.5), in);
    assertEquals(2, t.documents());
    String findings = Files.readString(out.resolve(Audit.FINDINGS));
    assertTrue(findings.contains("\"engine\":\"languagetool\""), findings);
    AuditReport r = AuditReport.read(out);
    assertTrue(r.byFamily.keySet().stream().anyMatch(f -> f.startsWith("languagetool.")), r.byFamily.toString());
  }
}
