package dev.calque.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import dev.calque.rule.Finding;
import dev.calque.rule.Suggestion;

/**
 * Applies the best suggestion of each finding whose suggestion confidence reaches the threshold.
 * Each edit is first narrowed to the characters it really changes, so two findings that nest ("fell a
 * 2,7%" to "fell by 2,7%" around "2,7" to "2.7") compose into both changes; edits that still
 * overlap are resolved by confidence (the more certain one wins, the other is skipped);
 * deleting a whole line also removes its line break, so no empty line is left behind.
 */
public final class Fixer {
  /** An edit that was applied. */
  public record Edit(int start, int end, String replacement, Finding finding) {
  }

  /** The corrected text and the edits made, in text order. */
  public record Result(String text, List<Edit> edits) {
  }

  /** The confidence a suggestion needs for calque fix to apply it when --threshold is not given. */
  public static final double DEFAULT_THRESHOLD = 0.9;

  private Fixer() {
  }

  public static Result apply(String text, List<Finding> findings, double threshold) {
    List<Edit> candidates = new ArrayList<>();
    for (Finding f : findings) {
      Suggestion s = f.best();
      if (s != null && s.confidence() >= threshold) {
        candidates.add(narrow(text, widenDeletion(text, new Edit(f.start(), f.end(), s.replacement(), f))));
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

  /**
   * The edit without the prefix and suffix its replacement leaves unchanged (never splitting a
   * surrogate pair), so that it claims only what it changes.
   */
  static Edit narrow(String text, Edit e) {
    String original = text.substring(e.start(), e.end());
    String repl = e.replacement();
    int max = Math.min(original.length(), repl.length());
    int prefix = 0;
    while (prefix < max && original.charAt(prefix) == repl.charAt(prefix)) {
      prefix++;
    }
    if (prefix > 0 && Character.isHighSurrogate(original.charAt(prefix - 1))) {
      prefix--;
    }
    int suffix = 0;
    while (suffix < max - prefix
        && original.charAt(original.length() - 1 - suffix) == repl.charAt(repl.length() - 1 - suffix)) {
      suffix++;
    }
    if (suffix > 0 && Character.isLowSurrogate(original.charAt(original.length() - suffix))) {
      suffix--;
    }
    if (prefix == 0 && suffix == 0) {
      return e;
    }
    return new Edit(e.start() + prefix, e.end() - suffix, repl.substring(prefix, repl.length() - suffix),
        e.finding());
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
