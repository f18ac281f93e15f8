package dev.calque.bilingual;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import dev.calque.rule.Finding;
import dev.calque.rule.RuleSpec;
import dev.calque.rule.Span;

/**
 * Numbers of the source that the translation changed or dropped. Numbers are read in each text's
 * own convention, so Spanish "2,7" is English "2.7", "25.000" is "25,000" and "2.000 millones" is
 * "2 billion"; but English "25.000" reads as 25 and "2.000 million" as two million, and those are
 * reported with the source's number written the target's way. One family, two reports (param
 * {@code report}): {@code changed} (a target number says another value) and {@code missing} (no
 * target number is left to say it; the finding covers the aligned target span).
 */
final class NumberMismatchRule extends AbstractBilingualRule {
  /** Evidence that a number was carried over character for character ("25.000" kept in English). */
  private static final double CARRIED_OVER = 1.0;
  /** Small counts are often rendered in words or idiom ("2 veces": "twice"). */
  private static final double SMALL_COUNT = -0.7;

  private final boolean reportChanged;

  NumberMismatchRule(RuleSpec spec, List<BilingualExample> examples, Map<String, Object> params) {
    super(spec, examples);
    reportChanged = choice(params, "report", "changed", "missing").equals("changed");
  }

  @Override
  public void check(BilingualContext ctx, Consumer<Finding> out) {
    NumberReader sourceReader = new NumberReader(ctx.sourceLanguage());
    NumberReader targetReader = new NumberReader(ctx.targetLanguage());
    for (Alignment.Link link : ctx.alignment().links()) {
      NumberComparison cmp = new NumberComparison(sourceReader.read(ctx.source(), link.source()), link.source(),
          targetReader.read(ctx.target(), link.target()), link.target());
      if (reportChanged) {
        for (NumberComparison.Changed c : cmp.changed()) {
          out.accept(changed(ctx, c, targetReader));
        }
      } else {
        for (NumberMention s : cmp.missing()) {
          boolean small = s.value().compareTo(BigDecimal.TEN) <= 0 && s.value().stripTrailingZeros().scale() <= 0;
          String message = spec.message("", null, "source", ctx.source(s.span()));
          out.accept(finding(ctx, link.target(), s.span(), message, List.of(), small ? SMALL_COUNT : 0));
        }
      }
    }
  }

  private Finding changed(BilingualContext ctx, NumberComparison.Changed c, NumberReader target) {
    String sourceText = ctx.source(c.source().span());
    String targetText = ctx.target(c.target().span());
    String suggestion = write(c.source().value(), c.source().grouped(), c.target(), target);
    String read = write(c.target().value().stripTrailingZeros(), false, c.target(), target);
    String message = spec.message(targetText, suggestion, "source", sourceText, "read", read);
    double evidence = sourceText.equals(targetText) ? CARRIED_OVER : 0;
    return finding(ctx, c.target().span(), c.source().span(), message, List.of(suggestion), evidence);
  }

  /**
   * A value written the way the target writes it, in the form of the target number it replaces:
   * with a scale word if that had one of a million or more ("2 billion"), else in digits, grouped
   * when the source grouped them or the number is large ("25,000").
   */
  static String write(BigDecimal value, boolean sourceGrouped, NumberMention like, NumberReader target) {
    if (like.exponent() >= 6 && value.signum() != 0) {
      int magnitude = value.precision() - value.scale() - 1;
      int e = target.words().largestNamedScale(magnitude);
      if (e > 0) {
        BigDecimal mantissa = value.movePointLeft(e).stripTrailingZeros();
        if (mantissa.scale() < 0) {
          mantissa = mantissa.setScale(0);
        }
        return target.style().format(mantissa, mantissa.abs().compareTo(BigDecimal.valueOf(10000)) >= 0) + " "
            + target.words().scaleName(e, mantissa.compareTo(BigDecimal.ONE) != 0);
      }
    }
    BigDecimal plain = value.scale() < 0 ? value.setScale(0) : value;
    boolean group = sourceGrouped || like.grouped() || plain.abs().compareTo(BigDecimal.valueOf(10000)) >= 0;
    return target.style().format(plain, group);
  }
}
