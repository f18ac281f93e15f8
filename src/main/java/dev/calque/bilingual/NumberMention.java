package dev.calque.bilingual;

import java.math.BigDecimal;
import dev.calque.rule.Span;

/**
 * A number written in a text, with what it means there.
 *
 * @param span where it is written, scale words included ("2.000 millones")
 * @param value its value, scale words applied (2000000000)
 * @param alternate a second reading of the same writing, or null (see {@link NumberStyle.Reading})
 * @param tolerance how far a value may lie from it and still be what it says: half a unit of its
 *     last written decimal place when rounded to a scale ("2.7 million" covers 2,693,000), else 0
 * @param spelled written in words ("three", "un millón"), not digits
 * @param grouped digit groups were separated ("25.000")
 * @param exponent the power of ten its scale words add (9 for "2.000 millones"), 0 when none
 */
record NumberMention(Span span, BigDecimal value, BigDecimal alternate, BigDecimal tolerance, boolean spelled,
    boolean grouped, int exponent) {

  /** Whether this mention says the value v (its own reading only, never the alternate). */
  boolean says(BigDecimal v) {
    return value.subtract(v).abs().compareTo(tolerance) <= 0;
  }

  /** Whether some reading of this mention is what the other mention says. */
  boolean isSaidBy(NumberMention other) {
    return other.says(value) || (alternate != null && other.says(alternate));
  }
}
