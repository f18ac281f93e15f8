package dev.calque.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import dev.calque.rule.Finding;

/**
 * Which findings a document shows when the reader did not set a threshold: what kind of text it is
 * decides. The default threshold (0.5: more likely right than wrong) suits edited copy, where an
 * alarm interrupts finished work. A document that itself shows several independent plausible
 * artifacts (distinct rule and wording, each at least {@link #CHECK} likely after calibration, at
 * least one per 1,000 words) reads as raw machine translation, which its reader is there to fix: it
 * also shows the noisy-but-often-right alarms down to {@link #CHECK} (an unknown name to check, an
 * unpaired quote, a repeated word). Clean copy rarely shows two such artifacts, so it stays near
 * silent; the confidences themselves stay calibrated either way.
 */
final class DisplayDecision {
  /** The lower threshold for documents that read as raw MT: about one chance in three. */
  static final double CHECK = 0.35;
  /** Distinct plausible artifacts a document must show, at the least, to read as raw MT. */
  static final int CORROBORATING = 2;
  /** ... and per 1,000 words (a long text shows a couple of stray ones by chance). */
  static final double PER_THOUSAND_WORDS = 1.0;

  private DisplayDecision() {
  }

  /**
   * The threshold LanguageTool's rules are gated by: a rule that cannot reach the lowest threshold
   * any document may use need not run.
   */
  static double gate(CheckOptions options) {
    return adapts(options) ? Math.min(options.minConfidence(), CHECK) : options.minConfidence();
  }

  /** Whether the threshold may move with the document: the reader set none, and confidences are calibrated. */
  static boolean adapts(CheckOptions options) {
    return !options.explicitMinConfidence() && options.calibrated() && options.minConfidence() > CHECK;
  }

  /** The threshold for one document, from its calibrated findings (all of them, before any are hidden). */
  static double threshold(CheckOptions options, String text, int words, List<Finding> findings) {
    if (!adapts(options)) {
      return options.minConfidence();
    }
    return readsAsRawMt(text, words, findings) ? CHECK : options.minConfidence();
  }

  /** Whether the document shows enough distinct plausible artifacts to read as raw machine translation. */
  static boolean readsAsRawMt(String text, int words, List<Finding> findings) {
    Set<String> distinct = new HashSet<>();
    for (Finding f : findings) {
      if (f.confidence() >= CHECK) {
        distinct.add(f.ruleId() + "\u0001" + text.substring(f.start(), f.end()).toLowerCase(Locale.ROOT));
      }
    }
    return distinct.size() >= CORROBORATING && distinct.size() * 1000.0 >= PER_THOUSAND_WORDS * words;
  }
}
