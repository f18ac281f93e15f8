package dev.calque.rule;

/**
 * Combines a rule's prior precision with context evidence in log-odds space: each piece of evidence
 * adds its weight (positive: more likely an error; negative: less). Keeps results inside (0.01, 0.99)
 * because no heuristic rule is ever certain.
 */
public final class Confidence {
  private Confidence() {
  }

  public static double logit(double p) {
    double q = Math.min(0.999, Math.max(0.001, p));
    return Math.log(q / (1 - q));
  }

  public static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  /** The prior moved by the summed evidence weights (log-odds). */
  public static double combine(double prior, double evidence) {
    double p = sigmoid(logit(prior) + evidence);
    return round(Math.min(0.99, Math.max(0.01, p)));
  }

  /** Confidence of the i-th suggestion (0-based): alternatives after the first are less likely the fix. */
  public static double forSuggestion(double findingConfidence, int rank) {
    return round(findingConfidence * Math.max(0.3, 1 - 0.15 * rank));
  }

  public static double round(double p) {
    return Math.round(p * 100) / 100.0;
  }
}
