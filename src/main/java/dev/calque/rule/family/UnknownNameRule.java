package dev.calque.rule.family;

import java.util.List;
import java.util.function.Consumer;
import dev.calque.analysis.Sentence;
import dev.calque.analysis.Token;
import dev.calque.lexicon.EntityMention;
import dev.calque.rule.AbstractRule;
import dev.calque.rule.Finding;
import dev.calque.rule.RuleContext;
import dev.calque.rule.RuleSpec;
import dev.calque.rule.Weight;

/**
 * "Check this name": a capitalised word inside a sentence that the dictionary does not know. In raw
 * machine translation from a language with another script such a word is often a transliteration
 * gone wrong; in edited copy it is almost always a correct name. The rule cannot tell which alone:
 * its prior is low and the document's own evidence (calibration's document weights: how many
 * artifacts it shows, whether its source is known, how much of it is names) decides whether it is
 * shown. A word the gazetteer attests is said to be attested, and weighs less; so does a word the
 * document uses more than once, spelled the same ({@code unknown-name.recurs}).
 *
 * <p>Hook for a reference index (an edited archive of the user's own): its attestation would be one
 * more named piece of evidence beside {@code unknown-name.gazetteer-attests} (say
 * {@code unknown-name.reference-attests} in rules/evidence.yaml, applied when the archive has the
 * name often), which the finding records by name so {@code calque calibrate} fits its weight.
 */
final class UnknownNameRule extends AbstractRule {
  private final int minLength;
  private final Weight attested;
  private final Weight recurs;

  UnknownNameRule(RuleSpec spec, Params params) {
    super(spec);
    this.minLength = params.integer("min-length", 3);
    this.attested = params.weight("gazetteer-attests");
    this.recurs = params.weight("recurs");
  }

  @Override
  public void check(RuleContext ctx, Consumer<Finding> out) {
    List<Token> tokens = ctx.document().tokens();
    // How often each spelling stands in the document: a name the text uses again, spelled the same,
    // is one its writer chose (edited news repeats its names); a mangled one is more often a one-off.
    java.util.Map<String, Integer> uses = new java.util.HashMap<>();
    for (Token t : tokens) {
      if (t.isCapitalized()) {
        uses.merge(t.text(), 1, Integer::sum);
      }
    }
    for (Sentence s : ctx.document().sentences()) {
      for (int i = s.tokenFrom() + 1; i < s.tokenTo(); i++) {
        Token t = tokens.get(i);
        if (!candidate(t, tokens.get(i - 1))) {
          continue;
        }
        EntityMention m = ctx.mentionAt(i);
        boolean known = m != null || ctx.gazetteer().exact(t.text()).isPresent();
        String attestedBy = known ? "the gazetteer attests it" : "neither the dictionary nor the gazetteer knows it";
        List<Weight> evidence = new java.util.ArrayList<>(2);
        if (known) {
          evidence.add(attested);
        }
        if (uses.getOrDefault(t.text(), 0) > 1) {
          evidence.add(recurs);
        }
        out.accept(finding(t.start(), t.end(), spec.message(t.text(), "", "attested", attestedBy), List.of(),
            evidence));
      }
    }
  }

  /**
   * A word in title case (not an acronym, not a mid-word capital), of Latin letters only, that
   * follows neither an opening quote nor a colon (where a sentence may start inside a sentence), and
   * that the dictionary knows in neither case.
   */
  private boolean candidate(Token t, Token before) {
    String w = t.text();
    if (w.length() < minLength || !t.isCapitalized() || t.isKnownWord()) {
      return false;
    }
    for (int k = 1; k < w.length(); k++) {
      char c = w.charAt(k);
      if (!Character.isLowerCase(c) || Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
        return false; // "NATO", "iPhone-like", "McDonald": not the shape of a transliterated name
      }
    }
    return !OPENERS.contains(before.text());
  }

  private static final java.util.Set<String> OPENERS = java.util.Set.of(":", "\"", "\u201c", "'", "\u2018", "(", "-");
}
