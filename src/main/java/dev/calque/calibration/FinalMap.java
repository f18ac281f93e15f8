package dev.calque.calibration;

import java.util.List;
import dev.calque.rule.Confidence;

/**
 * The last step of a language's calibration: one increasing map of the summed log-odds,
 * {@code logit(confidence) = intercept + slope * z} (Platt scaling). The shrinkage model keeps every
 * term near its hand-set value, so its confidences come out too timid where the data is plentiful and
 * too sure where it is thin; no single rule or family shows that, the whole scale does. The map is
 * fitted on cross-fitted log-odds (each fitting row scored by the fold model that did not see it), so
 * it corrects how the model does on rows it did not fit rather than rewarding its fit to its own rows.
 * Being increasing, it never reorders findings: precision at a rate is what the model gave. It is
 * kept only when, fitted on one fold's cross-fitted rows, it lowers the other fold's log loss
 * ({@link #transfer}); otherwise the table has none (the identity).
 *
 * @param intercept added in log-odds
 * @param slope multiplies the model's log-odds; kept at or above {@link #MIN_SLOPE}
 */
record FinalMap(double intercept, double slope) {
  /** Width of the normal priors around "no change" (intercept 0, slope 1): a language with few rows stays near it. */
  static final double WIDTH = 1;
  /** The map must stay increasing. */
  static final double MIN_SLOPE = 0.1;
  private static final int ITERATIONS = 100;

  static final FinalMap IDENTITY = new FinalMap(0, 1);

  /** The posterior mode by Newton's method on rows of {z, outcome (0 or 1)}; identity without rows. */
  static FinalMap fit(List<double[]> rows) {
    if (rows.isEmpty()) {
      return IDENTITY;
    }
    double a = 0;
    double b = 1;
    double prec = 1 / (WIDTH * WIDTH);
    for (int it = 0; it < ITERATIONS; it++) {
      double ga = -a * prec;
      double gb = -(b - 1) * prec;
      double haa = prec;
      double hab = 0;
      double hbb = prec;
      for (double[] r : rows) {
        double q = Confidence.sigmoid(a + b * r[0]);
        double w = q * (1 - q);
        ga += r[1] - q;
        gb += (r[1] - q) * r[0];
        haa += w;
        hab += w * r[0];
        hbb += w * r[0] * r[0];
      }
      double det = haa * hbb - hab * hab;
      double da = (hbb * ga - hab * gb) / det;
      double db = (haa * gb - hab * ga) / det;
      a += da;
      b = Math.max(MIN_SLOPE, b + db);
      if (Math.abs(da) < 1e-10 && Math.abs(db) < 1e-10) {
        break;
      }
    }
    return new FinalMap(a, b);
  }

  /**
   * Whether a map carries over to rows it was not fitted on: the log loss of each fold's rows as they
   * are and under the map fitted on the other fold's, over both folds together ({before, after}).
   * The map is kept only when it lowers it: fitted on one set of rows it always looks better there.
   */
  static double[] transfer(List<double[]> a, List<double[]> b) {
    FinalMap onA = fit(a);
    FinalMap onB = fit(b);
    double n = a.size() + b.size();
    if (n == 0) {
      return new double[] {0, 0};
    }
    double before = (logLoss(a, 0, 1) * a.size() + logLoss(b, 0, 1) * b.size()) / n;
    double after = (logLoss(a, onB.intercept, onB.slope) * a.size() + logLoss(b, onA.intercept, onA.slope) * b.size())
        / n;
    return new double[] {before, after};
  }

  /** Mean log loss of rows under a map (confidences clipped as the engine clips them). */
  static double logLoss(List<double[]> rows, double intercept, double slope) {
    double sum = 0;
    for (double[] r : rows) {
      double p = Math.min(0.99, Math.max(0.01, Confidence.sigmoid(intercept + slope * r[0])));
      sum -= r[1] == 1 ? Math.log(p) : Math.log(1 - p);
    }
    return rows.isEmpty() ? 0 : sum / rows.size();
  }
}
