package dev.calque.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.calque.audit.Audit;
import dev.calque.audit.AuditOptions;
import dev.calque.audit.AuditReport;
import dev.calque.engine.RequestException;
import picocli.CommandLine;

/**
 * The Spark job in local mode against {@code calque audit} (its Java API) on the same archive: the
 * same findings line for line, the same document rows, the same skipped items, the same totals. The
 * archive is built from the project's own regression articles (corpora/regression) as JSON Lines
 * (plain and gzip, with broken and id-less records), plain text files in a subfolder, and a file the
 * audit passes over.
 */
class AuditJobTest {
  private static final Path REGRESSION = Path.of("..", "corpora", "regression");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static SparkSession spark;

  @TempDir
  static Path tmp;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("calque-spark-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void theJobFindsWhatCalqueAuditFinds() throws Exception {
    Path archive = archive(tmp.resolve("archive"));
    String in = archive.toString();

    Path local = tmp.resolve("local-audit");
    JobOptions options = JobOptions.parse(in, tmp.resolve("spark-out").toString(), "--partitions", "5");
    AuditReport.Totals expected = new Audit(Engines.runtime(), new AuditOptions(List.of(in), options.check(),
        options.fields()), local).threads(2).run();
    AuditJob.Summary actual = AuditJob.run(spark, options);

    List<String> localFindings = sorted(Files.readAllLines(local.resolve(Audit.FINDINGS)));
    List<String> sparkFindings = sorted(parts(tmp.resolve("spark-out").resolve(AuditJob.FINDINGS_JSONL)));
    assertTrue(localFindings.size() >= 20, "the archive has artifacts to find: " + localFindings.size());
    assertTrue(localFindings.stream().anyMatch(l -> l.contains("\"engine\":\"languagetool\"")), "LanguageTool ran");
    assertTrue(localFindings.stream().anyMatch(l -> l.contains("\"document\":\"es-")), "a Spanish article was checked");
    assertEquals(localFindings, sparkFindings);

    // The Parquet copy holds the same findings, field for field.
    List<String> fromParquet = sorted(spark.read().parquet(tmp.resolve("spark-out").resolve(AuditJob.FINDINGS_PARQUET)
        .toString()).collectAsList().stream().map(AuditJobTest::key).toList());
    List<String> fromLines = sorted(localFindings.stream().map(AuditJobTest::key).toList());
    assertEquals(fromLines, fromParquet);

    List<String> localDocuments = sorted(csvRows(local.resolve(Audit.DOCUMENTS)));
    List<String> sparkDocuments = sorted(spark.read().parquet(tmp.resolve("spark-out").resolve(
        AuditJob.DOCUMENTS_PARQUET).toString()).collectAsList().stream().map(AuditJobTest::csvLike).toList());
    assertEquals(localDocuments, sparkDocuments);

    List<String> localProblems = sorted(Files.readAllLines(local.resolve(Audit.PROBLEMS)));
    assertEquals(3, localProblems.size(), "an invalid line, a record without text, a binary file: " + localProblems);
    assertEquals(localProblems, sorted(parts(tmp.resolve("spark-out").resolve(AuditJob.PROBLEMS_JSONL))));

    assertEquals(new AuditJob.Summary(expected.documents(), expected.words(), expected.findings(), expected.critical(),
        expected.major(), expected.minor(), expected.malformed(), expected.failed()), actual);
  }

  @Test
  void parquetRowsAreCheckedAsJsonRecords() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("parquet-case"));
    Path jsonl = dir.resolve("records.jsonl");
    Files.write(jsonl, records("pq-"), StandardCharsets.UTF_8);
    String table = dir.resolve("articles.parquet").toString();
    spark.read().json(jsonl.toString()).write().parquet(table);

    JobOptions fromJsonl = JobOptions.parse(jsonl.toString(), dir.resolve("out-jsonl").toString(), "--no-grammar");
    JobOptions fromParquet = JobOptions.parse(table, dir.resolve("out-parquet").toString(), "--no-grammar",
        "--partitions", "3");
    AuditJob.Summary a = AuditJob.run(spark, fromJsonl);
    AuditJob.Summary b = AuditJob.run(spark, fromParquet);
    List<String> expected = sorted(parts(dir.resolve("out-jsonl").resolve(AuditJob.FINDINGS_JSONL)));
    assertTrue(expected.size() >= 10, "findings: " + expected.size());
    assertEquals(expected, sorted(parts(dir.resolve("out-parquet").resolve(AuditJob.FINDINGS_JSONL))));
    assertEquals(a, b);
  }

  @Test
  void mistakesFailOnTheDriverWithTheirReason() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("mistakes"));
    Files.writeString(dir.resolve("a.txt"), "The council met on Tuesday.\n");
    String out = dir.resolve("out").toString();
    RequestException rule = assertThrows(RequestException.class, () -> AuditJob.run(spark,
        JobOptions.parse(dir.toString(), out, "--no-grammar", "--disable", "no.such.rule")));
    assertTrue(rule.getMessage().contains("no.such.rule"), rule.getMessage());
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> AuditJob.run(spark,
        JobOptions.parse(dir.resolve("nothing-here").toString(), out, "--no-grammar")));
    assertEquals(dir.resolve("nothing-here") + ": no such file or folder", missing.getMessage());
    assertThrows(CommandLine.ParameterException.class, () -> JobOptions.parse(dir.toString(), out, "--input-format",
        "csv"));
    assertFalse(Files.exists(dir.resolve("out")), "nothing was written");
  }

  /** The test archive; every piece of text is this project's own writing. */
  private static Path archive(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("text"));
    List<String> lines = new ArrayList<>(records("r-"));
    lines.add(2, "{\"id\": \"broken\", \"text\": ");
    lines.add(4, "{\"id\": \"empty\", \"title\": \"No text\"}");
    lines.add(5, "");
    // Without an id, a record is named FILE:LINE by calque audit: the job must name it the same.
    lines.add(6, "{\"text\": \"The the minister said that the plan would cost more than expected.\"}");
    int half = lines.size() / 2;
    Files.write(dir.resolve("news.jsonl"), lines.subList(0, half), StandardCharsets.UTF_8);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("more.jsonl.gz")))) {
      out.write((String.join("\n", lines.subList(half, lines.size())) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    for (String name : List.of("clean-control-1.en.txt", "names.es-en.txt", "journalese.es-en.txt")) {
      Files.copy(REGRESSION.resolve(name), dir.resolve("text").resolve(name));
    }
    Files.write(dir.resolve("text").resolve("photo.txt"), new byte[] {'J', 'F', 0, 0, 1, 2});
    Files.writeString(dir.resolve("notes.csv"), "not,an,article\n"); // passed over in a folder
    return dir;
  }

  /** One JSON record per regression article, with its languages taken from the file's name (x.es-en.txt). */
  private static List<String> records(String prefix) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Stream.concat(Files.list(REGRESSION), Files.list(REGRESSION.resolve("en-es")))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String name = p.getFileName().toString();
        String[] parts = name.replace(".txt", "").split("\\.");
        ObjectNode r = JSON.createObjectNode();
        String pair = parts[parts.length - 1];
        String target = pair.contains("-") ? pair.split("-")[1] : pair;
        r.put("id", (target.equals("es") ? "es-" : prefix) + parts[0]);
        r.put("title", parts[0].replace('-', ' '));
        r.put("text", Files.readString(p));
        r.put("date", "2026-0" + (1 + out.size() % 9) + "-15");
        r.put("section", pair);
        r.put("lang", target);
        if (pair.contains("-")) {
          r.put("source_lang", pair.split("-")[0]);
        }
        out.add(JSON.writeValueAsString(r));
      }
    }
    return out;
  }

  /** The lines of a Spark text output's part files. */
  private static List<String> parts(Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.filter(f -> f.getFileName().toString().startsWith("part-")).toList()) {
        lines.addAll(Files.readAllLines(p));
      }
    }
    return lines;
  }

  private static List<String> csvRows(Path csv) throws IOException {
    try (Reader r = Files.newBufferedReader(csv)) {
      return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords().stream()
          .map(rec -> String.join("|", rec.toList())).toList();
    }
  }

  /** A documents.parquet row as calque audit's CSV prints it (nulls empty, numbers as Java writes them). */
  private static String csvLike(Row row) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < row.size(); i++) {
      values.add(row.isNullAt(i) ? "" : String.valueOf(row.get(i)));
    }
    return String.join("|", values);
  }

  private static String key(String jsonLine) {
    try {
      JsonNode n = JSON.readTree(jsonLine);
      return String.join("|", n.get("document").asText(), n.get("rule").asText(), n.get("start").asText(),
          n.get("end").asText(), n.get("line").asText(), n.get("text").asText(), n.get("confidence").asText(),
          n.get("suggestions").size() == 0 ? "" : n.get("suggestions").get(0).get("replacement").asText(),
          n.path("context").asText());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String key(Row r) {
    List<Row> suggestions = r.getList(r.fieldIndex("suggestions"));
    return String.join("|", r.getString(r.fieldIndex("document")), r.getString(r.fieldIndex("rule")),
        String.valueOf(r.getInt(r.fieldIndex("start"))), String.valueOf(r.getInt(r.fieldIndex("end"))),
        String.valueOf(r.getInt(r.fieldIndex("line"))), r.getString(r.fieldIndex("text")),
        String.valueOf(r.getDouble(r.fieldIndex("confidence"))),
        suggestions.isEmpty() ? "" : suggestions.get(0).getString(0), r.getString(r.fieldIndex("context")));
  }

  private static List<String> sorted(List<String> l) {
    return l.stream().sorted().toList();
  }

  static {
    Locale.setDefault(Locale.ROOT);
  }
}
