package dev.calque.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The audit's summary, computed from its outputs alone (documents.csv and findings.jsonl read side by
 * side: both are in document order, and each row says how many findings lines are its own), so a
 * resumed audit and an uninterrupted one report the same. Memory is bounded: counts per rule, family,
 * category, section and month (the rarest sections and months fold into "other" past a limit), the
 * worst documents, and a few findings per rule.
 */
public final class AuditReport {
  /** The totals the command prints and the report opens with. */
  public record Totals(long documents, long words, long findings, long critical, long major, long minor,
      long malformed, long failed) {
  }

  /** A finding as the report shows it. */
  record Shown(String document, String rule, String category, String severity, String text, String context,
      String message, String suggestion, double confidence) {
  }

  /** A document among the worst, with its first findings. */
  record Worst(long order, String id, String title, String section, String date, long words, double mqm,
      long findings, List<Shown> shown) {
  }

  /** Words and findings under one key (a section, a month), for findings per 1,000 words. */
  static final class Rate {
    long words;
    long findings;
    long documents;

    double perThousand() {
      return words == 0 ? 0 : Math.round(findings * 10000.0 / words) / 10.0;
    }
  }

  static final int WORST = 20;
  static final int SHOWN_PER_DOCUMENT = 30;
  static final int SAMPLES_PER_RULE = 5;
  /** Distinct sections (or months) counted one by one; the rest are "other". */
  static final int KEYS = 200;
  static final double[] MQM_BINS = {0, 1, 2, 5, 10, 20, 50, 100};

  private static final ObjectMapper JSON = new ObjectMapper();

  long documents;
  long words;
  long malformed;
  long failed;
  final long[] bySeverity = new long[3]; // critical, major, minor
  final Map<String, Long> byRule = new TreeMap<>();
  final Map<String, Long> byFamily = new TreeMap<>();
  final Map<String, Long> byCategory = new TreeMap<>();
  final Map<String, Rate> bySection = new TreeMap<>();
  final Map<String, Rate> byMonth = new TreeMap<>();
  final Map<String, Long> byLanguage = new TreeMap<>();
  final Map<String, Long> bySource = new TreeMap<>();
  final long[] mqmBins = new long[MQM_BINS.length + 1];
  final List<JsonNode> problems = new ArrayList<>();
  private final PriorityQueue<Worst> worst = new PriorityQueue<>(worstFirst().reversed());
  /** Per rule, the findings with the lowest sample keys: a fixed, well-spread choice over the archive. */
  private final Map<String, PriorityQueue<Sampled>> samples = new TreeMap<>();

  private record Sampled(long key, Shown finding) {
  }

  private AuditReport() {
  }

  /** Reads the outputs in the folder, writes report.html beside them, and returns the totals. */
  static Totals write(Path out, Disk disk) throws IOException {
    AuditReport r = read(out);
    byte[] page = ReportPage.render(r).getBytes(StandardCharsets.UTF_8);
    Checkpoint.writeAtomically(disk, out.resolve(Audit.REPORT + ".tmp"), out.resolve(Audit.REPORT), page);
    return r.totals();
  }

  static AuditReport read(Path out) throws IOException {
    AuditReport r = new AuditReport();
    try (Reader csv = Files.newBufferedReader(out.resolve(Audit.DOCUMENTS), StandardCharsets.UTF_8);
        CSVParser rows = CSVParser.builder().setReader(csv).setFormat(OutputFormat.CSV.builder().setHeader()
            .setSkipHeaderRecord(true).get()).get();
        BufferedReader findings = Files.newBufferedReader(out.resolve(Audit.FINDINGS), StandardCharsets.UTF_8)) {
      for (CSVRecord row : rows) {
        r.document(row, findings);
      }
    }
    try (BufferedReader problems = Files.newBufferedReader(out.resolve(Audit.PROBLEMS), StandardCharsets.UTF_8)) {
      for (String line = problems.readLine(); line != null; line = problems.readLine()) {
        JsonNode p = JSON.readTree(line);
        if ("failed".equals(p.path("kind").asText())) {
          r.failed++;
        } else {
          r.malformed++;
        }
        if (r.problems.size() < 100) {
          r.problems.add(p);
        }
      }
    }
    return r;
  }

  private void document(CSVRecord row, BufferedReader findingLines) throws IOException {
    long order = documents++;
    long w = Long.parseLong(row.get("words"));
    long n = Long.parseLong(row.get("findings"));
    double mqm = Double.parseDouble(row.get("mqm_score"));
    words += w;
    byLanguage.merge(row.get("language"), 1L, Long::sum);
    String src = row.get("source_language");
    bySource.merge(src.isEmpty() ? "unknown" : src, 1L, Long::sum);
    Rate section = rate(bySection, row.get("section"));
    Rate month = rate(byMonth, new Article(null, null, null, row.get("date"), null, null, null, null).month());
    for (Rate rate : new Rate[] {section, month}) {
      rate.words += w;
      rate.findings += n;
      rate.documents++;
    }
    int bin = 0;
    while (bin < MQM_BINS.length && mqm > MQM_BINS[bin]) {
      bin++;
    }
    mqmBins[bin]++;
    List<Shown> shown = new ArrayList<>();
    for (long i = 0; i < n; i++) {
      String line = findingLines.readLine();
      if (line == null) {
        throw new IOException(Audit.FINDINGS + " ends before the findings " + Audit.DOCUMENTS + " counts");
      }
      JsonNode f = JSON.readTree(line);
      Shown s = shown(f);
      bySeverity[switch (s.severity()) {
        case "critical" -> 0;
        case "major" -> 1;
        default -> 2;
      }]++;
      byRule.merge(s.rule(), 1L, Long::sum);
      byFamily.merge(family(f), 1L, Long::sum);
      byCategory.merge(s.category(), 1L, Long::sum);
      sample(s, f.path("start").asLong(), order);
      if (shown.size() < SHOWN_PER_DOCUMENT) {
        shown.add(s);
      }
    }
    Worst candidate = new Worst(order, row.get("id"), row.get("title"), row.get("section"), row.get("date"), w, mqm, n,
        shown);
    if (n > 0 && (worst.size() < WORST || worstFirst().compare(candidate, worst.peek()) < 0)) {
      worst.add(candidate);
      if (worst.size() > WORST) {
        worst.poll();
      }
    }
  }

  /** Highest MQM score first; then most findings; then the earlier document. */
  private static Comparator<Worst> worstFirst() {
    return Comparator.comparingDouble(Worst::mqm).reversed().thenComparing(Comparator.comparingLong(Worst::findings)
        .reversed()).thenComparingLong(Worst::order);
  }

  private static Shown shown(JsonNode f) {
    JsonNode best = f.path("suggestions").path(0);
    return new Shown(f.path("document").asText(), f.path("rule").asText(), f.path("category").asText(),
        f.path("severity").asText(), f.path("text").asText(), f.path("context").asText(), f.path("message").asText(),
        best.isMissingNode() ? null : best.path("replacement").asText(), f.path("confidence").asDouble());
  }

  /**
   * The family of a finding's rule: the first two parts of calque's ids ("es-en.false-friend"), the first
   * of a compound's, and LanguageTool's own category for its rules ("languagetool.TYPOS").
   */
  static String family(JsonNode f) {
    String rule = f.path("rule").asText();
    JsonNode lt = f.path("languagetool");
    if (!lt.isMissingNode()) {
      return "languagetool." + lt.path("category").asText();
    }
    String first = rule.contains("+") ? rule.substring(0, rule.indexOf('+')) : rule;
    String[] parts = first.split("\\.");
    return parts.length >= 3 ? parts[0] + "." + parts[1] : first;
  }

  private void sample(Shown s, long start, long order) {
    long key = mix(order * 1_000_003L + start + s.rule().hashCode());
    PriorityQueue<Sampled> q = samples.computeIfAbsent(s.rule(),
        k -> new PriorityQueue<>(Comparator.comparingLong(Sampled::key).reversed()));
    if (q.size() < SAMPLES_PER_RULE || key < q.peek().key()) {
      q.add(new Sampled(key, s));
      if (q.size() > SAMPLES_PER_RULE) {
        q.poll();
      }
    }
  }

  /** SplitMix64's finaliser: spreads consecutive numbers over the whole range, so samples are not the first ones. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static Rate rate(Map<String, Rate> map, String key) {
    String k = key == null || key.isBlank() ? "unknown" : key;
    if (!map.containsKey(k) && map.size() >= KEYS) {
      k = "other";
    }
    return map.computeIfAbsent(k, x -> new Rate());
  }

  Totals totals() {
    return new Totals(documents, words, bySeverity[0] + bySeverity[1] + bySeverity[2], bySeverity[0], bySeverity[1],
        bySeverity[2], malformed, failed);
  }

  /** The worst documents, worst first. */
  List<Worst> worst() {
    List<Worst> w = new ArrayList<>(worst);
    w.sort(worstFirst());
    return w;
  }

  /** Up to five findings of each rule, most frequent rules first. */
  Map<String, List<Shown>> samples() {
    Map<String, List<Shown>> out = new LinkedHashMap<>();
    List<String> rules = new ArrayList<>(byRule.keySet());
    rules.sort(Comparator.comparing((String k) -> byRule.get(k)).reversed().thenComparing(k -> k));
    for (String rule : rules) {
      List<Sampled> s = new ArrayList<>(samples.get(rule));
      s.sort(Comparator.comparingLong(Sampled::key));
      out.put(rule, s.stream().map(Sampled::finding).toList());
    }
    return out;
  }
}
