package dev.calque.bilingual;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import dev.calque.rule.Finding;

/**
 * Checks translated segments against their sources with a set of bilingual rules. Thread-safe:
 * rules keep no state between segments.
 */
public final class BilingualChecker {
  private static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::start)
      .thenComparingInt(Finding::end).thenComparingInt(f -> f.source() == null ? -1 : f.source().start())
      .thenComparing(Finding::ruleId);

  private final List<BilingualRule> rules;

  public BilingualChecker(List<BilingualRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The bundled bilingual rules that are on by default. */
  public static BilingualChecker bundled() {
    return Bundled.CHECKER;
  }

  private static final class Bundled { // loaded on first use, once
    static final BilingualChecker CHECKER = new BilingualChecker(
        new BilingualRuleLoader().loadBundled().stream().filter(r -> r.spec().defaultOn()).toList());
  }

  public List<BilingualRule> rules() {
    return rules;
  }

  /**
   * The findings on one segment, whole source aligned to whole target, sorted by target position.
   *
   * @param segmentId the segment's id, or null when it has none
   * @param sourceLanguage a language tag such as "es" (it decides how "2,7" and "25.000" are read)
   */
  public List<Finding> check(String segmentId, String sourceText, String sourceLanguage, String targetText,
      String targetLanguage) {
    return check(BilingualContext.of(segmentId, sourceText, sourceLanguage, targetText, targetLanguage));
  }

  public List<Finding> check(BilingualContext context) {
    List<Finding> out = new ArrayList<>();
    for (BilingualRule r : rules) {
      r.check(context, out::add);
    }
    out.sort(ORDER);
    return out;
  }
}
