package dev.calque.rule.family;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import dev.calque.analysis.Token;
import dev.calque.lexicon.Entity;
import dev.calque.rule.AbstractRule;
import dev.calque.rule.Finding;
import dev.calque.rule.RuleContext;
import dev.calque.rule.RuleSpec;

/**
 * A known name corrupted by look-alike characters (capital I for l, 0 for O, rn for m): "BeITA" for
 * the news agency BelTA. Only words the dictionary does not know are candidates, so ordinary words
 * that happen to share a skeleton with a name stay clean.
 */
final class EntityLookalikeRule extends AbstractRule {
  private final int minLength;

  EntityLookalikeRule(RuleSpec spec, Params params) {
    super(spec);
    this.minLength = params.integer("min-length", 4);
  }

  @Override
  public void check(RuleContext ctx, Consumer<Finding> out) {
    for (Token t : ctx.document().tokens()) {
      if (t.text().length() < minLength || !t.isWord() || !hasUpper(t.text()) || ctx.mentionAt(t.index()) != null
          || t.isKnownWord()) {
        continue;
      }
      Optional<Entity> e = ctx.gazetteer().lookalike(t.text());
      if (e.isPresent() && !e.get().name().contains(" ")) {
        String name = e.get().name();
        out.accept(finding(t.start(), t.end(), spec.message(t.text(), name, "type",
            e.get().type().name().toLowerCase(java.util.Locale.ROOT)), List.of(name), 0));
      }
    }
  }

  private static boolean hasUpper(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isUpperCase(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
