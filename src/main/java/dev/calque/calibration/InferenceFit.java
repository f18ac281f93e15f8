package dev.calque.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import dev.calque.engine.SourceTally;
import dev.calque.language.LanguageProfile;

/**
 * Fits each pair's source-inference thresholds on the fitting documents: the thresholds that
 * recognise most of the pair's own documents (the share recognised in each report group, summed
 * over its groups, so each way of reading text counts alike; sentences read alone are reported but
 * not aimed at) while no document, of any label, is taken for a source
 * it was not translated from (precision first: a single false inference on the fitting documents
 * rules a setting out). Pairs of one target compete for the same documents, so they are fitted in
 * turn (coordinate ascent from the strictest setting for all, in source order, until no pair
 * changes). Among settings as good for the pair, the one recognising most documents of all pairs
 * wins, then the stricter: more distinct artifacts, then more specific ones, then a higher confidence.
 * The length term (SourceInference.MIN_PER_THOUSAND_WORDS, MAX_FOR_LENGTH) is kept as it is.
 */
public final class InferenceFit {
  /** Distinct artifacts tried: one to the length term's cap. */
  static final int MAX_EVIDENCE = 6;
  /** Specific artifacts tried (never more than the distinct ones). */
  static final int MAX_SPECIFIC = 4;
  /** Confidences a finding may need to count, from 0.50 to 0.95 by 0.05. */
  static final double[] CONFIDENCES = {0.50, 0.55, 0.60, 0.65, 0.70, 0.75, 0.80, 0.85, 0.90, 0.95};
  private static final int MAX_ROUNDS = 20;

  private InferenceFit() {
  }

  /** Every setting tried, strictest first. */
  static List<LanguageProfile.SourceInference> grid() {
    List<LanguageProfile.SourceInference> all = new ArrayList<>();
    for (int e = MAX_EVIDENCE; e >= 1; e--) {
      for (int s = Math.min(e, MAX_SPECIFIC); s >= 1; s--) {
        for (int c = CONFIDENCES.length - 1; c >= 0; c--) {
          all.add(new LanguageProfile.SourceInference(e, CONFIDENCES[c], s));
        }
      }
    }
    return all;
  }

  /** Whether a is stricter than b (more distinct artifacts, then more specific, then a higher confidence). */
  static int strictness(LanguageProfile.SourceInference a, LanguageProfile.SourceInference b) {
    int c = Integer.compare(a.minEvidence(), b.minEvidence());
    if (c == 0) {
      c = Integer.compare(a.minSpecific(), b.minSpecific());
    }
    return c != 0 ? c : Double.compare(a.evidenceConfidence(), b.evidenceConfidence());
  }

  /** The source a document's evidence infers under these thresholds (null: unknown), as the engine decides. */
  public static String decide(InferenceObservation d, Map<String, LanguageProfile.SourceInference> thresholds) {
    SourceTally tally = new SourceTally(thresholds::get, d.words());
    for (List<SourceTally.Evidence> w : d.windows()) {
      if (tally.add(w) != null) {
        break;
      }
    }
    return tally.language();
  }

  /**
   * How a setting does on the fitting documents: per source, the share of its own documents
   * recognised in each report group (a sentence alone, a group of sentences, an article, 20 lines
   * of MT, a whole feed...), and the false inferences overall.
   */
  record Score(Map<String, Map<String, int[]>> bySource, int falseInferences) {
    /**
     * The recall of a source's documents averaged over its groups: each way of reading text counts
     * alike, so many short documents do not outvote a handful of feeds. Sentences alone are left out
     * ({@link InferenceDocuments#aimedAt}).
     */
    double recognised(String source) {
      double sum = 0;
      for (Map.Entry<String, int[]> e : bySource.getOrDefault(source, Map.of()).entrySet()) {
        if (InferenceDocuments.aimedAt(e.getKey())) {
          sum += (double) e.getValue()[0] / e.getValue()[1];
        }
      }
      return sum;
    }

    double recognisedAll() {
      double sum = 0;
      for (String s : bySource.keySet()) {
        sum += recognised(s);
      }
      return sum;
    }
  }

  static Score score(List<InferenceObservation> docs, Map<String, LanguageProfile.SourceInference> t) {
    Map<String, Map<String, int[]>> by = new TreeMap<>();
    int falses = 0;
    for (InferenceObservation d : docs) {
      String inferred = decide(d, t);
      if (d.truth() != null && t.containsKey(d.truth())) {
        int[] c = by.computeIfAbsent(d.truth(), k -> new TreeMap<>()).computeIfAbsent(d.group(), k -> new int[2]);
        c[1]++;
        if (d.truth().equals(inferred)) {
          c[0]++;
        }
      }
      if (inferred != null && !inferred.equals(d.truth())) {
        falses++;
      }
    }
    return new Score(by, falses);
  }

  /**
   * Fits the thresholds of these sources into one target on the fitting documents (those of the
   * target not held out), starting from the strictest setting for every source; the other candidate
   * sources keep the fixed thresholds. Returns the thresholds of all of them.
   */
  public static Map<String, LanguageProfile.SourceInference> fit(List<InferenceObservation> fitting, List<String> sources,
      Map<String, LanguageProfile.SourceInference> fixed, Consumer<String> log) {
    List<LanguageProfile.SourceInference> grid = grid();
    Map<String, LanguageProfile.SourceInference> current = new TreeMap<>(fixed);
    sources.forEach(s -> current.put(s, grid.get(0)));
    if (score(fitting, current).falseInferences() > 0) {
      log.accept("even the strictest thresholds infer a wrong source on the fitting documents: inference is fitted "
          + "to the strictest");
      return current;
    }
    for (int round = 1; round <= MAX_ROUNDS; round++) {
      boolean changed = false;
      for (String source : sources) {
        LanguageProfile.SourceInference best = current.get(source);
        Score bestScore = score(fitting, current);
        for (LanguageProfile.SourceInference t : grid) {
          if (t.equals(best)) {
            continue;
          }
          Map<String, LanguageProfile.SourceInference> trial = new TreeMap<>(current);
          trial.put(source, t);
          Score s = score(fitting, trial);
          if (s.falseInferences() == 0 && better(source, s, t, bestScore, best)) {
            best = t;
            bestScore = s;
          }
        }
        if (!best.equals(current.get(source))) {
          current.put(source, best);
          changed = true;
        }
      }
      log.accept(String.format(Locale.ROOT, "inference fit round %d: %s", round, describe(current)));
      if (!changed) {
        break;
      }
    }
    return current;
  }

  private static boolean better(String source, Score s, LanguageProfile.SourceInference t, Score than,
      LanguageProfile.SourceInference thanT) {
    int own = Double.compare(s.recognised(source), than.recognised(source));
    if (own != 0) {
      return own > 0;
    }
    int all = Double.compare(s.recognisedAll(), than.recognisedAll());
    if (all != 0) {
      return all > 0;
    }
    return strictness(t, thanT) > 0;
  }

  static String describe(Map<String, LanguageProfile.SourceInference> t) {
    List<String> parts = new ArrayList<>();
    t.forEach((s, v) -> parts.add(String.format(Locale.ROOT, "%s %d/%d/%.2f", s, v.minEvidence(), v.minSpecific(),
        v.evidenceConfidence())));
    return String.join(", ", parts);
  }

  /** Per report group: documents, and right / unknown / wrong (own pair) or inferred (any source), under t. */
  static Map<String, int[]> byGroup(List<InferenceObservation> docs, Map<String, LanguageProfile.SourceInference> t) {
    Map<String, int[]> out = new TreeMap<>();
    for (InferenceObservation d : docs) {
      String inferred = decide(d, t);
      int[] c = out.computeIfAbsent(d.group(), k -> new int[4]);
      c[0]++;
      if (inferred == null) {
        c[2]++;
      } else if (Objects.equals(inferred, d.truth())) {
        c[1]++;
      } else {
        c[3]++;
      }
    }
    return out;
  }
}
