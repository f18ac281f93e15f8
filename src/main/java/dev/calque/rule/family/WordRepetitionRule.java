package dev.calque.rule.family;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import dev.calque.analysis.Sentence;
import dev.calque.analysis.Token;
import dev.calque.rule.AbstractRule;
import dev.calque.rule.Finding;
import dev.calque.rule.RuleContext;
import dev.calque.rule.RuleSpec;
import dev.calque.rule.Weight;

/**
 * The same word twice or more in a row ("for the sake of of"). Legitimate doublings stay clean: the
 * allow list ("had had", "that that"), and capitalised repeats that are names ("Bora Bora", "Walla
 * Walla") unless the word is a function word ("The the").
 */
final class WordRepetitionRule extends AbstractRule {
  /** Closed-class words: doubled, they are always an error; content-word doubling is likelier a choice. */
  private final Set<String> allow;
  private final Weight functionWord;

  WordRepetitionRule(RuleSpec spec, Params params) {
    super(spec);
    // Legitimate doubles of the language ("had had") come from its profile; a rule may add its own.
    this.allow = new HashSet<>(params.words("allow", List.of()));
    this.functionWord = params.weight("function-word");
  }

  @Override
  public void check(RuleContext ctx, Consumer<Finding> out) {
    List<Token> tokens = ctx.document().tokens();
    String text = ctx.document().text();
    Set<String> functionWords = ctx.profile().functionWords();
    Set<String> doubles = ctx.profile().legitimateDoubles();
    for (Sentence s : ctx.document().sentences()) {
      int i = s.tokenFrom();
      while (i < s.tokenTo() - 1) {
        Token a = tokens.get(i);
        int j = i + 1;
        while (j < s.tokenTo() && tokens.get(j).lower().equals(a.lower()) && onlySpaceBetween(text, tokens.get(j - 1),
            tokens.get(j))) {
          j++;
        }
        if (j - i >= 2 && a.isWord() && !a.isNumber() && !legitimate(a, tokens.get(i + 1), functionWords, doubles)) {
          Token last = tokens.get(j - 1);
          List<Weight> evidence = Weight.applied(functionWords.contains(a.lower()) ? functionWord : null);
          out.accept(finding(a.start(), last.end(), spec.message(text.substring(a.start(), last.end()), a.text()),
              List.of(a.text()), evidence));
        }
        i = j;
      }
    }
  }

  private boolean legitimate(Token a, Token b, Set<String> functionWords, Set<String> doubles) {
    String pair = a.lower() + " " + b.lower();
    if (allow.contains(pair) || doubles.contains(pair)) {
      return true;
    }
    return b.isCapitalized() && !functionWords.contains(a.lower());
  }

  static boolean onlySpaceBetween(String text, Token a, Token b) {
    if (b.start() == a.end()) {
      return false; // glued pieces of one word ("ha-ha" split oddly)
    }
    for (int k = a.end(); k < b.start(); k++) {
      char c = text.charAt(k);
      if (c != ' ' && c != '\u00A0' && c != '\t') {
        return false;
      }
    }
    return true;
  }
}
