package dev.calque.bilingual;

import dev.calque.rule.Example;
import dev.calque.rule.Span;

/**
 * A bilingual rule's own test case: a source segment and its translation. A firing example marks
 * the expected source span with [[ ]], and the expected target span too unless the finding covers
 * the whole target (a number missing from it, say); the correction is the expected best suggestion
 * for the target span (null: none). A clean example must raise nothing from the rule.
 */
public record BilingualExample(String source, Span sourceSpan, String target, Span targetSpan, String correction,
    boolean mustFire, String sourceLanguage, String targetLanguage, BilingualContext.Extras extras) {

  public static BilingualExample firing(String markedSource, String markedTarget, String correction,
      String sourceLanguage, String targetLanguage) {
    return firing(markedSource, markedTarget, correction, sourceLanguage, targetLanguage,
        BilingualContext.Extras.NONE);
  }

  public static BilingualExample firing(String markedSource, String markedTarget, String correction,
      String sourceLanguage, String targetLanguage, BilingualContext.Extras extras) {
    Example src = Example.firing(markedSource, null);
    String target;
    Span targetSpan;
    if (markedTarget.contains(Example.OPEN)) {
      Example tgt = Example.firing(markedTarget, correction);
      target = tgt.text();
      targetSpan = new Span(tgt.start(), tgt.end());
    } else {
      if (correction != null) {
        throw new IllegalArgumentException("a correction needs a [[marked span]] in the target: " + markedTarget);
      }
      target = markedTarget;
      targetSpan = new Span(0, target.length());
    }
    return new BilingualExample(src.text(), new Span(src.start(), src.end()), target, targetSpan, correction, true,
        sourceLanguage, targetLanguage, extras);
  }

  public static BilingualExample clean(String source, String target, String sourceLanguage, String targetLanguage) {
    return clean(source, target, sourceLanguage, targetLanguage, BilingualContext.Extras.NONE);
  }

  public static BilingualExample clean(String source, String target, String sourceLanguage, String targetLanguage,
      BilingualContext.Extras extras) {
    return new BilingualExample(Example.clean(source).text(), null, Example.clean(target).text(), null, null, false,
        sourceLanguage, targetLanguage, extras);
  }

  /** The target with the expected correction applied, or null when there is none to apply. */
  public String correctedTarget() {
    if (!mustFire || correction == null) {
      return null;
    }
    return target.substring(0, targetSpan.start()) + correction + target.substring(targetSpan.end());
  }

  /** Both texts with the expected spans marked, for messages. */
  public String marked() {
    if (!mustFire) {
      return sourceLanguage + ": " + source + " | " + targetLanguage + ": " + target;
    }
    return sourceLanguage + ": " + mark(source, sourceSpan) + " | " + targetLanguage + ": " + mark(target, targetSpan);
  }

  private static String mark(String text, Span s) {
    return text.substring(0, s.start()) + Example.OPEN + text.substring(s.start(), s.end()) + Example.CLOSE
        + text.substring(s.end());
  }
}
