package dev.calque.calibration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import dev.calque.language.LanguageProfile;

/**
 * The source-inference thresholds fitted per pair by {@code calque calibrate --inference}
 * (rules/calibration/inference.tsv): for each target and source language, the distinct artifacts a
 * document needs, how many of them its pair's rules alone must have found, and the confidence a
 * finding needs to count. A pair the table lacks keeps its profile's hand-set thresholds.
 */
public final class InferenceTable {
  /** The bundled table's resource. */
  public static final String RESOURCE = "rules/calibration/inference.tsv";
  /** The header line of the columns. */
  static final String COLUMNS = "target\tsource\tmin-evidence\tmin-specific\tevidence-confidence";

  /** A table with no pair: every pair keeps its hand-set thresholds. */
  public static final InferenceTable EMPTY = new InferenceTable(List.of(), Map.of());

  private static volatile InferenceTable bundled;

  private final List<String> comments;
  /** "target-source" to its thresholds, in key order. */
  private final Map<String, LanguageProfile.SourceInference> pairs;

  public InferenceTable(List<String> comments, Map<String, LanguageProfile.SourceInference> pairs) {
    this.comments = List.copyOf(comments);
    this.pairs = new TreeMap<>(pairs);
  }

  /** The bundled table (read once), or {@link #EMPTY} when the jar has none. */
  public static InferenceTable bundled() {
    InferenceTable t = bundled;
    if (t == null) {
      try (InputStream in = InferenceTable.class.getClassLoader().getResourceAsStream(RESOURCE)) {
        t = in == null ? EMPTY : parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
      }
      bundled = t;
    }
    return t;
  }

  /** The fitted thresholds of a pair, if the table has them. */
  public Optional<LanguageProfile.SourceInference> get(String target, String source) {
    return Optional.ofNullable(pairs.get(key(target, source)));
  }

  /** The thresholds the engine uses for a source into this target: the table's, else the profile's. */
  public LanguageProfile.SourceInference thresholds(LanguageProfile target, String source) {
    return get(target.code(), source).orElseGet(() -> target.sourceInference(source));
  }

  /** The pairs, "target-source", in order. */
  public Map<String, LanguageProfile.SourceInference> pairs() {
    return java.util.Collections.unmodifiableMap(pairs);
  }

  private static String key(String target, String source) {
    return target + "-" + source;
  }

  /**
   * Reads a table: comment lines (#), then one line per pair, tab-separated as {@link #COLUMNS}.
   * Anything else (a missing column, a number out of range, a pair twice) is an error naming the line.
   */
  public static InferenceTable parse(String name, String text) {
    List<String> comments = new ArrayList<>();
    Map<String, LanguageProfile.SourceInference> pairs = new TreeMap<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      if (l.isBlank()) {
        continue;
      }
      if (l.startsWith("#")) {
        if (!l.equals("# " + COLUMNS)) { // written again by write()
          comments.add(l);
        }
        continue;
      }
      String where = name + ":" + (i + 1) + ": ";
      String[] c = l.split("\t", -1);
      if (c.length != 5) {
        throw new IllegalStateException(where + "expected 5 tab-separated columns (" + COLUMNS.replace('\t', ' ')
            + "), found " + c.length);
      }
      if (!c[0].matches("[a-z]{2,3}") || !c[1].matches("[a-z]{2,3}")) {
        throw new IllegalStateException(where + "target and source must be language codes, found '" + c[0] + "', '"
            + c[1] + "'");
      }
      int minEvidence;
      int minSpecific;
      double confidence;
      try {
        minEvidence = Integer.parseInt(c[2]);
        minSpecific = Integer.parseInt(c[3]);
        confidence = Double.parseDouble(c[4]);
      } catch (NumberFormatException e) {
        throw new IllegalStateException(where + "min-evidence and min-specific must be whole numbers and "
            + "evidence-confidence a number: " + e.getMessage(), e);
      }
      if (minEvidence < 1 || minSpecific < 1 || minSpecific > minEvidence) {
        throw new IllegalStateException(where + "need 1 <= min-specific <= min-evidence, found " + minSpecific + " and "
            + minEvidence);
      }
      if (!(confidence >= 0 && confidence <= 1)) {
        throw new IllegalStateException(where + "evidence-confidence must lie in [0, 1], found " + c[4]);
      }
      if (pairs.put(key(c[0], c[1]), new LanguageProfile.SourceInference(minEvidence, confidence, minSpecific)) != null) {
        throw new IllegalStateException(where + "pair " + c[1] + "-" + c[0] + " listed twice");
      }
    }
    return new InferenceTable(comments, pairs);
  }

  /** The table as written: its comments, the column header, then one line per pair in key order. */
  public String write() {
    StringBuilder b = new StringBuilder();
    comments.forEach(c -> b.append(c).append('\n'));
    b.append("# ").append(COLUMNS).append('\n');
    pairs.forEach((k, t) -> {
      int dash = k.indexOf('-');
      b.append(k, 0, dash).append('\t').append(k.substring(dash + 1)).append('\t').append(t.minEvidence()).append('\t')
          .append(t.minSpecific()).append('\t').append(String.format(Locale.ROOT, "%.2f", t.evidenceConfidence()))
          .append('\n');
    });
    return b.toString();
  }
}
