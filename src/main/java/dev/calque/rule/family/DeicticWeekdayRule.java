package dev.calque.rule.family;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import dev.calque.analysis.Sentence;
import dev.calque.analysis.Token;
import dev.calque.language.Form;
import dev.calque.language.WordClass;
import dev.calque.rule.AbstractRule;
import dev.calque.rule.Finding;
import dev.calque.rule.RuleContext;
import dev.calque.rule.RuleSpec;

/**
 * "This Wednesday" in a past-tense clause: Spanish news dates events "este miércoles" even after
 * they happened; English says "on Wednesday". Fires only when a past-tense verb stands near and no
 * future marker (will, going to, is due to) does, so "the summit opens this Wednesday" stays clean.
 */
final class DeicticWeekdayRule extends AbstractRule {

  private final int window;

  DeicticWeekdayRule(RuleSpec spec, Params params) {
    super(spec);
    this.window = params.integer("window", 6);
  }

  @Override
  public void check(RuleContext ctx, Consumer<Finding> out) {
    List<Token> tokens = ctx.document().tokens();
    for (Sentence s : ctx.document().sentences()) {
      for (int i = s.tokenFrom(); i < s.tokenTo() - 1; i++) {
        Token t = tokens.get(i);
        Token day = tokens.get(i + 1);
        if (!t.lower().equals("this") || !ctx.profile().weekdays().contains(day.lower()) || !day.isCapitalized()) {
          continue;
        }
        if (i + 2 < s.tokenTo() && tokens.get(i + 2).text().startsWith("'")) {
          continue; // "this Wednesday's meeting"
        }
        int lo = Math.max(s.tokenFrom(), i - window);
        int hi = Math.min(s.tokenTo(), i + 2 + window);
        boolean past = false;
        boolean future = false;
        Set<String> futureMarkers = ctx.profile().words("future-markers");
        for (int k = lo; k < hi; k++) {
          if (k == i || k == i + 1) {
            continue;
          }
          Token w = tokens.get(k);
          future |= futureMarkers.contains(w.lower());
          past |= isPastTense(tokens, k, s.tokenFrom(), ctx.profile().auxiliaries());
        }
        if (past && !future) {
          String repl = (t.isCapitalized() ? "On " : "on ") + day.text();
          out.accept(finding(t.start(), day.end(), spec.message(ctx.document().text(t.start(), day.end()), repl),
              List.of(repl), 0));
        }
      }
    }
  }

  /** A simple past verb: a past-tense reading, not after an auxiliary (where it would be a participle). */
  private static boolean isPastTense(List<Token> tokens, int k, int sentenceStart, Set<String> auxiliaries) {
    Token w = tokens.get(k);
    if (!w.is(WordClass.VERB, Form.PAST)) {
      return false;
    }
    return k == sentenceStart || !auxiliaries.contains(tokens.get(k - 1).lower());
  }
}
