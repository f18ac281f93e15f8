package dev.calque.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import dev.calque.bilingual.BilingualChecker;
import dev.calque.rule.Finding;

/**
 * Measures the bilingual rules on MQM-annotated MT (segments.tsv with source and target per row,
 * spans.jsonl), against three families of human spans: Omission (raters mark them on the source),
 * Untranslated / source-language fragment, and number-related spans (a Number_format category,
 * or an accuracy span whose text holds a digit). For each family: precision, the share of the
 * family's findings on rows (or, for target spans, overlapping spans) of that family; recall, the
 * share of the family's rows that a finding of the family reaches. False alarms: findings per
 * 1,000 words on the rows that are human reference translations.
 */
public final class BilingualEvaluation {
  /** A family of human error spans and the findings meant to catch them. */
  enum Family {
    OMISSION(c -> c.contains("Omission"), f -> f.category().equals("accuracy/omission")),
    UNTRANSLATED(c -> c.contains("Untranslated") || c.contains("Source language fragment"),
        f -> f.category().equals("accuracy/untranslated")),
    NUMBERS(c -> c.contains("Number"), f -> f.ruleId().startsWith("bilingual.numbers."));

    final Predicate<String> category;
    final Predicate<Finding> finding;

    Family(Predicate<String> category, Predicate<Finding> finding) {
      this.category = category;
      this.finding = finding;
    }
  }

  private record Span(int start, int end, String category, String text, boolean target) {
  }

  private record Row(String source, String target, String sourceLanguage, String targetLanguage, boolean reference,
      List<Span> spans) {
  }

  private BilingualEvaluation() {
  }

  /** One family's counts: its findings, those borne out, the rows with its spans, those reached. */
  public record Score(int findings, int supported, int rows, int reached) {
    public double precision() {
      return findings == 0 ? 0 : (double) supported / findings;
    }

    public double recall() {
      return rows == 0 ? 0 : (double) reached / rows;
    }
  }

  /**
   * What a run measured: the report's text, each family's score by name ("omission",
   * "untranslated", "numbers"), and findings per 1,000 words of the human references.
   */
  public record Result(String text, Map<String, Score> families, double referencePerThousandWords) {
  }

  /** The report of one folder, a few lines. */
  /**
   * @param minConfidence findings below it are not counted (as check does not show them)
   */
  public static Result run(Path dir, BilingualChecker checker, double minConfidence, int limit,
      List<String> examples) {
    List<Row> rows = rows(dir, limit);
    Map<Family, int[]> counts = new TreeMap<>(); // findings, supported, rows with spans, rows reached
    Map<String, int[]> byRule = new TreeMap<>(); // findings, supported by their family or any span
    int referenceFindings = 0;
    long referenceWords = 0;
    int referenceRows = 0;
    for (Family f : Family.values()) {
      counts.put(f, new int[4]);
    }
    for (Row r : rows) {
      List<Finding> found = new ArrayList<>();
      for (Finding f : checker.check("row", r.source(), r.sourceLanguage(), r.target(), r.targetLanguage())) {
        if (f.confidence() >= minConfidence) {
          found.add(f);
        }
      }
      if (r.reference()) {
        referenceRows++;
        referenceWords += Evaluation.words(r.target());
        referenceFindings += found.size();
      }
      for (Family fam : Family.values()) {
        int[] c = counts.get(fam);
        boolean rowHas = r.spans().stream().anyMatch(s -> isOf(fam, s));
        boolean reached = false;
        for (Finding f : found) {
          if (!fam.finding.test(f)) {
            continue;
          }
          c[0]++;
          boolean ok = supports(fam, f, r);
          c[1] += ok ? 1 : 0;
          reached |= ok;
        }
        c[2] += rowHas ? 1 : 0;
        c[3] += rowHas && reached ? 1 : 0;
      }
      for (Finding f : found) {
        int[] c = byRule.computeIfAbsent(f.ruleId(), k -> new int[2]);
        c[0]++;
        boolean ok = supportedByCategory(f, r);
        c[1] += ok ? 1 : 0;
        examples.add(f.ruleId() + "\t" + (ok ? "HIT" : "MISS") + (r.reference() ? " REF" : "") + "\t"
            + r.target().substring(f.start(), f.end()) + "\t" + (f.source() == null ? "" : r.source().substring(
            f.source().start(), f.source().end())) + "\t" + r.source() + "\t" + r.target() + "\t" + r.spans().stream()
            .map(Span::category).distinct().toList());
      }
    }
    StringBuilder b = new StringBuilder();
    b.append(String.format("%s: %d rows%n", dir.getFileName(), rows.size()));
    counts.forEach((fam, c) -> b.append(String.format("  %-13s precision %5.1f%% (%d/%d)  recall %5.1f%% (%d/%d rows)%n",
        fam.name().toLowerCase(), pct(c[1], c[0]), c[1], c[0], pct(c[3], c[2]), c[3], c[2])));
    b.append(String.format("  human references: %d findings on %d rows, %.2f per 1,000 words%n", referenceFindings,
        referenceRows, referenceWords == 0 ? 0 : referenceFindings * 1000.0 / referenceWords));
    byRule.forEach((id, c) -> b.append(String.format("    %-34s %5d findings, %5.1f%% borne out by a span of its "
        + "category%n", id, c[0], pct(c[1], c[0]))));
    Map<String, Score> scores = new TreeMap<>();
    counts.forEach((fam, c) -> scores.put(fam.name().toLowerCase(), new Score(c[0], c[1], c[2], c[3])));
    return new Result(b.toString(), scores, referenceWords == 0 ? 0 : referenceFindings * 1000.0 / referenceWords);
  }

  /**
   * Whether a row bears a finding out by its own MQM category: a span of that category on the row
   * (overlapping the finding when both are on part of the target); a finding of a category the
   * sets do not name is borne out by any target span it overlaps.
   */
  private static boolean supportedByCategory(Finding f, Row r) {
    String type = f.category().substring(f.category().indexOf('/') + 1);
    String wanted = switch (type) {
      case "omission" -> "Omission";
      case "mistranslation" -> "Mistranslation";
      case "untranslated" -> "Untranslated";
      case "addition" -> "Addition";
      default -> null;
    };
    boolean whole = f.start() == 0 && f.end() >= r.target().length();
    for (Span s : r.spans()) {
      boolean kind = wanted == null ? s.target() : s.category().contains(wanted)
          || (wanted.equals("Untranslated") && s.category().contains("Source language fragment"));
      if (kind && (!s.target() || whole || overlaps(f, s))) {
        return true;
      }
    }
    return false;
  }

  private static double pct(int a, int b) {
    return b == 0 ? 0 : 100.0 * a / b;
  }

  private static boolean isOf(Family fam, Span s) {
    if (fam == Family.NUMBERS) {
      return fam.category.test(s.category()) || (s.category().startsWith("Accuracy") && s.text().matches(".*\\d.*"));
    }
    return fam.category.test(s.category());
  }

  /**
   * Whether a finding is borne out: a span of its family on its row, overlapping it when the span
   * is on the target and the finding points at part of the target.
   */
  private static boolean supports(Family fam, Finding f, Row r) {
    boolean whole = f.start() == 0 && f.end() >= r.target().length();
    for (Span s : r.spans()) {
      if (isOf(fam, s) && (!s.target() || whole || overlaps(f, s))) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlaps(Finding f, Span s) {
    if (s.start() == s.end()) {
      return f.start() <= s.start() && s.start() <= f.end();
    }
    return f.start() < s.end() && s.start() < f.end();
  }

  private static List<Row> rows(Path dir, int limit) {
    Map<String, Row> byKey = new HashMap<>();
    List<Row> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(dir.resolve("segments.tsv"), StandardCharsets.UTF_8)) {
      String[] header = in.readLine().split("\t", -1);
      int lp = List.of(header).indexOf("lp");
      int ref = List.of(header).indexOf("is_human_reference");
      String line;
      while ((line = in.readLine()) != null && (limit < 0 || out.size() < limit)) {
        String[] c = line.split("\t", -1);
        if (c.length <= Math.max(lp, ref) || c[3].isBlank() || c[4].isBlank()) {
          continue;
        }
        String[] langs = c[lp].split("-");
        Row r = new Row(c[3], c[4], langs[0], langs[1], "yes".equals(c[ref]), new ArrayList<>());
        byKey.put(c[1] + "\u0001" + c[2] + "\u0001" + c[0], r);
        out.add(r);
      }
      ObjectMapper json = new ObjectMapper();
      for (String l : Files.readAllLines(dir.resolve("spans.jsonl"), StandardCharsets.UTF_8)) {
        JsonNode n = json.readTree(l);
        Row r = byKey.get(n.path("doc").asText() + "\u0001" + n.path("seg_id").asText() + "\u0001"
            + n.path("system").asText());
        if (r == null) {
          continue;
        }
        boolean target = "target".equals(n.path("side").asText());
        String text = target ? r.target() : r.source();
        int cps = text.codePointCount(0, text.length());
        int start = text.offsetByCodePoints(0, Math.min(Math.max(0, n.path("start").asInt()), cps));
        int end = text.offsetByCodePoints(0, Math.min(Math.max(0, n.path("end").asInt()), cps));
        r.spans().add(new Span(start, Math.max(start, end), n.path("category").asText(), n.path("text").asText(),
            target));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
