package dev.calque.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import dev.calque.calibration.HeldOut;
import dev.calque.calibration.Reliability;
import dev.calque.rule.Finding;

/**
 * Measures a checker on evaluation data, document by document: false alarms per 1,000 words on clean
 * text (read as documents of 20 lines), and, on MQM-annotated MT output (each system's translation of
 * a document, a segment a line), the share of findings that overlap a human error span of their row
 * (a lower bound on precision: raters mark only some errors) and the share of spans found (recall).
 * With confidences it also measures calibration: precision when findings are ranked by confidence,
 * a reliability table and the expected calibration error (see {@link Reliability}).
 */
public final class Evaluation {
  /**
   * A span [start, end) in UTF-16 units of the checked text, with a label and a confidence (NaN: none),
   * whether the checker would show it (null: when its confidence reaches the report's threshold), and
   * the checker's finding when it has one (its suggestions are measured on marked sentences).
   */
  public record Span(int start, int end, String label, double confidence, Boolean shown, Finding finding) {
    public Span(int start, int end, String label) {
      this(start, end, label, Double.NaN, null, null);
    }

    public Span(int start, int end, String label, double confidence) {
      this(start, end, label, confidence, null, null);
    }

    public Span(int start, int end, String label, double confidence, Boolean shown) {
      this(start, end, label, confidence, shown, null);
    }
  }

  /** What a checker reports on one document. */
  public interface DocumentChecker {
    List<Span> check(String text);
  }

  /** Which rows (or clean documents) count: all, the held-out split, or the rows calibration fits. */
  public enum Rows {
    ALL, HELD_OUT, FITTED;

    boolean keep(String set, String unit) {
      return this == ALL || HeldOut.isHeldOut(set, unit) == (this == HELD_OUT);
    }
  }

  /** Lines per document when clean text is read one segment a line (as calibrate reads it). */
  public static final int CLEAN_LINES = 20;

  private Evaluation() {
  }

  /** Clean text, one segment a line, as named documents of {@link #CLEAN_LINES} lines. */
  public static Map<String, String> cleanDocuments(Path file, int limit) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (limit >= 0 && lines.size() > limit) {
      lines = lines.subList(0, limit);
    }
    Map<String, String> docs = new java.util.LinkedHashMap<>();
    for (int from = 0; from < lines.size(); from += CLEAN_LINES) {
      docs.put("lines-" + (from + 1),
          String.join("\n", lines.subList(from, Math.min(lines.size(), from + CLEAN_LINES))) + "\n");
    }
    return docs;
  }

  /** Findings, by label, per 1,000 words of clean text; those below the threshold are not shown. */
  public static Report clean(Path file, DocumentChecker checker, int limit, double threshold, Rows rows) {
    Report r = new Report(threshold);
    for (Map.Entry<String, String> d : cleanDocuments(file, limit).entrySet()) {
      if (!rows.keep("clean", d.getKey())) {
        continue;
      }
      String text = d.getValue();
      r.words += words(text);
      r.segments += (int) text.lines().filter(l -> !l.isBlank()).count();
      for (Span s : checker.check(text)) {
        r.add(s, false, text);
      }
    }
    return r;
  }

  /** Precision and recall against the human MQM spans of a set, on the rows kept. */
  public static Report mqm(MqmSet set, DocumentChecker checker, double threshold, Rows rows) {
    Report r = new Report(threshold);
    for (MqmSet.Document doc : set.documents()) {
      Predicate<MqmSet.Row> kept = row -> row != null && rows.keep(set.name(), row.unit());
      if (doc.rows().stream().noneMatch(kept)) {
        continue;
      }
      List<Span> found = checker.check(doc.text());
      for (MqmSet.Row row : doc.rows()) {
        if (!kept.test(row)) {
          continue;
        }
        r.words += words(row.target());
        r.segments++;
        for (Span e : row.errors()) {
          String dim = e.label().contains("/") ? e.label().substring(0, e.label().indexOf('/')) : e.label();
          r.spansByDimension.merge(dim, 1, Integer::sum);
          for (Span f : found) {
            if (visible(f, threshold) && overlaps(f.start() - row.offset(), f.end() - row.offset(), e)) {
              r.foundByDimension.merge(dim, 1, Integer::sum);
              break;
            }
          }
        }
      }
      for (Span f : found) {
        if (kept.test(doc.rowAt(f.start()))) {
          r.add(f, doc.supported(f.start(), f.end()), doc.text(), set.name() + "/" + doc.rowAt(f.start()).unit());
        }
      }
    }
    return r;
  }

  /**
   * Hits and false alarms on marked sentences: one a line, each artifact marked [[like this]], lines
   * without a mark being clean controls ('#' starts a comment line). Each line is checked as its own
   * document. A finding that overlaps a mark is a hit; any other finding is a false alarm. A mark may
   * carry its accepted corrections, [[span=>one|other]] (empty: delete the span); then the suggestion
   * of the finding on it is judged too (see {@link SuggestionAccuracy}).
   */
  public static Report marked(Path file, DocumentChecker checker, int limit, double threshold) {
    Report r = new Report(threshold);
    r.marked = true;
    int n = 0;
    for (String line : lines(file, limit)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Segment seg = markedSegment(file + ":" + n++, line);
      r.words += words(seg.text());
      r.segments++;
      List<Span> found = checker.check(seg.text());
      java.util.Set<Finding> judged = new java.util.HashSet<>();
      for (int k = 0; k < seg.errors().size(); k++) {
        Span e = seg.errors().get(k);
        r.spansByDimension.merge("artifact", 1, Integer::sum);
        r.suggestions.mark(seg.corrections().get(k));
        List<Span> on = new ArrayList<>();
        for (Span f : found) {
          if (visible(f, threshold) && overlaps(f.start(), f.end(), e)) {
            on.add(f);
          }
        }
        if (!on.isEmpty()) {
          r.foundByDimension.merge("artifact", 1, Integer::sum);
          r.suggestions.judge(seg, k, on, judged);
        }
      }
      for (Span f : found) {
        r.add(f, seg.errors().stream().anyMatch(e -> overlaps(f.start(), f.end(), e)), seg.text());
      }
    }
    return r;
  }

  /** {@link #marked(Path, DocumentChecker, int, double)} with every finding shown. */
  public static Report marked(Path file, DocumentChecker checker, int limit) {
    return marked(file, checker, limit, 0);
  }

  /** A line's text without the [[ ]] that mark its artifacts. */
  public static String withoutMarks(String line) {
    return markedSegment("", line).text();
  }

  /**
   * A text with its marked (or human-annotated) error spans and, for each span, the corrections a copy
   * editor would accept (null: none given).
   */
  record Segment(String key, String text, List<Span> errors, List<List<String>> corrections) {
    Segment(String key, String text, List<Span> errors) {
      this(key, text, errors, java.util.Collections.nCopies(errors.size(), null));
    }
  }

  /** Between a marked span and its accepted corrections: [[span=>one|other]]. */
  static final String CORRECTS_TO = "=>";

  /**
   * A line with [[marked]] spans: the text without the brackets, and the spans as artifacts with their
   * accepted corrections when the mark gives them ([[span=>one|other]]; an empty one deletes the span).
   */
  static Segment markedSegment(String key, String line) {
    StringBuilder text = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    List<List<String>> corrections = new ArrayList<>();
    int i = 0;
    while (i < line.length()) {
      int open = line.indexOf("[[", i);
      int close = open < 0 ? -1 : line.indexOf("]]", open + 2);
      if (open < 0 || close < 0) {
        text.append(line, i, line.length());
        break;
      }
      text.append(line, i, open);
      int start = text.length();
      String mark = line.substring(open + 2, close);
      int arrow = mark.indexOf(CORRECTS_TO);
      text.append(arrow < 0 ? mark : mark.substring(0, arrow));
      spans.add(new Span(start, text.length(), "artifact"));
      corrections.add(arrow < 0 ? null : List.of(mark.substring(arrow + CORRECTS_TO.length()).split("\\|", -1)));
      i = close + 2;
    }
    return new Segment(key, text.toString(), spans, corrections);
  }

  private static List<String> lines(Path file, int limit) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      return limit >= 0 && lines.size() > limit ? lines.subList(0, limit) : lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean visible(Span f, double threshold) {
    if (f.shown() != null) {
      return f.shown();
    }
    return Double.isNaN(f.confidence()) || f.confidence() >= threshold;
  }

  private static boolean overlaps(int start, int end, Span e) {
    if (e.start() == e.end()) {
      return start <= e.start() && e.start() <= end; // omission point
    }
    return start < e.end() && e.start() < end;
  }

  static int words(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean w = Character.isLetterOrDigit(s.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }

  /** Counts and rates; findings below the threshold count only for calibration. */
  public static final class Report {
    final double threshold;
    int segments;
    long words;
    int findings;
    int supported;
    boolean mqm;
    /** Scored against the project's own marked sentences: every finding off a mark is a false alarm. */
    boolean marked;
    final Map<String, Integer> byLabel = new TreeMap<>();
    final Map<String, Integer> supportedByLabel = new TreeMap<>();
    final Map<String, Integer> spansByDimension = new TreeMap<>();
    final Map<String, Integer> foundByDimension = new TreeMap<>();
    final List<Reliability.Outcome> outcomes = new ArrayList<>();
    final List<String> examples = new ArrayList<>();
    /** On marked sentences with gold corrections: whether the suggestions on found artifacts are right. */
    final SuggestionAccuracy suggestions = new SuggestionAccuracy();

    Report(double threshold) {
      this.threshold = threshold;
    }

    void add(Span f, boolean hit, String text) {
      add(f, hit, text, null);
    }

    /** A finding judged in a unit (an MQM source segment), or in none (null: a unit of its own). */
    void add(Span f, boolean hit, String text, String unit) {
      if (!Double.isNaN(f.confidence())) {
        outcomes.add(new Reliability.Outcome(f.confidence(), hit, unit));
      }
      if (!visible(f, threshold)) {
        return;
      }
      findings++;
      byLabel.merge(f.label(), 1, Integer::sum);
      if (hit) {
        supported++;
        supportedByLabel.merge(f.label(), 1, Integer::sum);
      }
      if (examples.size() < 400) {
        int ls = text.lastIndexOf('\n', Math.max(0, f.start() - 1)) + 1;
        int le = text.indexOf('\n', f.end());
        examples.add((hit ? "HIT " : "MISS") + "\t" + f.label() + "\t" + text.substring(f.start(), f.end()) + "\t"
            + text.substring(ls, le < 0 ? text.length() : le));
      }
    }

    public double perThousandWords() {
      return words == 0 ? 0 : findings * 1000.0 / words;
    }

    /** Share of the shown findings a human span supports. */
    public double precision() {
      return findings == 0 ? Double.NaN : supported / (double) findings;
    }

    public long words() {
      return words;
    }

    public int findings() {
      return findings;
    }

    /** The confidences and outcomes of every finding down to the checker's floor (empty without confidences). */
    public Reliability reliability() {
      return new Reliability(outcomes);
    }

    /** Whether this report judged findings against human spans (MQM) rather than clean text. */
    public boolean judged() {
      return !spansByDimension.isEmpty() || supported > 0;
    }

    public String summary(String name) {
      StringBuilder b = new StringBuilder();
      b.append(String.format(Locale.ROOT, "%s: %d segments, %d words, %d findings, %.2f per 1,000 words", name,
          segments, words, findings, perThousandWords()));
      if (marked) {
        int artifacts = spansByDimension.getOrDefault("artifact", 0);
        b.append(String.format(Locale.ROOT, ", artifacts found %d/%d, findings on an artifact %d, false alarms %d",
            foundByDimension.getOrDefault("artifact", 0), artifacts, supported, findings - supported));
        if (suggestions.judged()) {
          b.append(System.lineSeparator()).append(suggestions.summary().stripTrailing());
        }
      } else if (judged()) {
        b.append(String.format(Locale.ROOT, ", precision (overlaps a human span) %.1f%% (%d/%d)",
            findings == 0 ? 0 : 100.0 * supported / findings, supported, findings));
        spansByDimension.forEach((dim, n) -> b.append(String.format(Locale.ROOT, "%n  recall %-22s %.1f%% (%d/%d)",
            dim, 100.0 * foundByDimension.getOrDefault(dim, 0) / n, foundByDimension.getOrDefault(dim, 0), n)));
        if (!outcomes.isEmpty()) {
          Reliability rel = reliability();
          b.append(String.format(Locale.ROOT, "%n  calibration over %d findings of confidence 0.01 and up:", rel.size()));
          b.append(String.format(Locale.ROOT, "%n  precision at %.2f: %s", threshold,
              percent(rel.precisionAtLeast(threshold))));
          for (int rate : new int[] {1, 3, 5}) {
            b.append(String.format(Locale.ROOT, "%n  precision of the top %d per 1,000 words: %s", rate,
                percent(rel.precisionAtRate(rate, words))));
          }
          b.append(String.format(Locale.ROOT, "%n  expected calibration error: %s%n",
              rel.eceWithInterval("source segments")));
          b.append(rel.table().stripTrailing());
        }
      }
      boolean overlapShown = judged() && !marked;
      byLabel.forEach((label, n) -> b.append(String.format(Locale.ROOT, "%n  %-60s %5d%s", label, n,
          overlapShown ? String.format(Locale.ROOT, "  (%d overlap)", supportedByLabel.getOrDefault(label, 0)) : "")));
      return b.toString();
    }

    private static String percent(double p) {
      return Double.isNaN(p) ? "— (none)" : String.format(Locale.ROOT, "%.1f%%", 100 * p);
    }

    public List<String> examples() {
      List<String> all = new ArrayList<>(examples);
      all.addAll(suggestions.examples());
      return all;
    }

    /** The suggestions judged against the marks' gold corrections (empty unless marked with corrections). */
    public SuggestionAccuracy suggestions() {
      return suggestions;
    }
  }
}
