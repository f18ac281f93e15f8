package dev.calque.rule.family;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
 * A sentence that opens with a reporting verb and "that" ("Said that he would resign"): Spanish,
 * Italian and Portuguese drop the subject pronoun, English cannot. The subject is whoever the
 * previous sentences spoke of, so the suggestions offer the pronouns in turn.
 *
 * <p>With {@code opening: be}, the other way Spanish leaves a sentence without a subject before
 * its verb: "ser"/"estar" first, the subject after or a clause instead ("Es necesario que…", "Fue
 * aprobada la ley…", "Se espera un lleno" rendered "Is necessary that…", "Was approved the law…",
 * "Is expected a full stadium"). English asks such a sentence only as a question, so a statement
 * (not ending in "?") opening with is/was/are/were and then an adjective or a participle followed
 * by "that", "to" or the inverted subject is reported; "It is" is suggested when a clause follows.
 */
final class DroppedSubjectRule extends AbstractRule {
  private final Set<String> verbs;
  private final boolean beOpening;
  private static final Set<String> BE = Set.of("is", "was", "are", "were");

  DroppedSubjectRule(RuleSpec spec, Params params) {
    super(spec);
    this.verbs = new HashSet<>(params.words("verbs", List.of("said", "added", "explained", "assured", "stressed",
        "recalled", "announced", "insisted", "warned", "indicated", "considered", "acknowledged", "maintained",
        "declared", "estimated", "affirmed", "stated", "argued", "noted", "claimed", "denied", "admitted",
        "emphasized", "emphasised", "underlined", "specified", "reiterated", "confirmed", "assured", "believed",
        "pointed", "revealed", "reported", "commented", "asserted", "recognized", "recognised")));
    String opening = params.string("opening", "reporting-verb");
    if (!opening.equals("reporting-verb") && !opening.equals("be")) {
      throw new IllegalArgumentException("params: opening must be reporting-verb or be, not '" + opening + "'");
    }
    this.beOpening = opening.equals("be");
  }

  /** "Is necessary that…", "Was approved the law…": a statement opening with "be" and no subject. */
  private void checkBeOpening(RuleContext ctx, Sentence s, List<Token> tokens, Consumer<Finding> out) {
    Token first = tokens.get(s.tokenFrom());
    Token last = tokens.get(s.tokenTo() - 1);
    if (!first.isCapitalized() || !BE.contains(first.lower()) || last.text().equals("?")) {
      return;
    }
    int k = s.tokenFrom() + 1;
    if (tokens.get(k).is(WordClass.ADVERB) && !tokens.get(k).is(WordClass.ADJECTIVE) && k + 2 < s.tokenTo()) {
      k++; // "Was also approved the…"
    }
    Token head = tokens.get(k);
    Token after = tokens.get(k + 1);
    if (after.is(WordClass.ADVERB) && !after.is(WordClass.DETERMINER) && k + 2 < s.tokenTo()) {
      after = tokens.get(k + 2); // "Was approved also the extension…"
    }
    if (!head.isWord() || head.is(WordClass.PRONOUN) || head.is(WordClass.DETERMINER) || head.is(WordClass.POSSESSIVE)
        || head.is(WordClass.NUMBER) || head.is(WordClass.PROPER_NOUN) || head.isCapitalized()) {
      return;
    }
    boolean participle = head.is(WordClass.VERB, Form.PARTICIPLE);
    boolean adjective = head.is(WordClass.ADJECTIVE);
    boolean clause = after.lower().equals("that") || (after.lower().equals("to") && !participle);
    boolean invertedSubject = participle && after.isWord() && !after.lower().equals("by")
        && (after.is(WordClass.DETERMINER) || after.is(WordClass.NUMBER) || after.isNumber() || after.lower().equals("that"));
    if (!((adjective || participle) && clause) && !invertedSubject) {
      return;
    }
    String match = ctx.document().text(first.start(), head.end());
    List<String> repl = clause ? List.of("It " + match.substring(0, 1).toLowerCase(Locale.ROOT) + match.substring(1)) : List.of();
    out.accept(finding(first.start(), head.end(), spec.message(match, repl.isEmpty() ? "" : repl.get(0)), repl, 0));
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
      if (beOpening) {
        checkBeOpening(ctx, s, tokens, out);
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
