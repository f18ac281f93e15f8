package dev.calque.bilingual;

import java.util.ArrayList;
import java.util.List;
import dev.calque.rule.Span;

/**
 * The numbers of one aligned source and target span, compared. Each source number is matched to a
 * target number that says the same value (digits to digits first, then spelled-out numbers on
 * either side), the nearest in relative position when several do. Source numbers in digits left
 * over are paired in text order with target numbers in digits left over: those were changed; the
 * rest are missing. Spelled-out numbers never raise anything themselves (they are often idiomatic),
 * and extra target numbers are not this comparison's business.
 */
final class NumberComparison {
  /** A source number and the target number that should have said it. */
  record Changed(NumberMention source, NumberMention target) {
  }

  private final List<Changed> changed = new ArrayList<>();
  private final List<NumberMention> missing = new ArrayList<>();

  NumberComparison(List<NumberMention> source, Span sourceSpan, List<NumberMention> target, Span targetSpan) {
    boolean[] sourceDone = new boolean[source.size()];
    boolean[] targetUsed = new boolean[target.size()];
    for (boolean spelledToo : new boolean[] {false, true}) {
      for (int i = 0; i < source.size(); i++) {
        NumberMention s = source.get(i);
        if (sourceDone[i] || (!spelledToo && s.spelled())) {
          continue;
        }
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int j = 0; j < target.size(); j++) {
          NumberMention t = target.get(j);
          if (targetUsed[j] || (!spelledToo && t.spelled()) || !s.isSaidBy(t)) {
            continue;
          }
          double d = Math.abs(relative(s.span(), sourceSpan) - relative(t.span(), targetSpan));
          if (d < bestDistance) {
            best = j;
            bestDistance = d;
          }
        }
        if (best >= 0) {
          sourceDone[i] = true;
          targetUsed[best] = true;
        }
      }
    }
    List<NumberMention> leftTarget = new ArrayList<>();
    for (int j = 0; j < target.size(); j++) {
      if (!targetUsed[j] && !target.get(j).spelled()) {
        leftTarget.add(target.get(j));
      }
    }
    int k = 0;
    for (int i = 0; i < source.size(); i++) {
      NumberMention s = source.get(i);
      if (sourceDone[i] || s.spelled()) {
        continue;
      }
      if (k < leftTarget.size()) {
        changed.add(new Changed(s, leftTarget.get(k++)));
      } else {
        missing.add(s);
      }
    }
  }

  /** Where a span starts within its aligned span, from 0 to 1. */
  private static double relative(Span s, Span in) {
    return in.length() == 0 ? 0 : (s.start() - in.start()) / (double) in.length();
  }

  List<Changed> changed() {
    return changed;
  }

  List<NumberMention> missing() {
    return missing;
  }
}
