package dev.calque.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import dev.calque.language.LanguageProfile;
import dev.calque.rule.Finding;
import dev.calque.rule.Rule;
import dev.calque.rule.RuleContext;

/**
 * Decides, document by document, whether text of unknown origin was translated from one of the
 * source languages that have pair rules into its language: each candidate pair's rules run, and a
 * source is inferred once its distinct strong findings reach that pair's threshold (the target
 * profile's data). Until then, and for other candidates after, pair findings are not reported.
 *
 * <p>Romance languages share many calques, so a finding is evidence only for the sources it points
 * to: those of every candidate whose rules found the same stretch of text (any confidence). An
 * artifact found by one candidate alone is specific to it; one found by several counts for each but
 * tells them apart from none. A source is inferred when it has enough artifacts, enough of them
 * specific, and strictly more specific ones than any other candidate; a tie leaves it unknown.
 */
final class SourceInference {
  private final Map<String, List<Rule>> candidates;
  private final LanguageProfile target;

  SourceInference(Map<String, List<Rule>> candidates, LanguageProfile target) {
    this.candidates = candidates;
    this.target = target;
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
   * (--batch-source) would never be recognised.
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

  /** What one document has shown so far, over its windows. */
  final class State {
    /** The artifacts any source needs in this document, for its length. */
    private final int forLength;
    private String language;
    /** Distinct strong findings per candidate source, over the windows read so far. */
    private final Map<String, Set<String>> seen = new TreeMap<>();
    /** Of those, the ones no other candidate's rules found: they point to this source alone. */
    private final Map<String, Set<String>> specific = new TreeMap<>();

    /** @param words the words of the whole text the source is inferred from */
    State(int words) {
      this.forLength = Math.min(MAX_FOR_LENGTH, (int) Math.ceil(words * MIN_PER_THOUSAND_WORDS / 1000));
    }

    /** The inferred source, or null. */
    String language() {
      return language;
    }

    /** The evidence for the inferred source, in text order (window by window). */
    Set<String> evidence() {
      return language == null ? Set.of() : seen.get(language);
    }

    /** The evidence found by the inferred source's rules alone, in text order (window by window). */
    Set<String> specificEvidence() {
      return language == null ? Set.of() : specific.getOrDefault(language, Set.of());
    }

    /**
     * When no source was inferred although several candidates found enough artifacts (calques they
     * share, or as many specific to each): those candidates. Empty otherwise.
     */
    List<String> ambiguous() {
      if (language != null) {
        return List.of();
      }
      List<String> enough = new ArrayList<>();
      seen.forEach((source, artifacts) -> {
        if (artifacts.size() >= Math.max(forLength, target.sourceInference(source).minEvidence())) {
          enough.add(source);
        }
      });
      return enough.size() > 1 ? enough : List.of();
    }

    /**
     * Runs the candidates' rules on one window (only the inferred source's once there is one) and
     * returns the findings to report: those of the inferred source.
     */
    List<Finding> window(RuleContext ctx, BiConsumer<List<Rule>, List<Finding>> run) {
      Map<String, List<Finding>> found = new TreeMap<>();
      for (Map.Entry<String, List<Rule>> e : candidates.entrySet()) {
        if (language != null && !language.equals(e.getKey())) {
          continue;
        }
        List<Finding> out = new ArrayList<>();
        run.accept(e.getValue(), out);
        found.put(e.getKey(), out);
      }
      Map<String, SpanIndex> spans = new TreeMap<>();
      found.forEach((source, findings) -> spans.put(source, new SpanIndex(findings)));
      for (Map.Entry<String, List<Finding>> e : found.entrySet()) {
        String source = e.getKey();
        double strong = target.sourceInference(source).evidenceConfidence();
        Set<String> distinct = seen.computeIfAbsent(source, k -> new LinkedHashSet<>());
        Set<String> alone = specific.computeIfAbsent(source, k -> new LinkedHashSet<>());
        // in text order: a rule emits its findings in the order of a hash set of stems, which changes
        // from run to run, and the note quotes the first artifacts found
        List<Finding> inOrder = new ArrayList<>(e.getValue());
        inOrder.sort(java.util.Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end));
        for (Finding f : inOrder) {
          if (f.confidence() >= strong && isSourceEvidence(f)) {
            String artifact = "'" + ctx.document().text(f.start(), f.end()).toLowerCase(Locale.ROOT) + "'";
            distinct.add(artifact);
            if (!foundByAnother(source, f, spans)) {
              alone.add(artifact);
            }
          }
        }
      }
      if (language == null) {
        List<String> qualified = qualified();
        if (qualified.size() == 1) {
          language = qualified.get(0);
        }
      }
      return language == null ? List.of() : found.getOrDefault(language, List.of());
    }

    /**
     * The candidates that reach their thresholds and have the most specific artifacts (more than
     * one when they tie).
     */
    private List<String> qualified() {
      List<String> best = new ArrayList<>();
      int most = 0;
      for (Map.Entry<String, Set<String>> e : seen.entrySet()) {
        LanguageProfile.SourceInference t = target.sourceInference(e.getKey());
        int own = specific.getOrDefault(e.getKey(), Set.of()).size();
        if (e.getValue().size() < Math.max(forLength, t.minEvidence()) || own < t.minSpecific() || own < most) {
          continue;
        }
        if (own > most) {
          best.clear();
          most = own;
        }
        best.add(e.getKey());
      }
      return best;
    }
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
