package dev.calque.rule.family;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import dev.calque.analysis.Sentence;
import dev.calque.analysis.Token;
import dev.calque.language.WordClass;
import dev.calque.rule.AbstractRule;
import dev.calque.rule.Finding;
import dev.calque.rule.RuleContext;
import dev.calque.rule.RuleSpec;

/**
 * A sentence that opens with a reporting verb and "that" ("Said that he would resign"): Spanish,
 * Italian and Portuguese drop the subject pronoun, English cannot. The subject is whoever the
 * previous sentences spoke of, so the suggestions offer the pronouns in turn.
 */
final class DroppedSubjectRule extends AbstractRule {
  private final Set<String> verbs;

  DroppedSubjectRule(RuleSpec spec, Params params) {
    super(spec);
    this.verbs = new HashSet<>(params.words("verbs", List.of("said", "added", "explained", "assured", "stressed",
        "recalled", "announced", "insisted", "warned", "indicated", "considered", "acknowledged", "maintained",
        "declared", "estimated", "affirmed", "stated", "argued", "noted", "claimed", "denied", "admitted",
        "emphasized", "emphasised", "underlined", "specified", "reiterated", "confirmed", "assured", "believed",
        "pointed", "revealed", "reported", "commented", "asserted", "recognized", "recognised")));
  }

  /** After the complementizer "that" a clause starts; "Added that to the list" has a pronoun "that". */
  private static boolean opensClause(Token t) {
    return t.isWord() && !t.is(WordClass.INFINITIVE_MARKER) && !(t.is(WordClass.ADPOSITION) && !t.is(WordClass.DETERMINER)
        && !t.is(WordClass.PRONOUN) && !t.is(WordClass.POSSESSIVE));
  }

  @Override
  public void check(RuleContext ctx, Consumer<Finding> out) {
    List<Token> tokens = ctx.document().tokens();
    for (Sentence s : ctx.document().sentences()) {
      if (s.tokenCount() < 4) {
        continue;
      }
      Token first = tokens.get(s.tokenFrom());
      int next = s.tokenFrom() + 1;
      if (first.lower().equals("pointed") && tokens.get(next).lower().equals("out")) {
        next++;
      }
      if (!first.isCapitalized() || !verbs.contains(first.lower()) || !tokens.get(next).lower().equals("that")
          || next + 1 >= s.tokenTo() || !opensClause(tokens.get(next + 1))) {
        continue;
      }
      String verb = ctx.document().text(first.start(), tokens.get(next - 1).end()).toLowerCase(Locale.ROOT);
      List<String> repl = List.of("He " + verb, "She " + verb, "It " + verb, "They " + verb);
      out.accept(finding(first.start(), tokens.get(next - 1).end(),
          spec.message(ctx.document().text(first.start(), tokens.get(next - 1).end()), repl.get(0)), repl, 0));
    }
  }
}
