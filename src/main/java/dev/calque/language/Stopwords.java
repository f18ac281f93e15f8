package dev.calque.language;

import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;

/**
 * Lucene's stopword sets by ISO 639-1 code, for any language a text may be translated from or into
 * (source languages need no profile): the signal of a fragment left untranslated.
 */
public final class Stopwords {
  private static final Map<String, Supplier<CharArraySet>> SETS = Map.of(
      "en", () -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
      "es", SpanishAnalyzer::getDefaultStopSet,
      "fr", FrenchAnalyzer::getDefaultStopSet,
      "pt", PortugueseAnalyzer::getDefaultStopSet,
      "it", ItalianAnalyzer::getDefaultStopSet,
      "de", GermanAnalyzer::getDefaultStopSet,
      "ca", CatalanAnalyzer::getDefaultStopSet,
      "nl", DutchAnalyzer::getDefaultStopSet,
      "ru", RussianAnalyzer::getDefaultStopSet);

  private Stopwords() {
  }

  /** The stopwords of a language, or an empty set when Lucene has none for it. */
  public static CharArraySet of(String code) {
    Supplier<CharArraySet> s = SETS.get(code);
    return s == null ? CharArraySet.EMPTY_SET : s.get();
  }
}
