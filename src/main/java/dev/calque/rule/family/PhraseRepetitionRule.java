package dev.calque.rule.family;

import java.util.List;
import java.util.function.Consumer;
import dev.calque.analysis.Sentence;
import dev.calque.analysis.Token;
import dev.calque.rule.AbstractRule;
import dev.calque.rule.Finding;
import dev.calque.rule.RuleContext;
import dev.calque.rule.RuleSpec;
import dev.calque.rule.Weight;

/**
 * A run of two or more words printed again right after itself, once or many times: MT "oscillation"
 * loops ("in the city in the city in the city") and doubled phrases. The longest repeated run wins;
 * the finding keeps one copy.
 */
final class PhraseRepetitionRule extends AbstractRule {
  private final int maxLength;
  private final Weight loop;

  PhraseRepetitionRule(RuleSpec spec, Params params) {
    super(spec);
    this.maxLength = params.integer("max-length", 12);
    this.loop = params.weight("more-than-two-copies");
  }

  @Override
  public void check(RuleContext ctx, Consumer<Finding> out) {
    List<Token> tokens = ctx.document().tokens();
    String text = ctx.document().text();
    for (Sentence s : ctx.document().sentences()) {
      int i = s.tokenFrom();
      while (i < s.tokenTo()) {
        int found = 0;
        int copies = 0;
        for (int n = Math.min(maxLength, (s.tokenTo() - i) / 2); n >= 2 && found == 0; n--) {
          // Words first: a long run of one symbol (20,000 emoji) would otherwise be walked to its
          // end from every position, quadratic in its length.
          if (!hasWords(tokens, i, n, 2)) {
            continue;
          }
          int k = 1;
          while (i + (k + 1) * n <= s.tokenTo() && same(tokens, i, i + k * n, n)) {
            k++;
          }
          if (k >= 2) {
            found = n;
            copies = k;
          }
        }
        if (found == 0) {
          i++;
          continue;
        }
        Token first = tokens.get(i);
        Token lastOfFirst = tokens.get(i + found - 1);
        Token last = tokens.get(i + copies * found - 1);
        String once = text.substring(first.start(), lastOfFirst.end());
        List<Weight> evidence = Weight.applied(copies > 2 ? loop : null);
        out.accept(finding(first.start(), last.end(), spec.message(once, once, "copies", String.valueOf(copies)),
            List.of(once), evidence));
        i += copies * found;
      }
    }
  }

  private static boolean same(List<Token> tokens, int a, int b, int n) {
    for (int k = 0; k < n; k++) {
      if (!tokens.get(a + k).lower().equals(tokens.get(b + k).lower())) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasWords(List<Token> tokens, int from, int n, int min) {
    int words = 0;
    for (int k = from; k < from + n; k++) {
      if (tokens.get(k).isWord()) {
        words++;
      }
    }
    return words >= min;
  }
}
