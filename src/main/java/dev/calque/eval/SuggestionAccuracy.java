package dev.calque.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import dev.calque.calibration.Reliability;
import dev.calque.fix.Fixer;
import dev.calque.rule.Finding;
import dev.calque.rule.Suggestion;

/**
 * Whether suggestions make marked artifacts right. On each found artifact whose mark gives accepted
 * corrections, the best suggestion of the finding on it (of several findings, the one whose best
 * suggestion is most confident, as the fixer prefers) is applied through {@link Fixer}, as calque fix
 * would apply it, and counts as right when the sentence then reads as it does with one of the
 * corrections in place of the span. Comparing whole sentences lets a finding that covers more or less
 * than the mark be judged fairly; only runs of whitespace and the case of the first letter of the
 * change are forgiven. Suggestion confidence is set against the share right in a reliability table,
 * so the reader sees whether 0.9 means nine in ten.
 */
public final class SuggestionAccuracy {
  private final List<Reliability.Outcome> outcomes = new ArrayList<>();
  private final List<String> examples = new ArrayList<>();
  private int marks;
  private int marksWithoutGold;
  private int noSuggestion;
  private int noGold;

  /** Counts a mark of the file, with or without corrections (null: none given). */
  void mark(List<String> corrections) {
    marks++;
    if (corrections == null) {
      marksWithoutGold++;
    }
  }

  /**
   * Judges the suggestion on the k-th artifact of a marked line. {@code on} holds the shown findings
   * that overlap it; spans without a finding (LanguageTool alone) carry no suggestion to judge. A
   * finding that spans several artifacts is one suggestion, judged once (at the first) against the
   * sentence with each of them corrected; {@code judged} holds the line's findings judged so far.
   */
  void judge(Evaluation.Segment line, int k, List<Evaluation.Span> on, Set<Finding> judged) {
    String text = line.text();
    Finding chosen = null;
    boolean any = false;
    for (Evaluation.Span s : on) {
      if (s.finding() == null) {
        continue;
      }
      any = true;
      Suggestion best = s.finding().best();
      if (best != null && (chosen == null || best.confidence() > chosen.best().confidence())) {
        chosen = s.finding();
      }
    }
    if (!any) {
      return;
    }
    if (chosen == null) {
      noSuggestion++;
      return;
    }
    if (!judged.add(chosen)) {
      return;
    }
    List<String> golds = List.of(text);
    for (int i = line.errors().size() - 1; i >= 0; i--) { // from the end, so earlier offsets hold
      Evaluation.Span a = line.errors().get(i);
      if (i != k && !(chosen.start() < a.end() && a.start() < chosen.end())) {
        continue;
      }
      List<String> corrections = line.corrections().get(i);
      if (corrections == null) {
        noGold++;
        return;
      }
      List<String> next = new ArrayList<>();
      for (String g : golds) {
        for (String c : corrections) {
          next.add(g.substring(0, a.start()) + c + g.substring(a.end()));
        }
      }
      golds = next;
    }
    String fixed = Fixer.apply(text, List.of(chosen), 0).text();
    boolean right = golds.stream().anyMatch(g -> sameReading(fixed, g));
    double confidence = chosen.best().confidence();
    outcomes.add(new Reliability.Outcome(confidence, right));
    examples.add(String.format(Locale.ROOT, "%s\t%s\t%.2f\t%s => %s\t%s", right ? "RIGHT" : "WRONG", chosen.ruleId(),
        confidence, text.substring(chosen.start(), chosen.end()), chosen.best().replacement(), fixed));
  }

  /**
   * Whether two sentences read the same: equal once runs of whitespace are one space and the ends
   * trimmed, but for the case of the letter where they first differ when it starts a word (a
   * correction at the start of a sentence, or of a name, may be written either way).
   */
  static boolean sameReading(String a, String b) {
    String x = a.strip().replaceAll("\\s+", " ");
    String y = b.strip().replaceAll("\\s+", " ");
    if (x.equals(y)) {
      return true;
    }
    int p = 0;
    while (p < x.length() && p < y.length() && x.charAt(p) == y.charAt(p)) {
      p++;
    }
    if (p == x.length() || p == y.length() || (p > 0 && Character.isLetterOrDigit(x.charAt(p - 1)))
        || Character.toLowerCase(x.charAt(p)) != Character.toLowerCase(y.charAt(p))) {
      return false;
    }
    return x.substring(p + 1).equals(y.substring(p + 1));
  }

  /** Whether any suggestion or found artifact was counted (a checker with findings, marks with corrections). */
  public boolean judged() {
    return !outcomes.isEmpty() || noSuggestion > 0 || noGold > 0;
  }

  /** Suggestions judged (applied to an artifact with gold corrections). */
  public int offered() {
    return outcomes.size();
  }

  public int right() {
    return (int) outcomes.stream().filter(Reliability.Outcome::supported).count();
  }

  /** Share right among the suggestions at least this confident; NaN when there are none. */
  public double shareRight(double minConfidence) {
    return reliability().precisionAtLeast(minConfidence);
  }

  /** Found artifacts whose findings offer no suggestion. */
  public int withoutSuggestion() {
    return noSuggestion;
  }

  /** Found artifacts with a suggestion but no gold correction: left out of the share right. */
  public int withoutGold() {
    return noGold;
  }

  /** Suggestion confidence against the share right (a bin's "supported" is its share right). */
  public Reliability reliability() {
    return new Reliability(outcomes);
  }

  public List<String> examples() {
    return examples;
  }

  public String summary() {
    Reliability rel = reliability();
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "  suggestions on found artifacts: %d applied, %d right (%s)", offered(), right(),
        percent(offered() == 0 ? Double.NaN : right() / (double) offered())));
    b.append(String.format(Locale.ROOT, "%n  at calque fix's threshold %.2f: %d applied, %d right (%s)",
        Fixer.DEFAULT_THRESHOLD, rel.countAtLeast(Fixer.DEFAULT_THRESHOLD),
        Math.round(rel.countAtLeast(Fixer.DEFAULT_THRESHOLD) * orZero(shareRight(Fixer.DEFAULT_THRESHOLD))),
        percent(shareRight(Fixer.DEFAULT_THRESHOLD))));
    b.append(String.format(Locale.ROOT, "%n  found artifacts with no suggestion %d; with a suggestion but no gold "
        + "correction %d (left out); marks without gold corrections %d of %d", noSuggestion, noGold, marksWithoutGold,
        marks));
    if (!outcomes.isEmpty()) {
      b.append(String.format(Locale.ROOT, "%n  suggestion confidence: expected calibration error %.3f%n", rel.ece()));
      b.append("  confidence  suggestions  mean confidence      right\n");
      for (Reliability.Bin bin : rel.bins()) {
        if (bin.findings() > 0) {
          b.append(String.format(Locale.ROOT, "  %.1f–%.1f %12d %16.3f %10.3f%n", bin.from(), bin.to(), bin.findings(),
              bin.meanConfidence(), bin.supported()));
        }
      }
    }
    return b.toString();
  }

  private static double orZero(double p) {
    return Double.isNaN(p) ? 0 : p;
  }

  private static String percent(double p) {
    return Double.isNaN(p) ? "— (none)" : String.format(Locale.ROOT, "%.1f%%", 100 * p);
  }
}
