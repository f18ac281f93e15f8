package dev.calque.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import dev.calque.rule.Confidence;

/**
 * Fits a calibration table from observations, by shrinkage in log-odds (a hierarchical logistic
 * model fitted at its posterior mode):
 *
 * <pre>
 * logit P(supported) = logit(hand-set prior) + family + family×source + rule + rule×source
 *                      + Σ evidence weights named + Σ family×document feature · value
 * </pre>
 *
 * Each term has a normal prior centred on "no change" (an evidence weight's on its hand-set value),
 * so a rule seen a few times moves little from its family, a family seen a few times little from the
 * hand-set priors, and a source language with little data little from the pooled rule or family
 * (a family's offset for a source has its own width, chosen as the others are). The prior
 * widths are one scale (family terms and evidence weights that scale, rule terms half of it, source
 * terms a quarter: the finer the term, the more data it needs to move) chosen from {0.25, 0.5, 1, 2},
 * and the document terms' and the per-source family offsets' widths relative to it, chosen from the
 * same four, all by two-fold
 * cross-validation inside the fitting rows: the empirical-Bayes step, done by held-in likelihood rather than by moments because the
 * terms overlap (a finding belongs to a rule, a family and several evidence weights at once), which a
 * beta-binomial per rule cannot express. Only rows outside the held-out split are fitted.
 *
 * <p>Deterministic: parameters are visited in sorted order and observations in the order given.
 */
public final class Fit {
  static final double[] SCALES = {0.25, 0.5, 1, 2};
  private static final int SWEEPS = 300;
  /**
   * Prior widths of the document terms, relative to the scale, chosen with it: how far the kind of
   * text may move a family is learned from the data, not fixed in advance.
   */
  static final double[] DOCUMENT_WIDTHS = {0.25, 0.5, 1, 2};
  /**
   * Prior widths of a family's offset for one source language, relative to the scale, chosen with it:
   * how far text from one language may move a family from the pooled offset is learned too.
   */
  static final double[] SOURCE_WIDTHS = {0.25, 0.5, 1, 2};

  /** A parameter: what it is, its prior mean and its prior width relative to the scale. */
  private record Param(String kind, String key, String detail, double mean, double width) {
  }

  private final List<Param> params = new ArrayList<>();
  private final Map<String, Integer> index = new TreeMap<>();
  private final List<Observation> rows;
  /** Families with an unsupported observation: only they get family and document terms. */
  private final Set<String> twoSided = new TreeSet<>();
  private final int[][] members;
  private final double[][] values;
  private final double[] offset;
  private final double[] theta;

  private Fit(List<Observation> rows, ToDoubleFunction<String> handWeight) {
    this.rows = rows;
    // Collect the parameters in sorted order, then give each observation its terms.
    Map<String, int[]> outcomes = new TreeMap<>();
    for (Observation o : rows) {
      outcomes.computeIfAbsent(o.family(), k -> new int[2])[o.supported() ? 1 : 0]++;
    }
    outcomes.forEach((family, n) -> {
      if (n[0] > 0) {
        twoSided.add(family);
      }
    });
    Map<String, Param> sorted = new TreeMap<>();
    for (Observation o : rows) {
      for (Param p : terms(o, handWeight, twoSided)) {
        sorted.putIfAbsent(p.kind() + "\u0001" + p.key() + "\u0001" + p.detail(), p);
      }
    }
    for (Map.Entry<String, Param> e : sorted.entrySet()) {
      index.put(e.getKey(), params.size());
      params.add(e.getValue());
    }
    List<List<int[]>> byParam = new ArrayList<>();
    List<List<Double>> xs = new ArrayList<>();
    for (int j = 0; j < params.size(); j++) {
      byParam.add(new ArrayList<>());
      xs.add(new ArrayList<>());
    }
    offset = new double[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      Observation o = rows.get(i);
      offset[i] = Confidence.logit(o.handPrior());
      double[] x = o.features().values();
      for (Param p : terms(o, handWeight, twoSided)) {
        int j = index.get(p.kind() + "\u0001" + p.key() + "\u0001" + p.detail());
        double v = p.kind().equals("document") ? x[DocumentFeatures.NAMES.indexOf(p.detail())] : 1;
        byParam.get(j).add(new int[] {i});
        xs.get(j).add(v);
      }
    }
    members = new int[params.size()][];
    values = new double[params.size()][];
    for (int j = 0; j < params.size(); j++) {
      members[j] = byParam.get(j).stream().mapToInt(a -> a[0]).toArray();
      values[j] = xs.get(j).stream().mapToDouble(Double::doubleValue).toArray();
    }
    theta = new double[params.size()];
    for (int j = 0; j < params.size(); j++) {
      theta[j] = params.get(j).mean();
    }
  }

  /**
   * The terms an observation has (document terms only for features that are not zero). A family
   * whose observations are all supported gets no family or document term: such families come from
   * the project's own corpus, where every labelled finding is an artifact written on purpose, and an
   * offset learnt there would lift every rule of the family, house-style rules that are off by
   * default included, on text where nobody measured them. (All-unsupported families come from
   * MQM and clean text, real alarms on real text, and keep their terms.)
   */
  private static List<Param> terms(Observation o, ToDoubleFunction<String> handWeight, Set<String> twoSided) {
    List<Param> t = new ArrayList<>();
    boolean family = twoSided.contains(o.family());
    if (family) {
      t.add(new Param("family", o.family(), CalibrationTable.POOLED, 0, 1));
      if (!o.source().equals(CalibrationTable.POOLED)) {
        t.add(new Param("family", o.family(), o.source(), 0, Double.NaN)); // width: chosen, see SOURCE_WIDTHS
      }
    }
    t.add(new Param("rule", o.rule(), CalibrationTable.POOLED, 0, 0.5));
    if (!o.source().equals(CalibrationTable.POOLED)) {
      t.add(new Param("rule", o.rule(), o.source(), 0, 0.25));
    }
    for (String e : o.evidence()) {
      t.add(new Param("evidence", e, CalibrationTable.POOLED, handWeight.applyAsDouble(e), 1));
    }
    double[] x = o.features().values();
    for (int k = 0; k < x.length; k++) {
      if (family && x[k] != 0 && fitted(k, o.family())) {
        t.add(new Param("document", o.family(), DocumentFeatures.NAMES.get(k), 0, 1));
      }
    }
    return t;
  }

  /**
   * Whether a document feature gets a weight. "source-unknown" does not: a source is given only in
   * the project's own corpus, whose labelled findings are nearly all real, so its weight would learn
   * "not that corpus" and mark down every text a user checks without naming a source (it did:
   * -1.8 for repetitions). "names" is fitted only for the name families,
   * whose alarms it bears on (an unknown capitalised word is likelier a mangled name in a text with
   * few names); for the others it tells the data sets apart rather than raw from edited text (clean
   * news has 1.1 capitalised words per 10, the TED talks 0.2), so it learnt "news is clean" (-2.2
   * for repetitions) and sank a doubled "of of" in a short news sentence to 0.15. "source-inferred" is fitted:
   * inference happens in every data set.
   */
  private static boolean fitted(int feature, String family) {
    String name = DocumentFeatures.NAMES.get(feature);
    return !name.equals("source-unknown") && (!name.equals("names") || family.endsWith(".names"));
  }

  /** Posterior mode by coordinate-wise Newton steps. */
  private void run(double scale, double documentWidth, double sourceWidth) {
    double[] eta = new double[rows.size()];
    for (int i = 0; i < eta.length; i++) {
      eta[i] = offset[i];
    }
    for (int j = 0; j < params.size(); j++) {
      for (int m = 0; m < members[j].length; m++) {
        eta[members[j][m]] += values[j][m] * theta[j];
      }
    }
    for (int sweep = 0; sweep < SWEEPS; sweep++) {
      double largest = 0;
      for (int j = 0; j < params.size(); j++) {
        Param p = params.get(j);
        double width = p.kind().equals("document") ? documentWidth : Double.isNaN(p.width()) ? sourceWidth : p.width();
        double tau2 = Math.pow(scale * width, 2);
        double g = -(theta[j] - p.mean()) / tau2;
        double h = 1 / tau2;
        for (int m = 0; m < members[j].length; m++) {
          int i = members[j][m];
          double x = values[j][m];
          double q = Confidence.sigmoid(eta[i]);
          g += x * ((rows.get(i).supported() ? 1 : 0) - q);
          h += x * x * q * (1 - q);
        }
        double step = Math.max(-2, Math.min(2, g / h));
        theta[j] += step;
        for (int m = 0; m < members[j].length; m++) {
          eta[members[j][m]] += values[j][m] * step;
        }
        largest = Math.max(largest, Math.abs(step));
      }
      if (largest < 1e-7) {
        break;
      }
    }
  }

  private double theta(String kind, String key, String detail) {
    Integer j = index.get(kind + "\u0001" + key + "\u0001" + detail);
    return j == null ? 0 : theta[j];
  }

  /** The fitted table of this fit, its comments first (no final map). */
  private CalibrationTable table(List<String> comments) {
    return table(comments, null, List.of());
  }

  /** The fitted table of this fit, its comments first, with the final map fitted on these cross-fitted rows. */
  private CalibrationTable table(List<String> comments, FinalMap map, List<double[]> crossFitted) {
    Map<String, int[]> counts = new TreeMap<>();
    Map<String, Double> hand = new TreeMap<>();
    for (Observation o : rows) {
      int y = o.supported() ? 1 : 0;
      count(counts, "family\u0001" + o.family() + "\u0001" + CalibrationTable.POOLED, y);
      if (twoSided.contains(o.family()) && !o.source().equals(CalibrationTable.POOLED)) {
        count(counts, "family\u0001" + o.family() + "\u0001" + o.source(), y);
      }
      count(counts, "rule\u0001" + o.rule() + "\u0001" + CalibrationTable.POOLED, y);
      if (!o.source().equals(CalibrationTable.POOLED)) {
        count(counts, "rule\u0001" + o.rule() + "\u0001" + o.source(), y);
      }
      for (String e : o.evidence()) {
        count(counts, "evidence\u0001" + e + "\u0001" + CalibrationTable.POOLED, y);
      }
      double[] x = o.features().values();
      for (int k = 0; k < x.length; k++) {
        if (x[k] != 0 && fitted(k, o.family())) {
          count(counts, "document\u0001" + o.family() + "\u0001" + DocumentFeatures.NAMES.get(k), y);
        }
      }
      hand.putIfAbsent(o.rule(), Confidence.logit(o.handPrior()));
    }
    Map<String, String> familyOf = new TreeMap<>();
    rows.forEach(o -> familyOf.putIfAbsent(o.rule(), o.family()));
    List<CalibrationTable.Entry> entries = new ArrayList<>();
    for (Map.Entry<String, int[]> c : counts.entrySet()) {
      String[] k = c.getKey().split("\u0001");
      int n = c.getValue()[0];
      int s = c.getValue()[1];
      double v = theta(k[0], k[1], k[2]);
      switch (k[0]) {
        case "family" -> entries.add(new CalibrationTable.Entry("family", k[1], k[2], n, s, v));
        case "rule" -> {
          double logit = hand.get(k[1]) + theta("family", familyOf.get(k[1]), CalibrationTable.POOLED)
              + theta("rule", k[1], CalibrationTable.POOLED)
              + (k[2].equals(CalibrationTable.POOLED) ? 0 : v + theta("family", familyOf.get(k[1]), k[2]));
          entries.add(new CalibrationTable.Entry("prior", k[1], k[2], n, s, Confidence.sigmoid(logit)));
        }
        case "evidence" -> entries.add(new CalibrationTable.Entry("evidence", k[1], k[2], n, s, v));
        default -> {
          if (Math.abs(v) >= 0.0005) {
            entries.add(new CalibrationTable.Entry("document", k[1], k[2], n, s, v));
          }
        }
      }
    }
    if (map != null && !map.equals(FinalMap.IDENTITY) && !crossFitted.isEmpty()) {
      int supported = (int) crossFitted.stream().filter(r -> r[1] == 1).count();
      entries.add(new CalibrationTable.Entry("final", CalibrationTable.FINAL_INTERCEPT, CalibrationTable.POOLED,
          crossFitted.size(), supported, map.intercept()));
      entries.add(new CalibrationTable.Entry("final", CalibrationTable.FINAL_SLOPE, CalibrationTable.POOLED,
          crossFitted.size(), supported, map.slope()));
    }
    entries.sort(java.util.Comparator.comparing((CalibrationTable.Entry e) -> order(e.kind()))
        .thenComparing(CalibrationTable.Entry::key).thenComparing(CalibrationTable.Entry::detail));
    return new CalibrationTable(comments, entries);
  }

  private static int order(String kind) {
    return List.of("prior", "family", "evidence", "document", "final").indexOf(kind);
  }

  private static void count(Map<String, int[]> counts, String key, int y) {
    int[] c = counts.computeIfAbsent(key, k -> new int[2]);
    c[0]++;
    c[1] += y;
  }

  /** Mean log loss of a table's predictions on observations. */
  static double logLoss(CalibrationTable t, List<Observation> obs, ToDoubleFunction<String> handWeight) {
    double sum = 0;
    for (Observation o : obs) {
      double p = Math.min(1 - 1e-6, Math.max(1e-6, predict(t, o, handWeight)));
      sum -= o.supported() ? Math.log(p) : Math.log(1 - p);
    }
    return obs.isEmpty() ? 0 : sum / obs.size();
  }

  /** The confidence the engine would give an observation under a table (as Recalibration computes it). */
  public static double predict(CalibrationTable t, Observation o, ToDoubleFunction<String> handWeight) {
    String source = o.source().equals(CalibrationTable.POOLED) ? null : o.source();
    return t.confidence(t.prior(o.rule(), o.family(), o.handPrior(), source), evidence(t, o, handWeight));
  }

  /** What the document and the evidence add to an observation's prior under a table, in log-odds. */
  private static double evidence(CalibrationTable t, Observation o, ToDoubleFunction<String> handWeight) {
    double logOdds = t.documentShift(o.family(), o.features());
    for (String e : o.evidence()) {
      logOdds += t.weight(e, handWeight.applyAsDouble(e));
    }
    return logOdds;
  }

  /** An observation's summed log-odds under a table, before the final map and unrounded. */
  static double logOdds(CalibrationTable t, Observation o, ToDoubleFunction<String> handWeight) {
    String source = o.source().equals(CalibrationTable.POOLED) ? null : o.source();
    return Confidence.logit(t.prior(o.rule(), o.family(), o.handPrior(), source)) + evidence(t, o, handWeight);
  }

  /**
   * The table fitted on the observations outside the held-out split, its shrinkage scale chosen by
   * two-fold cross-validation among them; the comments describe the data and the choice.
   */
  public static CalibrationTable fit(String language, List<Observation> all, ToDoubleFunction<String> handWeight) {
    return fitted(language, all, handWeight).table();
  }

  /**
   * A fitted table, and each fitting row's confidence from the fold model that did not see it (two
   * folds, the chosen prior widths, no final map), judged in its unit: with the held-out rows, every
   * labelled row predicted by a model that never saw it.
   */
  public record Fitted(CalibrationTable table, List<Reliability.Outcome> crossFitted) {
  }

  /** {@link #fit}, with the fitting rows' cross-fitted confidences. */
  public static Fitted fitted(String language, List<Observation> all, ToDoubleFunction<String> handWeight) {
    List<Observation> fitting = all.stream().filter(o -> !o.heldOut()).toList();
    double bestScale = SCALES[0];
    double bestWidth = DOCUMENT_WIDTHS[0];
    double bestSource = SOURCE_WIDTHS[0];
    double bestLoss = Double.POSITIVE_INFINITY;
    List<String> cv = new ArrayList<>();
    for (double source : SOURCE_WIDTHS) {
      for (double scale : SCALES) {
        for (double width : DOCUMENT_WIDTHS) {
          double loss = heldInLoss(fitting, handWeight, scale, width, source);
          cv.add(String.format(Locale.ROOT, "%s/%s/%s: %.4f", fmt(scale), fmt(width), fmt(source), loss));
          if (loss < bestLoss - 1e-12) {
            bestLoss = loss;
            bestScale = scale;
            bestWidth = width;
            bestSource = source;
          }
        }
      }
    }
    Map<String, int[]> sets = new TreeMap<>();
    for (Observation o : all) {
      int[] c = sets.computeIfAbsent(o.set(), k -> new int[4]);
      c[o.heldOut() ? 2 : 0]++;
      c[o.heldOut() ? 3 : 1] += o.supported() ? 1 : 0;
    }
    List<String> comments = new ArrayList<>();
    comments.add("# Calibration of calque's confidence for target language " + language
        + ", fitted by `calque calibrate`; do not edit (README, \"Confidence\").");
    comments.add("# Data: candidate findings (observations fitted / supported; held out / supported):");
    sets.forEach((s, c) -> comments.add(String.format(Locale.ROOT, "#   %s: %d / %d; %d / %d", s, c[0], c[1], c[2],
        c[3])));
    comments.add("# Shrinkage scale " + fmt(bestScale) + ", document terms " + fmt(bestWidth)
        + " of it, family offsets per source " + fmt(bestSource)
        + " of it (two-fold held-in log loss, scale/document width/source width:");
    for (int i = 0; i < cv.size(); i += 4) {
      comments.add("#   " + String.join(", ", cv.subList(i, Math.min(cv.size(), i + 4))) + (i + 4 >= cv.size() ? ")." : ""));
    }
    // The final map: Platt scaling on each fitting row's log-odds from the fold model that did not see it.
    List<double[]> crossFitted = new ArrayList<>();
    List<Reliability.Outcome> outcomes = new ArrayList<>();
    List<List<double[]>> byFold = List.of(new ArrayList<>(), new ArrayList<>());
    for (int fold = 0; fold < 2; fold++) {
      int k = fold;
      List<Observation> in = fitting.stream().filter(o -> HeldOut.fold(o.set(), o.unit()) != k).toList();
      Fit f = new Fit(in, handWeight);
      f.run(bestScale, bestWidth, bestSource);
      CalibrationTable t = f.table(List.of());
      for (Observation o : fitting) {
        if (HeldOut.fold(o.set(), o.unit()) == k) {
          double[] row = {logOdds(t, o, handWeight), o.supported() ? 1 : 0};
          crossFitted.add(row);
          byFold.get(k).add(row);
          outcomes.add(new Reliability.Outcome(Confidence.sigmoid(row[0]), o.supported(), o.set() + "/" + o.unit()));
        }
      }
    }
    FinalMap fitted = FinalMap.fit(crossFitted);
    double[] check = FinalMap.transfer(byFold.get(0), byFold.get(1));
    FinalMap map = check[1] < check[0] ? fitted : FinalMap.IDENTITY;
    comments.add(String.format(Locale.ROOT, "# Final map: logit(confidence) = %.3f + %.3f x summed log-odds (Platt "
        + "scaling of the %d fitting rows' cross-fitted log-odds, each from the fold model that did not see it;",
        fitted.intercept(), fitted.slope(), crossFitted.size()));
    comments.add(String.format(Locale.ROOT, "#   normal priors of width %s around 0 and 1), %s: fitted on one fold's "
        + "rows it takes the other fold's log loss from %.4f to %.4f.", fmt(FinalMap.WIDTH),
        map == fitted ? "kept" : "not kept (identity)", check[0], check[1]));
    comments.add("# kind\tkey\tdetail\tobservations\tsupported\tvalue (prior: a probability; family, evidence, "
        + "document, final: log-odds)");
    Fit f = new Fit(fitting, handWeight);
    f.run(bestScale, bestWidth, bestSource);
    return new Fitted(f.table(comments, map, crossFitted), outcomes);
  }

  /** Two-fold held-in log loss of these prior widths, counted per row. */
  private static double heldInLoss(List<Observation> fitting, ToDoubleFunction<String> handWeight, double scale,
      double width, double source) {
    double loss = 0;
    int n = 0;
    for (int fold = 0; fold < 2; fold++) {
      int k = fold;
      List<Observation> in = fitting.stream().filter(o -> HeldOut.fold(o.set(), o.unit()) != k).toList();
      List<Observation> out = fitting.stream().filter(o -> HeldOut.fold(o.set(), o.unit()) == k).toList();
      Fit f = new Fit(in, handWeight);
      f.run(scale, width, source);
      loss += logLoss(f.table(List.of()), out, handWeight) * out.size();
      n += out.size();
    }
    return n == 0 ? 0 : loss / n;
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? String.valueOf((int) v) : String.valueOf(v);
  }
}
