package dev.calque.bilingual;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import dev.calque.rule.Finding;
import dev.calque.rule.RuleSpec;
import dev.calque.rule.Span;

/**
 * A translation much shorter than its source (something left out) or much longer (something
 * added). Translations run a steady length ratio for a language pair (Spanish to English: about
 * 0.9 of the characters); the limits are log ratios of target to source characters, per pair,
 * calibrated on annotated data (see the rule file), and apply only to sources long enough for the
 * ratio to mean something. Pairs without calibrated limits are not checked.
 */
final class LengthRatioRule extends AbstractBilingualRule {
  private final boolean omission;
  private final Map<String, Double> limits = new HashMap<>();
  private final int minSourceChars;

  LengthRatioRule(RuleSpec spec, List<BilingualExample> examples, Map<String, Object> params) {
    super(spec, examples);
    omission = choice(params, "report", "omission", "addition").equals("omission");
    if (!(params.get("limits") instanceof Map<?, ?> m) || m.isEmpty()) {
      throw new IllegalArgumentException("params.limits: a map from language pair (es-en) to a log length ratio");
    }
    for (var e : m.entrySet()) {
      if (!(e.getValue() instanceof Number n) || !String.valueOf(e.getKey()).matches("[a-z]{2}-[a-z]{2}")) {
        throw new IllegalArgumentException("params.limits: '" + e.getKey() + "' needs a pair such as es-en and a "
            + "number");
      }
      limits.put(String.valueOf(e.getKey()), n.doubleValue());
    }
    if (!(params.get("min-source-chars") instanceof Integer min) || min < 1) {
      throw new IllegalArgumentException("params.min-source-chars: a positive whole number");
    }
    minSourceChars = min;
  }

  @Override
  public void check(BilingualContext ctx, Consumer<Finding> out) {
    Double limit = limits.get(ctx.sourceCode() + "-" + ctx.targetCode());
    String s = ctx.source().strip();
    if (limit == null || s.codePointCount(0, s.length()) < minSourceChars) {
      return;
    }
    double ratio = logRatio(ctx);
    if (omission ? ratio < limit : ratio > limit) {
      String message = spec.message("", null, "percent", String.valueOf(Math.round(100 * Math.exp(ratio))),
          "expected", String.valueOf(Math.round(100 * Math.exp(limit))));
      // Further past the limit, surer: each 0.1 of log ratio beyond it adds a little evidence.
      double evidence = Math.min(1.5, Math.abs(ratio - limit) * 2);
      out.accept(finding(ctx, new Span(0, ctx.target().length()), new Span(0, ctx.source().length()), message,
          List.of(), evidence));
    }
  }

  /** Log of target over source length in characters, outer spaces aside (the source not blank). */
  static double logRatio(BilingualContext ctx) {
    String s = ctx.source().strip();
    String t = ctx.target().strip();
    return Math.log(Math.max(1, t.codePointCount(0, t.length())) / (double) s.codePointCount(0, s.length()));
  }
}
