package dev.calque.rule.family;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import dev.calque.analysis.Sentence;
import dev.calque.analysis.Token;
import dev.calque.language.Form;
import dev.calque.language.WordClass;
import dev.calque.lexicon.EntityMention;
import dev.calque.rule.AbstractRule;
import dev.calque.rule.Finding;
import dev.calque.rule.RuleContext;
import dev.calque.rule.RuleSpec;
import dev.calque.rule.Weight;

/**
 * Spanish "su"/"sus" is "his", "her", "its" or "their"; MT often picks "his" for a country, city or
 * institution ("Beijing sent his vaccines"). Fires only when the nearest possible antecedent before
 * "his"/"her" in the sentence is a known place or organisation acting as a clause subject (followed
 * by its verb, not inside a prepositional phrase), with no person, personal pronoun or unknown
 * capitalised name (probably a person) in between.
 */
final class PossessiveLeakRule extends AbstractRule {

  private final Set<String> personNouns;
  private final Weight farFromAntecedent;
  private final Weight antecedentOpensSentence;

  PossessiveLeakRule(RuleSpec spec, Params params) {
    super(spec);
    this.personNouns = new HashSet<>(params.words("person-nouns", List.of("president", "leader", "minister",
        "premier", "chancellor", "king", "queen", "prince", "princess", "man", "woman", "boy", "girl", "father",
        "mother", "son", "daughter", "wife", "husband", "brother", "sister", "spokesman", "spokeswoman",
        "official", "ambassador", "secretary", "chief", "head", "director", "founder", "owner", "player",
        "coach", "author", "actor", "actress", "singer", "candidate", "governor", "mayor", "senator", "judge",
        "dictator", "emperor", "pope", "counterpart", "envoy", "diplomat", "general", "commander", "ceo",
        "chairman", "chairwoman", "politician", "opponent", "rival", "friend", "ally", "successor", "predecessor")));
    this.farFromAntecedent = params.weight("far-from-antecedent");
    this.antecedentOpensSentence = params.weight("antecedent-opens-sentence");
  }

  @Override
  public void check(RuleContext ctx, Consumer<Finding> out) {
    List<Token> tokens = ctx.document().tokens();
    for (Sentence s : ctx.document().sentences()) {
      for (int i = s.tokenFrom() + 1; i < s.tokenTo() - 1; i++) {
        Token t = tokens.get(i);
        if (!(t.lower().equals("his") || t.lower().equals("her")) || !possessedNoun(ctx.morphology(), tokens.get(i + 1))) {
          continue;
        }
        EntityMention antecedent = antecedent(ctx, tokens, s, i);
        if (antecedent == null) {
          continue;
        }
        List<Weight> evidence = Weight.applied(i - antecedent.tokenTo() > 15 ? farFromAntecedent : null,
            antecedent.tokenFrom() == s.tokenFrom() ? antecedentOpensSentence : null);
        String repl = t.isCapitalized() ? "Its" : "its";
        out.accept(finding(t.start(), t.end(), spec.message(t.text(), repl, "antecedent",
            antecedent.entity().name()), List.of(repl), evidence));
      }
    }
  }

  /** The non-person subject "his" must refer to, or null when a person or doubt comes first. */
  private EntityMention antecedent(RuleContext ctx, List<Token> tokens, Sentence s, int pronoun) {
    int k = pronoun - 1;
    while (k >= s.tokenFrom()) {
      Token t = tokens.get(k);
      EntityMention m = ctx.mentionAt(k);
      if (m != null) {
        if (m.entity().type().isPerson()) {
          return null;
        }
        boolean governed = m.tokenFrom() > s.tokenFrom()
            && ctx.profile().words("prepositions").contains(tokens.get(m.tokenFrom() - 1).lower());
        boolean possessive = m.tokenTo() < s.tokenTo() && tokens.get(m.tokenTo()).text().startsWith("'");
        if (governed || possessive || !followedByVerb(tokens, m.tokenTo(), pronoun)
            || personEarlier(ctx, tokens, s, m.tokenFrom())) {
          return null;
        }
        return m;
      }
      if (ctx.profile().words("personal-pronouns").contains(t.lower()) || personNouns.contains(t.lower())
          || (t.isCapitalized() && k > s.tokenFrom() && t.isWord())) {
        return null;
      }
      k--;
    }
    return null;
  }

  /**
   * A person named (or "he"/"she") earlier in the sentence and not inside a prepositional or
   * subordinate phrase may be the owner after all: "Xi said that China would continue his policy".
   */
  private boolean personEarlier(RuleContext ctx, List<Token> tokens, Sentence s, int before) {
    for (int k = s.tokenFrom(); k < before; k++) {
      EntityMention m = ctx.mentionAt(k);
      boolean person = (m != null && m.entity().type().isPerson() && m.tokenFrom() == k)
          || tokens.get(k).lower().equals("he") || tokens.get(k).lower().equals("she")
          || (k > s.tokenFrom() && m == null && looksLikeName(tokens.get(k)));
      if (person && (k == s.tokenFrom() || !ctx.profile().words("governors").contains(tokens.get(k - 1).lower()))) {
        return true;
      }
    }
    return false;
  }

  /** An unknown capitalised word of letters only: probably someone's name ("Western-made" is not). */
  private static boolean looksLikeName(Token t) {
    if (!t.isCapitalized() || t.isCommonWord()) {
      return false;
    }
    for (int i = 0; i < t.text().length(); i++) {
      if (!Character.isLetter(t.text().charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** "her" is possessive only before a noun phrase ("her decision"), not as an object ("sent her a letter"). */
  private static boolean possessedNoun(dev.calque.analysis.Morphology morph, Token next) {
    if (!next.isWord()) {
      return false;
    }
    boolean nominal = false;
    for (var r : next.readings()) {
      if (r.pos() == null) {
        continue;
      }
      WordClass c = morph.wordClass(r);
      if (c == WordClass.DETERMINER || c == WordClass.ADPOSITION || c == WordClass.PRONOUN
          || c == WordClass.POSSESSIVE || c == WordClass.INFINITIVE_MARKER || c == WordClass.CONJUNCTION
          || c == WordClass.PARTICLE) {
        return false;
      }
      nominal |= c == WordClass.NOUN || c == WordClass.PROPER_NOUN || c == WordClass.ADJECTIVE
          || c == WordClass.NUMBER || morph.has(r, WordClass.VERB, Form.GERUND)
          || morph.has(r, WordClass.VERB, Form.PARTICIPLE);
    }
    return nominal || !next.isKnownWord();
  }

  /** The subject's verb comes right after it (an adverb or auxiliary may stand between). */
  private static boolean followedByVerb(List<Token> tokens, int from, int limit) {
    for (int k = from; k < Math.min(limit, from + 3); k++) {
      Token t = tokens.get(k);
      if (t.is(WordClass.VERB, Form.PAST) || t.is(WordClass.VERB, Form.PRESENT_THIRD)
          || t.is(WordClass.VERB, Form.PRESENT) || t.is(WordClass.AUXILIARY)) {
        return true;
      }
      if (!t.is(WordClass.ADVERB)) {
        return false;
      }
    }
    return false;
  }
}
