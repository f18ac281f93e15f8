package dev.calque.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import dev.calque.language.LanguageProfile;
import dev.calque.rule.Finding;
import dev.calque.rule.Rule;
import dev.calque.rule.RuleContext;

/**
 * Decides, document by document, whether text of unknown origin was translated from one of the
 * source languages that have pair rules into its language: each candidate pair's rules run, and a
 * source is inferred once its distinct strong findings reach that pair's thresholds (fitted by
 * {@code calque calibrate --inference} into rules/calibration/inference.tsv; the target profile's
 * hand-set ones for a pair the table lacks). Until then, and for other candidates after, pair
 * findings are not reported.
 *
 * <p>Romance languages share many calques, so a finding is evidence only for the sources it points
 * to: those of every candidate whose rules found the same stretch of text (any confidence). An
 * artifact found by one candidate alone is specific to it; one found by several counts for each but
 * tells them apart from none. A source is inferred when it has enough artifacts, enough of them
 * specific, and strictly more specific ones than any other candidate; a tie leaves it unknown.
 */
final class SourceInference {
  private final Map<String, List<Rule>> candidates;
  /** Each candidate's thresholds: fitted (rules/calibration/inference.tsv) or the profile's hand-set ones. */
  private final Function<String, LanguageProfile.SourceInference> thresholds;

  SourceInference(Map<String, List<Rule>> candidates, Function<String, LanguageProfile.SourceInference> thresholds) {
    this.candidates = candidates;
    this.thresholds = thresholds;
  }

  boolean active() {
    return !candidates.isEmpty();
  }

  /** All candidate pair rules (for listing what --enable switched on). */
  List<Rule> rules() {
    List<Rule> all = new ArrayList<>();
    candidates.values().forEach(all::addAll);
    return all;
  }

  /**
   * Distinct artifacts per 1,000 words a source needs besides its pair's minimum: a pair's
   * context-checked false friends still fire now and then on English from anywhere (two in a
   * 1,000-word TED talk translated from Chinese), so a long text needs more of them than a short
   * one. Real translations from a pair's source show several per 1,000 words.
   */
  static final double MIN_PER_THOUSAND_WORDS = 2.5;

  /**
   * The most that length can ask for. A pair's lexicon is finite and distinct artifacts saturate:
   * 100 KB of German-sourced MT news (17,000 words) shows six or so distinct German calques, one of
   * them 28 times, where 2.5 per 1,000 words would ask for 43; a feed read together
   * (--batch-source) would never be recognised. (With the fitted thresholds such feeds are not
   * recognised anyway: Chinese-sourced MT feeds show as many German calques, docs/source-inference.md.)
   */
  static final int MAX_FOR_LENGTH = 6;

  /** Words in a text, as letter-or-digit runs (cheap: counted before any analysis). */
  static int words(String text) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean w = Character.isLetterOrDigit(text.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }

  /** What one document has shown so far, over its windows: a {@link SourceTally} fed by the rules. */
  final class State {
    private final SourceTally tally;

    /** @param words the words of the whole text the source is inferred from */
    State(int words) {
      this.tally = new SourceTally(thresholds, words);
    }

    /** The inferred source, or null. */
    String language() {
      return tally.language();
    }

    /** The evidence for the inferred source, in text order (window by window). */
    Set<String> evidence() {
      return tally.evidence();
    }

    /** The evidence found by the inferred source's rules alone, in text order (window by window). */
    Set<String> specificEvidence() {
      return tally.specificEvidence();
    }

    /** See {@link SourceTally#ambiguous()}. */
    List<String> ambiguous() {
      return tally.ambiguous();
    }

    /**
     * Runs the candidates' rules on one window (only the inferred source's once there is one) and
     * returns the findings to report: those of the inferred source.
     */
    List<Finding> window(RuleContext ctx, BiConsumer<List<Rule>, List<Finding>> run) {
      Map<String, List<Finding>> found = runCandidates(tally.language(), run);
      tally.add(SourceInference.evidence(ctx, found));
      String language = tally.language();
      return language == null ? List.of() : found.getOrDefault(language, List.of());
    }
  }

  /**
   * The evidence of one window with every candidate's rules run, deciding nothing: what
   * {@code calque calibrate --inference} saves and replays through {@link SourceTally}.
   */
  List<SourceTally.Evidence> observe(RuleContext ctx, BiConsumer<List<Rule>, List<Finding>> run) {
    return evidence(ctx, runCandidates(null, run));
  }

  /** The findings of each candidate's rules in a window (of the inferred source only, when there is one). */
  private Map<String, List<Finding>> runCandidates(String inferred, BiConsumer<List<Rule>, List<Finding>> run) {
    Map<String, List<Finding>> found = new TreeMap<>();
    for (Map.Entry<String, List<Rule>> e : candidates.entrySet()) {
      if (inferred != null && !inferred.equals(e.getKey())) {
        continue;
      }
      List<Finding> out = new ArrayList<>();
      run.accept(e.getValue(), out);
      found.put(e.getKey(), out);
    }
    return found;
  }

  /**
   * The findings that can tell sources apart, candidate by candidate, each in text order (a rule
   * emits its findings in the order of a hash set of stems, which changes from run to run, and the
   * note quotes the first artifacts found), whatever their confidence: the tally weighs that.
   */
  private static List<SourceTally.Evidence> evidence(RuleContext ctx, Map<String, List<Finding>> found) {
    Map<String, SpanIndex> spans = new TreeMap<>();
    found.forEach((source, findings) -> spans.put(source, new SpanIndex(findings)));
    List<SourceTally.Evidence> out = new ArrayList<>();
    for (Map.Entry<String, List<Finding>> e : found.entrySet()) {
      String source = e.getKey();
      List<Finding> inOrder = new ArrayList<>(e.getValue());
      inOrder.sort(java.util.Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end));
      for (Finding f : inOrder) {
        if (isSourceEvidence(f)) {
          String artifact = "'" + ctx.document().text(f.start(), f.end()).toLowerCase(Locale.ROOT) + "'";
          out.add(new SourceTally.Evidence(source, artifact, f.confidence(), !foundByAnother(source, f, spans)));
        }
      }
    }
    return out;
  }

  /**
   * Whether a finding can tell which language the text was translated from. Calques of words,
   * idioms and grammar can; conventions cannot: spacing, punctuation, number formats and the
   * spelling of names are broken alike by translation from languages calque has no pair for (a
   * hyphenated Korean name is no evidence of Spanish), so they are reported once a source is known
   * but never infer one.
   */
  static boolean isSourceEvidence(Finding f) {
    String c = f.category();
    return !c.equals(dev.calque.rule.Category.SPELLING) && !c.equals(dev.calque.rule.Category.PUNCTUATION)
        && !c.startsWith("locale/");
  }

  /** Whether a finding of another candidate covers any of the same text. */
  private static boolean foundByAnother(String source, Finding f, Map<String, SpanIndex> found) {
    for (Map.Entry<String, SpanIndex> e : found.entrySet()) {
      if (!e.getKey().equals(source) && e.getValue().overlapsAny(f.start(), f.end())) {
        return true;
      }
    }
    return false;
  }
}
