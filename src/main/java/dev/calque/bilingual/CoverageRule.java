package dev.calque.bilingual;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import dev.calque.rule.Finding;
import dev.calque.rule.RuleSpec;
import dev.calque.rule.Span;

/**
 * A stretch of the source none of whose content words has a counterpart in a translation that is
 * also on the short side: something was probably left out, and the stretch says what. Either
 * signal alone is weak (a long run of words without cognates is common in a faithful translation;
 * a somewhat short one too); together, per pair limits calibrated on annotated data (see the rule
 * file): the fewest words in the run and the highest log ratio of target to source characters.
 */
final class CoverageRule extends AbstractBilingualRule {
  private record Limit(int words, double ratio) {
  }

  private final Map<String, Limit> limits = new HashMap<>();

  CoverageRule(RuleSpec spec, List<BilingualExample> examples, Map<String, Object> params) {
    super(spec, examples);
    if (!(params.get("limits") instanceof Map<?, ?> m) || m.isEmpty()) {
      throw new IllegalArgumentException("params.limits: a map from language pair (es-en) to {words, ratio}");
    }
    for (var e : m.entrySet()) {
      if (!String.valueOf(e.getKey()).matches("[a-z]{2}-[a-z]{2}") || !(e.getValue() instanceof Map<?, ?> l)
          || !(l.get("words") instanceof Integer w) || w < 1 || !(l.get("ratio") instanceof Number r)) {
        throw new IllegalArgumentException("params.limits: '" + e.getKey() + "' needs a pair such as es-en and "
            + "{words: a positive whole number, ratio: a log length ratio}");
      }
      limits.put(String.valueOf(e.getKey()), new Limit(w, r.doubleValue()));
    }
  }

  @Override
  public void check(BilingualContext ctx, Consumer<Finding> out) {
    Limit limit = limits.get(ctx.sourceCode() + "-" + ctx.targetCode());
    if (limit == null || ctx.source().isBlank()) {
      return;
    }
    double ratio = LengthRatioRule.logRatio(ctx);
    if (ratio >= limit.ratio()) {
      return;
    }
    Coverage.Gap gap = Coverage.of(ctx).longestGap();
    if (gap.words() < limit.words()) {
      return;
    }
    String message = spec.message("", null, "source", ctx.source(gap.span()), "percent",
        String.valueOf(Math.round(100 * Math.exp(ratio))));
    out.accept(finding(ctx, new Span(0, ctx.target().length()), gap.span(), message, List.of(), 0));
  }
}
