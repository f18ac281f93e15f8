package dev.calque.calibration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import dev.calque.rule.Confidence;
import dev.calque.rule.Finding;

/**
 * The fitted calibration of one target language (rules/calibration/LANG.tsv, written by
 * {@code calque calibrate}): a prior per rule (pooled, and per source language where there was data),
 * a log-odds offset per rule family for the family's rules that had too few observations of their
 * own (pooled, and per source language: a rule never seen with a source moves with its family's
 * offset for it), fitted evidence weights, per family the weights of the document's features, and a final
 * monotone map of the summed log-odds (kind "final": an intercept and a slope, Platt scaling fitted on
 * cross-fitted predictions, see {@link Fit}). The engine reads it; nothing in it is set by hand.
 *
 * <p>Tab-separated, one entry a line: {@code kind key detail observations supported value}; lines
 * starting with '#' say how it was made.
 */
public final class CalibrationTable {
  /** The bundled table's resource, by target language. */
  public static final String RESOURCE = "rules/calibration/%s.tsv";
  /** Written in the detail column of pooled entries (no source language). */
  public static final String POOLED = "-";

  /** One fitted number with how much data stood behind it. */
  public record Entry(String kind, String key, String detail, int observations, int supported, double value) {
    String line() {
      return kind + "\t" + key + "\t" + detail + "\t" + observations + "\t" + supported + "\t"
          + String.format(Locale.ROOT, "%.3f", value);
    }
  }

  /** Keys of the two "final" entries. */
  static final String FINAL_INTERCEPT = "intercept";
  static final String FINAL_SLOPE = "slope";

  /** A table with nothing fitted: every confidence is the hand-set one. */
  public static final CalibrationTable EMPTY = new CalibrationTable(List.of(), List.of());

  private final List<String> comments;
  private final List<Entry> entries;
  private final Map<String, Double> priors = new TreeMap<>();
  private final Map<String, Double> families = new TreeMap<>();
  private final Map<String, Double> weights = new TreeMap<>();
  private final Map<String, double[]> document = new TreeMap<>();
  /** The final map, logit(confidence) = intercept + slope * summed log-odds: identity unless fitted. */
  private double intercept = 0;
  private double slope = 1;

  public CalibrationTable(List<String> comments, List<Entry> entries) {
    this.comments = List.copyOf(comments);
    this.entries = List.copyOf(entries);
    for (Entry e : entries) {
      switch (e.kind()) {
        case "prior" -> priors.put(e.key() + "\u0001" + e.detail(), e.value());
        case "family" -> families.put(e.detail().equals(POOLED) ? e.key() : e.key() + "\u0001" + e.detail(), e.value());
        case "evidence" -> weights.put(e.key(), e.value());
        case "document" -> {
          int k = DocumentFeatures.NAMES.indexOf(e.detail());
          if (k < 0) {
            throw new IllegalArgumentException("unknown document feature '" + e.detail() + "'");
          }
          document.computeIfAbsent(e.key(), f -> new double[DocumentFeatures.NAMES.size()])[k] = e.value();
        }
        case "final" -> {
          switch (e.key()) {
            case FINAL_INTERCEPT -> intercept = e.value();
            case FINAL_SLOPE -> {
              if (!(e.value() > 0)) {
                throw new IllegalArgumentException("the final slope must be positive, got " + e.value());
              }
              slope = e.value();
            }
            default -> throw new IllegalArgumentException("unknown final term '" + e.key() + "'");
          }
        }
        default -> throw new IllegalArgumentException("unknown kind '" + e.kind() + "'");
      }
    }
  }

  /** The bundled table of a target language, or {@link #EMPTY} when it has none. */
  public static CalibrationTable bundled(String language) {
    String res = String.format(RESOURCE, language);
    try (InputStream in = CalibrationTable.class.getClassLoader().getResourceAsStream(res)) {
      return in == null ? EMPTY : parse(res, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(res + ": " + e.getMessage(), e);
    }
  }

  public static CalibrationTable parse(String name, String text) {
    List<String> comments = new ArrayList<>();
    List<Entry> entries = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      if (l.isBlank()) {
        continue;
      }
      if (l.startsWith("#")) {
        comments.add(l);
        continue;
      }
      String[] c = l.split("\t", -1);
      try {
        entries.add(new Entry(c[0], c[1], c[2], Integer.parseInt(c[3]), Integer.parseInt(c[4]),
            Double.parseDouble(c[5])));
      } catch (RuntimeException e) {
        throw new IllegalStateException(name + ":" + (i + 1) + ": expected kind, key, detail, observations, "
            + "supported and value, tab-separated (" + e.getMessage() + ")", e);
      }
    }
    return new CalibrationTable(comments, entries);
  }

  /** The table as its file holds it. */
  public String write() {
    StringBuilder b = new StringBuilder();
    comments.forEach(c -> b.append(c).append('\n'));
    entries.forEach(e -> b.append(e.line()).append('\n'));
    return b.toString();
  }

  public List<Entry> entries() {
    return entries;
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /**
   * The family a rule belongs to for shrinkage: its id without the last part for calque's rules
   * ("common.repetition"), LanguageTool's category for LanguageTool's ("languagetool:TYPOS").
   */
  public static String family(Finding f) {
    return f.rule().languageTool() != null ? "languagetool:" + f.rule().languageTool().category()
        : family(f.components().get(0));
  }

  /** The family of one of calque's rule ids. */
  public static String family(String ruleId) {
    int dot = ruleId.lastIndexOf('.');
    return dot < 0 ? ruleId : ruleId.substring(0, dot);
  }

  /**
   * A rule's prior: fitted for this source language, else fitted pooled, else the hand-set prior
   * moved by its family's fitted offset (a rule too rare in the data to have a prior of its own); the
   * last two moved further by the family's offset for the source, where the data had one.
   */
  public double prior(String rule, String family, double handPrior, String source) {
    Double p = source == null ? null : priors.get(rule + "\u0001" + source);
    if (p != null) {
      return p;
    }
    Double pooled = priors.get(rule + "\u0001" + POOLED);
    // A rule never seen with this source still moves with its family's offset for that source.
    Double bySource = source == null ? null : families.get(family + "\u0001" + source);
    if (pooled != null && bySource == null) {
      return pooled;
    }
    double logit = pooled != null ? Confidence.logit(pooled)
        : Confidence.logit(handPrior) + families.getOrDefault(family, 0.0);
    return Confidence.sigmoid(logit + (bySource == null ? 0 : bySource));
  }

  /** An evidence weight: fitted, or the hand-set one when the data had none of it. */
  public double weight(String name, double hand) {
    return weights.getOrDefault(name, hand);
  }

  /**
   * A finding's calibrated confidence from its prior and the log-odds its evidence and document add:
   * their sum passed through the final map (rounded and clipped as every confidence is). With no
   * final map this is {@link Confidence#combine}.
   */
  public double confidence(double prior, double logOdds) {
    return Confidence.combine(0.5, intercept + slope * (Confidence.logit(prior) + logOdds));
  }

  /** What the document's features add to a finding of this family, in log-odds. */
  public double documentShift(String family, DocumentFeatures d) {
    double[] w = document.get(family);
    if (w == null) {
      return 0;
    }
    double[] x = d.values();
    double s = 0;
    for (int k = 0; k < w.length; k++) {
      s += w[k] * x[k];
    }
    return s;
  }

  /**
   * The highest prior a rule can start from with the most favourable source and document: a rule
   * that cannot reach the display threshold even so need not run.
   */
  public double upperBound(String rule, String family, double handPrior) {
    return upperBound(rule, family, handPrior, 0);
  }

  /** The same, with the most favourable evidence the rule can name (log-odds) added before the final map. */
  public double upperBound(String rule, String family, double handPrior, double evidence) {
    double best = prior(rule, family, handPrior, null);
    String prefix = rule + "\u0001";
    for (Map.Entry<String, Double> e : priors.entrySet()) {
      if (e.getKey().startsWith(prefix)) {
        best = Math.max(best, e.getValue());
      }
    }
    double[] w = document.get(family);
    double shift = 0;
    if (w != null) {
      for (int k = 0; k < w.length; k++) {
        shift += Math.max(0, w[k] * DocumentFeatures.MAX[k]);
      }
    }
    // The final map is increasing (its slope is fitted positive), so it keeps the bound a bound.
    return Confidence.sigmoid(intercept + slope * (Confidence.logit(best) + shift + evidence));
  }
}
