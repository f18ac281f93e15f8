package dev.calque.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import dev.calque.rule.Finding;
import dev.calque.rule.Suggestion;

/**
 * Applies the best suggestion of each finding whose suggestion confidence reaches the threshold.
 * Overlapping edits are resolved by confidence (the more certain one wins, the other is skipped);
 * deleting a whole line also removes its line break, so no empty line is left behind.
 */
public final class Fixer {
  /** An edit that was applied. */
  public record Edit(int start, int end, String replacement, Finding finding) {
  }

  /** The corrected text and the edits made, in text order. */
  public record Result(String text, List<Edit> edits) {
  }

  private Fixer() {
  }

  public static Result apply(String text, List<Finding> findings, double threshold) {
    List<Edit> candidates = new ArrayList<>();
    for (Finding f : findings) {
      Suggestion s = f.best();
      if (s != null && s.confidence() >= threshold) {
        candidates.add(widenDeletion(text, new Edit(f.start(), f.end(), s.replacement(), f)));
      }
    }
    candidates.sort(Comparator.comparingDouble((Edit e) -> e.finding().best().confidence()).reversed());
    List<Edit> chosen = new ArrayList<>();
    for (Edit e : candidates) {
      boolean clash = false;
      for (Edit c : chosen) {
        if (e.start() < c.end() && c.start() < e.end() || e.start() == c.start()) {
          clash = true;
          break;
        }
      }
      if (!clash) {
        chosen.add(e);
      }
    }
    chosen.sort(Comparator.comparingInt(Edit::start));
    StringBuilder b = new StringBuilder(text.length());
    int pos = 0;
    for (Edit e : chosen) {
      b.append(text, pos, e.start()).append(e.replacement());
      pos = e.end();
    }
    b.append(text, pos, text.length());
    return new Result(b.toString(), List.copyOf(chosen));
  }

  /** A deletion that empties its line takes the line break (and blank line after it) along. */
  private static Edit widenDeletion(String text, Edit e) {
    if (!e.replacement().isEmpty()) {
      return e;
    }
    int ls = e.start();
    while (ls > 0 && text.charAt(ls - 1) != '\n' && Character.isWhitespace(text.charAt(ls - 1))) {
      ls--;
    }
    boolean lineStarts = ls == 0 || text.charAt(ls - 1) == '\n';
    int le = e.end();
    while (le < text.length() && text.charAt(le) != '\n' && Character.isWhitespace(text.charAt(le))) {
      le++;
    }
    if (!lineStarts || (le < text.length() && text.charAt(le) != '\n')) {
      return e; // part of a line (e.g. a fused label): delete just the span
    }
    int end = Math.min(text.length(), le + 1);
    // also remove one following blank line, so paragraphs keep a single separator
    int next = end;
    while (next < text.length() && text.charAt(next) != '\n' && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    if (next < text.length() && text.charAt(next) == '\n') {
      end = next + 1;
    }
    return new Edit(ls, end, "", e.finding());
  }
}
