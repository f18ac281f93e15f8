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
import java.util.function.Function;

/**
 * Measures a checker on evaluation data: false alarms per 1,000 words on clean text (one segment
 * per line), and, on MQM-annotated MT output, the share of findings that overlap a human error span
 * (a lower bound on precision: raters mark only some errors) and the share of spans found (recall).
 */
public final class Evaluation {
  /** A span [start, end) in UTF-16 units of the checked text, with a label. */
  public record Span(int start, int end, String label) {
  }

  /** What a checker reports on one segment. */
  public interface SegmentChecker {
    List<Span> check(String text);
  }

  /** One annotated MT segment: its text and the error spans raters marked on it. */
  record Segment(String key, String text, List<Span> errors) {
  }

  private Evaluation() {
  }

  /** Findings, by label, per 1,000 words of the lines of the files. */
  public static Report clean(List<Path> files, SegmentChecker checker, int limit) {
    Report r = new Report();
    for (Path f : files) {
      for (String line : lines(f, limit)) {
        if (line.isBlank()) {
          continue;
        }
        r.words += words(line);
        r.segments++;
        for (Span s : checker.check(line)) {
          r.findings++;
          r.byLabel.merge(s.label(), 1, Integer::sum);
          if (r.examples.size() < 400) {
            r.examples.add(s.label() + "\t" + line.substring(s.start(), s.end()) + "\t" + line);
          }
        }
      }
    }
    return r;
  }

  /** Precision and recall against the human MQM spans of a folder (segments.tsv + spans.jsonl). */
  public static Report mqm(Path dir, SegmentChecker checker, int limit) {
    return score(segments(dir, limit), checker, new Report());
  }

  /**
   * Hits and false alarms on marked sentences: one a line, each artifact marked [[like this]], lines
   * without a mark being clean controls ('#' starts a comment line). A finding that overlaps a mark
   * is a hit; any other finding is a false alarm.
   */
  public static Report marked(Path file, SegmentChecker checker, int limit) {
    List<Segment> segments = new ArrayList<>();
    for (String line : lines(file, limit)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      segments.add(markedSegment(file + ":" + segments.size(), line));
    }
    Report r = new Report();
    r.marked = true;
    return score(segments, checker, r);
  }

  /** A line's text without the [[ ]] that mark its artifacts. */
  public static String withoutMarks(String line) {
    return markedSegment("", line).text();
  }

  /** A line with [[marked]] spans: the text without the brackets, and the spans as artifacts. */
  static Segment markedSegment(String key, String line) {
    StringBuilder text = new StringBuilder();
    List<Span> spans = new ArrayList<>();
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
      text.append(line, open + 2, close);
      spans.add(new Span(start, text.length(), "artifact"));
      i = close + 2;
    }
    return new Segment(key, text.toString(), spans);
  }

  private static Report score(List<Segment> segments, SegmentChecker checker, Report r) {
    for (Segment seg : segments) {
      r.words += words(seg.text());
      r.segments++;
      List<Span> found = checker.check(seg.text());
      for (Span f : found) {
        r.findings++;
        r.byLabel.merge(f.label(), 1, Integer::sum);
        boolean hit = false;
        for (Span e : seg.errors()) {
          if (overlaps(f, e)) {
            hit = true;
            break;
          }
        }
        if (hit) {
          r.supported++;
          r.supportedByLabel.merge(f.label(), 1, Integer::sum);
        }
        if (r.examples.size() < 400) {
          r.examples.add((hit ? "HIT " : "MISS") + "\t" + f.label() + "\t" + seg.text().substring(f.start(), f.end())
              + "\t" + seg.text());
        }
      }
      for (Span e : seg.errors()) {
        String dim = e.label().contains("/") ? e.label().substring(0, e.label().indexOf('/')) : e.label();
        r.spansByDimension.merge(dim, 1, Integer::sum);
        for (Span f : found) {
          if (overlaps(f, e)) {
            r.foundByDimension.merge(dim, 1, Integer::sum);
            break;
          }
        }
      }
    }
    return r;
  }

  private static boolean overlaps(Span a, Span b) {
    if (b.start() == b.end()) {
      return a.start() <= b.start() && b.start() <= a.end(); // omission point
    }
    return a.start() < b.end() && b.start() < a.end();
  }

  static List<Segment> segments(Path dir, int limit) {
    Map<String, Segment> byKey = new HashMap<>();
    List<Segment> order = new ArrayList<>();
    List<String> rows = lines(dir.resolve("segments.tsv"), limit < 0 ? -1 : limit + 1);
    for (int i = 1; i < rows.size(); i++) {
      String[] c = rows.get(i).split("\t", -1);
      if (c.length < 5) {
        continue;
      }
      String key = c[2 - 1] + "\u0001" + c[2] + "\u0001" + c[0];
      Segment s = new Segment(key, c[4], new ArrayList<>());
      byKey.put(key, s);
      order.add(s);
    }
    ObjectMapper json = new ObjectMapper();
    for (String line : lines(dir.resolve("spans.jsonl"), -1)) {
      try {
        JsonNode n = json.readTree(line);
        if (!"target".equals(n.path("side").asText())) {
          continue;
        }
        String key = n.path("doc").asText() + "\u0001" + n.path("seg_id").asText() + "\u0001"
            + n.path("system").asText();
        Segment s = byKey.get(key);
        if (s == null) {
          continue;
        }
        int start = s.text().offsetByCodePoints(0, Math.min(n.path("start").asInt(), s.text().codePointCount(0,
            s.text().length())));
        int end = s.text().offsetByCodePoints(0, Math.min(n.path("end").asInt(), s.text().codePointCount(0,
            s.text().length())));
        s.errors().add(new Span(start, end, n.path("category").asText()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return order;
  }

  private static List<String> lines(Path f, int limit) {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      String l;
      while ((l = r.readLine()) != null && (limit < 0 || out.size() < limit)) {
        out.add(l);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
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

  /** Counts and rates. */
  public static final class Report {
    int segments;
    long words;
    int findings;
    int supported;
    /** Scored against the project's own marked sentences: every finding off a mark is a false alarm. */
    boolean marked;
    final Map<String, Integer> byLabel = new TreeMap<>();
    final Map<String, Integer> supportedByLabel = new TreeMap<>();
    final Map<String, Integer> spansByDimension = new TreeMap<>();
    final Map<String, Integer> foundByDimension = new TreeMap<>();
    final List<String> examples = new ArrayList<>();

    public double perThousandWords() {
      return words == 0 ? 0 : findings * 1000.0 / words;
    }

    public String summary(String name) {
      StringBuilder b = new StringBuilder();
      b.append(String.format("%s: %d segments, %d words, %d findings, %.2f per 1,000 words", name, segments, words,
          findings, perThousandWords()));
      if (marked) {
        int artifacts = spansByDimension.getOrDefault("artifact", 0);
        b.append(String.format(", artifacts found %d/%d, findings on an artifact %d, false alarms %d",
            foundByDimension.getOrDefault("artifact", 0), artifacts, supported, findings - supported));
      } else if (!spansByDimension.isEmpty()) {
        b.append(String.format(", precision (overlaps a human span) %.1f%% (%d/%d)",
            findings == 0 ? 0 : 100.0 * supported / findings, supported, findings));
        spansByDimension.forEach((dim, n) -> b.append(String.format("%n  recall %-22s %.1f%% (%d/%d)", dim,
            100.0 * foundByDimension.getOrDefault(dim, 0) / n, foundByDimension.getOrDefault(dim, 0), n)));
      }
      byLabel.forEach((label, n) -> b.append(String.format("%n  %-60s %5d%s", label, n,
          spansByDimension.isEmpty() ? "" : String.format("  (%d overlap)", supportedByLabel.getOrDefault(label, 0)))));
      return b.toString();
    }

    public List<String> examples() {
      return examples;
    }
  }

  /** Adapts a function to a SegmentChecker. */
  public static SegmentChecker of(Function<String, List<Span>> f) {
    return f::apply;
  }
}
