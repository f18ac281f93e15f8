package dev.calque.rule.family;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import dev.calque.analysis.Document;
import dev.calque.analysis.Paragraph;
import dev.calque.analysis.Sentence;
import dev.calque.analysis.Token;
import dev.calque.lexicon.EntityMention;
import dev.calque.rule.AbstractRule;
import dev.calque.rule.Finding;
import dev.calque.rule.RuleContext;
import dev.calque.rule.RuleSpec;
import dev.calque.rule.Weight;

/**
 * A site's section label fused into the headline by text extraction ("Asia Lukashenko visits Xi").
 * Recognised only in headline-like lines at the top (short, no closing full stop, sentence case),
 * when the label is followed by another capitalised name that does not continue it into a known name
 * ("Latin America", "Asia Minor" stay clean).
 */
final class SectionLabelHeadlineRule extends AbstractRule {
  private static final java.util.Set<String> INSTITUTION_HEADS = java.util.Set.of("commission", "council",
      "ministry", "party", "bank", "agency", "office", "committee", "association", "union", "service", "institute",
      "assembly", "court", "guard", "front", "movement", "army", "police", "organization", "organisation",
      "cooperation", "forum", "fund", "federation", "league", "cup", "championship", "games", "museum", "university",
      "hospital", "authority", "administration", "department", "bureau", "program", "programme", "group", "news");
  private final List<String[]> labels = new ArrayList<>();
  private final int within;
  private final Weight knownNameAfter;
  private final Weight dictionaryWordAfter;
  private final Weight unknownWordAfter;

  SectionLabelHeadlineRule(RuleSpec spec, Params params) {
    super(spec);
    for (String l : params.strings("labels", List.of("World", "Asia", "Europe", "Africa", "Americas",
        "Latin America", "Middle East", "Politics", "Economy", "Business", "Sports", "Opinion", "International",
        "National", "Culture", "Science", "Technology", "Health", "Society"))) {
      labels.add(l.split(" "));
    }
    labels.sort(Comparator.comparingInt((String[] a) -> a.length).reversed());
    this.within = params.integer("within", 4);
    this.knownNameAfter = params.weight("known-name-after");
    this.dictionaryWordAfter = params.weight("dictionary-word-after");
    this.unknownWordAfter = params.weight("unknown-word-after");
  }

  @Override
  public void check(RuleContext ctx, Consumer<Finding> out) {
    Document doc = ctx.document();
    if (!doc.isFirstWindow()) {
      return;
    }
    List<Token> tokens = doc.tokens();
    for (Paragraph p : doc.paragraphs()) {
      if (p.index() >= within || p.sentenceTo() - p.sentenceFrom() != 1) {
        continue;
      }
      Sentence s = doc.sentences().get(p.sentenceFrom());
      if (s.tokenCount() < 4 || s.tokenCount() > 25 || doc.text(s).endsWith(".")) {
        continue;
      }
      int n = labelLength(tokens, s.tokenFrom(), s.tokenTo());
      if (n == 0) {
        continue;
      }
      int next = s.tokenFrom() + n;
      Token after = tokens.get(next);
      if (!after.isCapitalized() || !after.isWord()) {
        continue;
      }
      EntityMention labelAsName = ctx.mentionAt(s.tokenFrom());
      if (labelAsName != null && labelAsName.tokenTo() > next) {
        continue; // the label begins a longer known name
      }
      if (institutionName(tokens, next, s.tokenTo())) {
        continue; // "National Health Commission: ..." is a name, not a label
      }
      if (!sentenceCase(tokens, next, s.tokenTo())) {
        continue; // Title Case headline: "Europe Braces For Storm" is not a fused label
      }
      EntityMention m = ctx.mentionAt(next);
      Weight evidence = m != null ? knownNameAfter : (after.isKnownWord() ? dictionaryWordAfter : unknownWordAfter);
      Token first = tokens.get(s.tokenFrom());
      int end = after.start();
      String label = doc.text(first.start(), tokens.get(next - 1).end());
      out.accept(finding(first.start(), end, spec.message(label, "", "label", label), List.of(""), List.of(evidence)));
    }
  }

  private int labelLength(List<Token> tokens, int from, int to) {
    for (String[] l : labels) {
      if (from + l.length < to) {
        boolean ok = true;
        for (int k = 0; k < l.length && ok; k++) {
          ok = tokens.get(from + k).text().equals(l[k]);
        }
        if (ok) {
          return l.length;
        }
      }
    }
    return 0;
  }

  /** The capitalised run after the label ends in a word that heads institution names. */
  private static boolean institutionName(List<Token> tokens, int from, int to) {
    int k = from;
    while (k < to && tokens.get(k).isCapitalized() && tokens.get(k).isWord()) {
      k++;
    }
    return k > from && INSTITUTION_HEADS.contains(tokens.get(k - 1).lower());
  }

  /** At least one word after the names is lower case, and most words are. */
  private static boolean sentenceCase(List<Token> tokens, int from, int to) {
    int words = 0;
    int lower = 0;
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (t.isWord() && !t.isNumber()) {
        words++;
        if (!t.isCapitalized()) {
          lower++;
        }
      }
    }
    return lower > 0 && lower * 3 >= words;
  }
}
