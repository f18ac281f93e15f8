package dev.calque.calibration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How well confidences match outcomes: a reliability table (ten bins of confidence, each with its
 * findings, their mean confidence and the share supported), the expected calibration error (the
 * bins' gaps between mean confidence and share supported, weighted by their findings), and precision
 * when findings are ranked by confidence and only the top so many per 1,000 words are kept.
 */
public final class Reliability {
  /**
   * A finding's confidence, whether it was supported, and the unit it was judged in (an MQM source
   * segment, whose translations by every system share raters' habits and often the same alarm); null
   * when each finding is a unit of its own.
   */
  public record Outcome(double confidence, boolean supported, String unit) {
    public Outcome(double confidence, boolean supported) {
      this(confidence, supported, null);
    }
  }

  /** Resamples {@link #eceInterval()} draws; fixed, with its seed, so a report is the same on every run. */
  static final int RESAMPLES = 1000;
  private static final long SEED = 0x5eed_ca1bL;

  /** One bin of the reliability table: [from, to) of confidence. */
  public record Bin(double from, double to, int findings, double meanConfidence, double supported) {
  }

  public static final int BINS = 10;

  private final List<Outcome> outcomes;

  public Reliability(List<Outcome> outcomes) {
    this.outcomes = List.copyOf(outcomes);
  }

  public int size() {
    return outcomes.size();
  }

  public List<Bin> bins() {
    List<Bin> out = new ArrayList<>();
    for (int b = 0; b < BINS; b++) {
      double from = b / (double) BINS;
      double to = (b + 1) / (double) BINS;
      int n = 0;
      double conf = 0;
      int hits = 0;
      for (Outcome o : outcomes) {
        int bin = Math.min(BINS - 1, (int) Math.floor(o.confidence() * BINS));
        if (bin == b) {
          n++;
          conf += o.confidence();
          hits += o.supported() ? 1 : 0;
        }
      }
      out.add(new Bin(from, to, n, n == 0 ? 0 : conf / n, n == 0 ? 0 : hits / (double) n));
    }
    return out;
  }

  /** Expected calibration error over the ten bins. */
  public double ece() {
    if (outcomes.isEmpty()) {
      return 0;
    }
    double e = 0;
    for (Bin b : bins()) {
      e += b.findings() * Math.abs(b.meanConfidence() - b.supported());
    }
    return e / outcomes.size();
  }

  /**
   * A 90% interval for {@link #ece()} (its 5th and 95th percentiles over {@value #RESAMPLES} resamples of
   * the units with replacement, each unit with all its findings): how far the error could move on
   * other segments of the same kind. Findings of one unit rise and fall together, so resampling them
   * one by one would make a few hundred findings from a few dozen segments look surer than they are.
   */
  public double[] eceInterval() {
    if (outcomes.isEmpty()) {
      return new double[] {0, 0};
    }
    java.util.Map<Object, List<Outcome>> byUnit = new java.util.LinkedHashMap<>();
    for (int i = 0; i < outcomes.size(); i++) {
      Outcome o = outcomes.get(i);
      byUnit.computeIfAbsent(o.unit() == null ? Integer.valueOf(i) : o.unit(), k -> new ArrayList<>()).add(o);
    }
    List<List<Outcome>> units = new ArrayList<>(byUnit.values());
    java.util.SplittableRandom random = new java.util.SplittableRandom(SEED);
    double[] draws = new double[RESAMPLES];
    for (int r = 0; r < RESAMPLES; r++) {
      List<Outcome> sample = new ArrayList<>(outcomes.size());
      for (int u = 0; u < units.size(); u++) {
        sample.addAll(units.get(random.nextInt(units.size())));
      }
      draws[r] = new Reliability(sample).ece();
    }
    java.util.Arrays.sort(draws);
    return new double[] {draws[(int) (0.05 * RESAMPLES)], draws[(int) (0.95 * RESAMPLES) - 1]};
  }

  /** The error with its interval, as reports print it: "0.052 (90% interval 0.031–0.104 over 151 units)". */
  public String eceWithInterval(String unitName) {
    double[] i = eceInterval();
    long units = outcomes.stream().map(o -> o.unit() == null ? new Object() : o.unit()).distinct().count();
    return String.format(Locale.ROOT, "%.3f (90%% interval %.3f–%.3f over %d %s)", ece(), i[0], i[1], units,
        units == 1 ? unitName.replaceAll("s$", "") : unitName);
  }

  /** Share supported among findings at or above a confidence; NaN when there are none. */
  public double precisionAtLeast(double threshold) {
    int n = 0;
    int hits = 0;
    for (Outcome o : outcomes) {
      if (o.confidence() >= threshold) {
        n++;
        hits += o.supported() ? 1 : 0;
      }
    }
    return n == 0 ? Double.NaN : hits / (double) n;
  }

  public int countAtLeast(double threshold) {
    return (int) outcomes.stream().filter(o -> o.confidence() >= threshold).count();
  }

  /**
   * Share supported among the most confident findings, as many as {@code perThousand} per 1,000 of
   * the given words (ties at the cut broken by the order found); NaN when there are none.
   */
  public double precisionAtRate(double perThousand, long words) {
    int k = (int) Math.min(outcomes.size(), Math.round(perThousand * words / 1000.0));
    if (k == 0) {
      return Double.NaN;
    }
    List<Outcome> ranked = new ArrayList<>(outcomes);
    ranked.sort(Comparator.comparingDouble(Outcome::confidence).reversed());
    int hits = 0;
    for (int i = 0; i < k; i++) {
      hits += ranked.get(i).supported() ? 1 : 0;
    }
    return hits / (double) k;
  }

  /** The reliability table as text, one bin a line. */
  public String table() {
    StringBuilder b = new StringBuilder("  confidence   findings  mean confidence  supported\n");
    for (Bin bin : bins()) {
      if (bin.findings() > 0) {
        b.append(String.format(Locale.ROOT, "  %.1f–%.1f %10d %16.3f %10.3f%n", bin.from(), bin.to(), bin.findings(),
            bin.meanConfidence(), bin.supported()));
      }
    }
    return b.toString();
  }
}
