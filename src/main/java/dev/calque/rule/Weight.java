package dev.calque.rule;

import java.util.ArrayList;
import java.util.List;

/**
 * One piece of context evidence a rule weighs: its name in rules/evidence.yaml and its log-odds
 * weight. A finding keeps the names of those that applied, so calibration can fit each weight.
 */
public record Weight(String name, double value) {
  /** The weights that apply, those given as null left out (a condition that did not hold). */
  public static List<Weight> applied(Weight... weights) {
    List<Weight> out = new ArrayList<>(weights.length);
    for (Weight w : weights) {
      if (w != null) {
        out.add(w);
      }
    }
    return out;
  }

  /** Their summed log-odds. */
  public static double sum(List<Weight> weights) {
    double s = 0;
    for (Weight w : weights) {
      s += w.value();
    }
    return s;
  }

  /** Their names, in order. */
  public static List<String> names(List<Weight> weights) {
    return weights.stream().map(Weight::name).toList();
  }
}
