package dev.calque.rule.family;

import java.util.List;
import java.util.function.Consumer;
import org.apache.lucene.analysis.CharArraySet;
import dev.calque.analysis.Sentence;
import dev.calque.analysis.Token;
import dev.calque.language.Stopwords;
import dev.calque.rule.AbstractRule;
import dev.calque.rule.Finding;
import dev.calque.rule.RuleContext;
import dev.calque.rule.RuleSpec;

/**
 * A run of the source language left untranslated in the target text (Spanish in English for an
 * es-en rule). A run is a stretch of words none of which is a target-language stopword, holding at
 * least two source-language stopwords (Lucene's sets, chosen by the rule's pair) and mostly source
 * stopwords or words the target dictionary does not know. Capitalised runs (names such as
 * "Plaza de la Independencia") and quoted runs (titles, slogans, quoted names) are left alone.
 */
final class UntranslatedFragmentRule extends AbstractRule {
  private final CharArraySet sourceStops;

  private final int minWords;
  /**
   * Words the two languages spell alike ("no", "a" in Spanish and English; "on", "a" in French):
   * target stopwords that may sit inside a source run, and count for neither language.
   */
  private final java.util.Set<String> neutral;

  UntranslatedFragmentRule(RuleSpec spec, Params params) {
    super(spec);
    this.minWords = params.integer("min-words", 4);
    this.neutral = java.util.Set.copyOf(params.words("neutral-stopwords", List.of()));
    if (spec.sourceLanguage() == null) {
      throw new IllegalArgumentException("family: untranslated-fragment is a pair rule (put it under rules/SRC-TGT/)");
    }
    this.sourceStops = Stopwords.of(spec.sourceLanguage());
  }

  /** Source stopwords that are not target stopwords, per target language: what a run must hold twice. */
  private final java.util.Map<String, List<String>> telling = new java.util.concurrent.ConcurrentHashMap<>();

  @Override
  public void check(RuleContext ctx, Consumer<Finding> out) {
    List<Token> tokens = ctx.document().tokens();
    String text = ctx.document().text();
    CharArraySet targetStops = Stopwords.of(ctx.profile().code());
    // A run needs two source stopwords the target lacks: only sentences that hold two are read, found
    // through the document's index of word forms (most sentences of target-language text hold none).
    java.util.Map<Integer, Integer> count = new java.util.HashMap<>();
    for (String w : telling.computeIfAbsent(ctx.profile().code(), code -> tellingWords(targetStops))) {
      for (int t : ctx.tokensWithLower(w)) {
        count.merge(ctx.document().sentenceOf(tokens.get(t)).index(), 1, Integer::sum);
      }
    }
    for (Sentence s : ctx.document().sentences()) {
      if (count.getOrDefault(s.index(), 0) < 2) {
        continue;
      }
      int i = s.tokenFrom();
      while (i < s.tokenTo()) {
        int j = i;
        int words = 0;
        int sourceStopCount = 0;
        int foreign = 0;
        int lower = 0;
        while (j < s.tokenTo() && fits(tokens.get(j), targetStops)) {
          Token t = tokens.get(j);
          if (t.isWord()) {
            words++;
            if (sourceStops.contains(t.lower()) && !targetStops.contains(t.lower())) {
              sourceStopCount++;
              foreign++;
            } else if (!t.isCapitalized() && !t.isNumber() && !t.isKnownWord()) {
              foreign++;
            }
            if (!t.isCapitalized()) {
              lower++;
            }
          }
          j++;
        }
        // trim punctuation at the run's edges
        int from = i;
        int to = j;
        while (from < to && !tokens.get(from).isWord() || from < to && targetEdge(tokens.get(from))) {
          from++;
        }
        while (to > from && !tokens.get(to - 1).isWord() || to > from && targetEdge(tokens.get(to - 1))) {
          to--;
        }
        if (from == to) {
          i = Math.max(j, i + 1);
          continue;
        }
        if (words >= minWords && sourceStopCount >= 2 && foreign * 3 >= words * 2 && lower * 2 > words
            && !quoted(text, tokens.get(from).start(), tokens.get(to - 1).end())) {
          int start = tokens.get(from).start();
          int end = tokens.get(to - 1).end();
          out.accept(finding(start, end, spec.message(text.substring(start, end), ""), List.of(), 0));
        }
        i = Math.max(j, i + 1);
      }
    }
  }

  private List<String> tellingWords(CharArraySet targetStops) {
    List<String> out = new java.util.ArrayList<>();
    for (Object o : sourceStops) {
      String w = new String((char[]) o);
      if (!targetStops.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /** A target-language word at the edge of a run belongs to the sentence around it ("the plan"). */
  private boolean targetEdge(Token t) {
    return t.isWord() && t.isKnownWord() && !sourceStops.contains(t.lower());
  }

  /** Words that may belong to a source run: anything but a target stopword or sentence punctuation. */
  private boolean fits(Token t, CharArraySet targetStops) {
    if (t.isWord()) {
      return !targetStops.contains(t.lower()) || neutral.contains(t.lower());
    }
    return t.text().equals(",") || t.text().equals("¿") || t.text().equals("¡");
  }

  /** The run sits inside quotation marks: a title, a slogan or a quoted name, not a translation slip. */
  private static boolean quoted(String text, int start, int end) {
    char before = start > 0 ? text.charAt(start - 1) : ' ';
    char after = end < text.length() ? text.charAt(end) : ' ';
    return "\"“‘'«".indexOf(before) >= 0 || "\"”’'»".indexOf(after) >= 0;
  }
}
