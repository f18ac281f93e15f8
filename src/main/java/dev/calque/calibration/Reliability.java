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
  /** A finding's confidence and whether it was supported. */
  public record Outcome(double confidence, boolean supported) {
  }

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
