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
 *
 * <p>With {@code owners: common} the owner may also be a common noun heading the subject: an
 * organisation noun ("the club", "the Supreme Court": its) or, with {@code owners: plural}, a plural
 * noun ("the trade unions": their). English writes "the court rejected his appeal" when a man was
 * named before, so a common-noun owner counts only when the sentence and the two before it name
 * no person (a person's name, a person noun, "he" or "she"): "his" then has no one to refer to.
 */
final class PossessiveLeakRule extends AbstractRule {

  private final Set<String> personNouns;
  private final Weight farFromAntecedent;
  private final Weight antecedentOpensSentence;
  /** "named" (gazetteer places and organisations), "common" (also organisation nouns) or "plural". */
  private final String owners;
  private final Set<String> organisationNouns;

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
    this.owners = params.string("owners", "named");
    if (!List.of("named", "common", "plural").contains(owners)) {
      throw new IllegalArgumentException("params: owners must be named, common or plural, not '" + owners + "'");
    }
    this.organisationNouns = new HashSet<>(owners.equals("named") ? List.of() : params.words("organisation-nouns",
        List.of("club", "team", "party", "court", "tribunal", "government", "company", "firm", "bank", "union",
            "council", "ministry", "parliament", "congress", "senate", "assembly", "chamber", "federation",
            "league", "association", "committee", "commission", "agency", "institute", "army", "police",
            "executive", "administration", "board", "group", "coalition", "city", "country", "region",
            "state", "nation", "university", "hospital", "network", "channel", "newspaper", "airline")));
  }

  /** The owner found before a pronoun: a gazetteer entity, an organisation noun, or a plural noun. */
  private record Owner(String name, int tokenFrom, int tokenTo, boolean plural, boolean common) {}

  @Override
  public void check(RuleContext ctx, Consumer<Finding> out) {
    List<Token> tokens = ctx.document().tokens();
    for (Sentence s : ctx.document().sentences()) {
      for (int i = s.tokenFrom() + 1; i < s.tokenTo() - 1; i++) {
        Token t = tokens.get(i);
        if (!(t.lower().equals("his") || t.lower().equals("her")) || !possessedNoun(ctx.morphology(), tokens.get(i + 1))) {
          continue;
        }
        Owner antecedent = antecedent(ctx, tokens, s, i);
        if (antecedent == null || antecedent.plural() != owners.equals("plural")
            || antecedent.common() == owners.equals("named")
            || (antecedent.common() && personInContext(ctx, tokens, s, i, antecedent))) {
          continue;
        }
        List<Weight> evidence = Weight.applied(i - antecedent.tokenTo() > 15 ? farFromAntecedent : null,
            antecedent.tokenFrom() == s.tokenFrom() ? antecedentOpensSentence : null);
        String word = antecedent.plural() ? "their" : "its";
        String repl = t.isCapitalized() ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word;
        out.accept(finding(t.start(), t.end(), spec.message(t.text(), repl, "antecedent",
            antecedent.name()), List.of(repl), evidence));
      }
    }
  }

  /** The non-person subject "his" must refer to, or null when a person or doubt comes first. */
  private Owner antecedent(RuleContext ctx, List<Token> tokens, Sentence s, int pronoun) {
    int k = pronoun - 1;
    while (k >= s.tokenFrom()) {
      Token t = tokens.get(k);
      EntityMention m = ctx.mentionAt(k);
      boolean organisationName = m != null && !m.entity().type().isPerson() && k == m.tokenTo() - 1
          && organisationNouns.contains(t.lower()); // "the Supreme Court": read as its head noun
      if ((m == null || organisationName) && !owners.equals("named")) {
        Owner common = commonOwner(ctx, tokens, s, k, pronoun);
        if (common != null) {
          return common.name().isEmpty() ? null : common;
        }
        if (t.isCapitalized() && k > s.tokenFrom() && isCalendarWord(ctx, t)) {
          k--;
          continue;
        }
      }
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
        return new Owner(m.entity().name(), m.tokenFrom(), m.tokenTo(), false, false);
      }
      if (ctx.profile().words("personal-pronouns").contains(t.lower()) || personNouns.contains(t.lower())
          || (t.isCapitalized() && k > s.tokenFrom() && t.isWord())) {
        return null;
      }
      k--;
    }
    return null;
  }

  private static final Set<String> BE_HAVE = Set.of("is", "was", "are", "were", "be", "been", "has", "have", "had");

  /**
   * A common-noun owner's verb must come right after it, be a lexical verb (not "be", "have" or a
   * modal: "the votes may be his only path" is about someone else) and take the possessed noun as
   * its object within a few words ("announced on Monday his new coach").
   */
  private static boolean actsOnPronoun(List<Token> tokens, int verb, int pronoun) {
    if (pronoun - verb > 4 || verb >= pronoun) {
      return false;
    }
    Token v = tokens.get(verb);
    return !v.is(WordClass.AUXILIARY) && !BE_HAVE.contains(v.lower())
        && (v.is(WordClass.VERB, Form.PAST) || v.is(WordClass.VERB, Form.PRESENT_THIRD) || v.is(WordClass.VERB, Form.PRESENT)
            || (v.is(WordClass.VERB, Form.PARTICIPLE) && !tokens.get(verb + 1).lower().equals("by")));
  }

  /** A weekday or month: "announced on Monday his new coach" names no person. */
  private static boolean isCalendarWord(RuleContext ctx, Token t) {
    return ctx.profile().words("weekdays").contains(t.lower()) || MONTHS.contains(t.lower());
  }

  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december");

  /**
   * Token k as the head noun of a subject noun phrase ("the trade unions presented"): an Owner when
   * it is an organisation noun or a plural noun; an Owner with an empty name when it is another
   * subject (the search stops: "the man presented his plan"); null when token k heads no subject.
   */
  private Owner commonOwner(RuleContext ctx, List<Token> tokens, Sentence s, int k, int pronoun) {
    Token t = tokens.get(k);
    boolean organisation = organisationNouns.contains(t.lower());
    if (!t.isWord() || !(t.is(WordClass.NOUN) || organisation) || (t.isCapitalized() && k > s.tokenFrom() && !organisation)
        || t.is(WordClass.POSSESSIVE) || t.is(WordClass.PRONOUN) || t.is(WordClass.DETERMINER)
        || !actsOnPronoun(tokens, k + 1, pronoun)) {
      return null;
    }
    // the noun phrase's start: back over modifiers (nouns, adjectives, names) to its determiner
    int from = k;
    while (from > s.tokenFrom()) {
      Token p = tokens.get(from - 1);
      if ((ctx.profile().words("prepositions").contains(p.lower()) && !p.is(WordClass.DETERMINER))
          || PERSON_PRONOUNS.contains(p.lower())) {
        break; // "his pride of lions": the phrase belongs to someone, or is governed
      }
      if (p.is(WordClass.DETERMINER) && !p.is(WordClass.PRONOUN)) {
        from--;
        break;
      }
      if (!p.isWord() || !(p.is(WordClass.ADJECTIVE) || p.is(WordClass.NOUN) || p.is(WordClass.PROPER_NOUN)
          || (p.isCapitalized() && !p.is(WordClass.VERB)))) {
        break;
      }
      from--;
    }
    if (from > s.tokenFrom() && ctx.profile().words("prepositions").contains(tokens.get(from - 1).lower())) {
      return null;
    }
    boolean plural = t.is(WordClass.NOUN, Form.PLURAL) && !t.is(WordClass.NOUN, Form.PRESENT_THIRD)
        && !t.lower().equals("people") && !organisationNouns.contains(t.lower());
    if (!organisation && !plural) {
      return new Owner("", from, k + 1, false, true);
    }
    String name = ctx.document().text(tokens.get(from).start(), t.end());
    return new Owner("'" + name + "'", from, k + 1, plural, true);
  }

  /**
   * Whether someone "his" may refer to is named around the owner: in the two sentences before, a
   * person (a person entity or name, a person noun, "he" or "she") or any singular noun acting as a
   * subject ("The striker asked to leave"); in this sentence, such a person before the pronoun, or a
   * person's name after it ("rejected his appeal after Mr Smith's lawyers…").
   */
  private boolean personInContext(RuleContext ctx, List<Token> tokens, Sentence s, int pronoun, Owner owner) {
    List<Sentence> sentences = ctx.document().sentences();
    int first = Math.max(0, s.index() - 2);
    for (int k = sentences.get(first).tokenFrom(); k < s.tokenTo(); k++) {
      if (k == pronoun || (k >= owner.tokenFrom() && k < owner.tokenTo())) {
        continue;
      }
      Token t = tokens.get(k);
      EntityMention m = ctx.mentionAt(k);
      boolean name = (m != null && m.entity().type().isPerson())
          || (m == null && looksLikeName(t) && !isCalendarWord(ctx, t) && !organisationNouns.contains(t.lower()));
      if (name) {
        return true;
      }
      if (k > pronoun) {
        continue;
      }
      if (PERSON_PRONOUNS.contains(t.lower()) || personNouns.contains(t.lower())) {
        return true;
      }
      if (k < s.tokenFrom() && m == null && t.isWord() && t.is(WordClass.NOUN) && !t.is(WordClass.NOUN, Form.PLURAL)
          && !organisationNouns.contains(t.lower()) && k + 1 < s.tokenFrom() && followedByVerb(tokens, k + 1, s.tokenFrom())) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "himself", "herself", "his", "her");

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
