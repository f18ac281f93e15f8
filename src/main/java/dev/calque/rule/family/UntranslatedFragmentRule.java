package dev.calque.rule.family;

import java.util.List;
import java.util.function.Consumer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import dev.calque.analysis.Sentence;
import dev.calque.analysis.Token;
import dev.calque.rule.AbstractRule;
import dev.calque.rule.Finding;
import dev.calque.rule.RuleContext;
import dev.calque.rule.RuleSpec;

/**
 * A run of Spanish left untranslated in English text. A run is a stretch of words none of which is
 * an English stopword, holding at least two Spanish stopwords (Lucene's Spanish set) and mostly
 * Spanish stopwords or words the English dictionary does not know. Capitalised runs (names such as
 * "Plaza de la Independencia") and quoted runs (titles, slogans, quoted names) are left alone.
 */
final class UntranslatedFragmentRule extends AbstractRule {
  private static final CharArraySet SPANISH = SpanishAnalyzer.getDefaultStopSet();
  private static final CharArraySet ENGLISH = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

  private final int minWords;

  UntranslatedFragmentRule(RuleSpec spec, Params params) {
    super(spec);
    this.minWords = params.integer("min-words", 4);
  }

  @Override
  public void check(RuleContext ctx, Consumer<Finding> out) {
    List<Token> tokens = ctx.document().tokens();
    String text = ctx.document().text();
    for (Sentence s : ctx.document().sentences()) {
      int i = s.tokenFrom();
      while (i < s.tokenTo()) {
        int j = i;
        int words = 0;
        int spanishStops = 0;
        int foreign = 0;
        int lower = 0;
        while (j < s.tokenTo() && fits(tokens.get(j))) {
          Token t = tokens.get(j);
          if (t.isWord()) {
            words++;
            if (SPANISH.contains(t.lower()) && !ENGLISH.contains(t.lower())) {
              spanishStops++;
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
        while (from < to && !tokens.get(from).isWord() || from < to && englishEdge(tokens.get(from))) {
          from++;
        }
        while (to > from && !tokens.get(to - 1).isWord() || to > from && englishEdge(tokens.get(to - 1))) {
          to--;
        }
        if (from == to) {
          i = Math.max(j, i + 1);
          continue;
        }
        if (words >= minWords && spanishStops >= 2 && foreign * 3 >= words * 2 && lower * 2 > words
            && !quoted(text, tokens.get(from).start(), tokens.get(to - 1).end())) {
          int start = tokens.get(from).start();
          int end = tokens.get(to - 1).end();
          out.accept(finding(start, end, spec.message(text.substring(start, end), ""), List.of(), 0));
        }
        i = Math.max(j, i + 1);
      }
    }
  }

  /** An English word at the edge of a run belongs to the English sentence around it ("the plan"). */
  private static boolean englishEdge(Token t) {
    return t.isWord() && t.isKnownWord() && !SPANISH.contains(t.lower());
  }

  /** Words that may belong to a Spanish run: anything but an English stopword or sentence punctuation. */
  private static boolean fits(Token t) {
    if (t.isWord()) {
      return !ENGLISH.contains(t.lower()) || SPANISH.contains(t.lower()) && !isEnglishOnlyLook(t);
    }
    return t.text().equals(",") || t.text().equals("¿") || t.text().equals("¡");
  }

  /** Stopwords both languages share in spelling ("no", "a", "de" is not English) stay neutral. */
  private static boolean isEnglishOnlyLook(Token t) {
    return !t.lower().equals("no") && !t.lower().equals("a");
  }

  /** The run sits inside quotation marks: a title, a slogan or a quoted name, not a translation slip. */
  private static boolean quoted(String text, int start, int end) {
    char before = start > 0 ? text.charAt(start - 1) : ' ';
    char after = end < text.length() ? text.charAt(end) : ' ';
    return "\"“‘'«".indexOf(before) >= 0 || "\"”’'»".indexOf(after) >= 0;
  }
}
