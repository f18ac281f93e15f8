package dev.calque.rule.family;

import java.util.List;
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

/**
 * "The Russian launched the invasion": Spanish news refers back to a leader by nationality ("el
 * ruso"); English uses the name. Fires when "the" + a singular demonym acts as a subject (a verb
 * follows) and a person of that country was named earlier in the document, whose surname is the
 * suggestion.
 */
final class DemonymForLeaderRule extends AbstractRule {
  DemonymForLeaderRule(RuleSpec spec, Params params) {
    super(spec);
  }

  @Override
  public void check(RuleContext ctx, Consumer<Finding> out) {
    List<Token> tokens = ctx.document().tokens();
    for (Sentence s : ctx.document().sentences()) {
      for (int i = s.tokenFrom(); i + 2 < s.tokenTo(); i++) {
        Token the = tokens.get(i);
        Token demonym = tokens.get(i + 1);
        if (!the.lower().equals("the") || !demonym.isCapitalized()) {
          continue;
        }
        String country = ctx.gazetteer().demonymCountry(demonym.text());
        if (country == null || !actsAsSubject(tokens.get(i + 2))) {
          continue;
        }
        EntityMention person = lastPersonOf(ctx, country, i);
        if (person == null) {
          continue;
        }
        String name = ctx.document().text(person.start(), person.end());
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        out.accept(finding(the.start(), demonym.end(), spec.message(ctx.document().text(the.start(), demonym.end()),
            surname, "person", person.entity().name()), List.of(surname), 0));
      }
    }
  }

  /** A finite verb right after: "the Russian launched", not "the Russian army". */
  private static boolean actsAsSubject(Token next) {
    return (next.is(WordClass.VERB, Form.PAST) || next.is(WordClass.VERB, Form.PRESENT_THIRD)
        || next.is(WordClass.AUXILIARY)) && !next.is(WordClass.NOUN) && !next.is(WordClass.PROPER_NOUN);
  }

  private static EntityMention lastPersonOf(RuleContext ctx, String country, int before) {
    EntityMention found = null;
    for (EntityMention m : ctx.mentions()) {
      if (m.tokenFrom() >= before) {
        break;
      }
      if (m.entity().type().isPerson() && country.equals(m.entity().country())) {
        found = m;
      }
    }
    return found;
  }
}
