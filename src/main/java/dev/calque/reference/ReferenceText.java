package dev.calque.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How the reference index reads text, the same when an archive is indexed and when a finding is
 * looked up: words lower-cased by Lucene's standard tokenizer (field {@link #WORDS}), runs of two and
 * three of them (field {@link #SHINGLES}, Lucene's ShingleFilter), and capitalised-name mentions in
 * their written case (field {@link #NAMES}).
 */
public final class ReferenceText {
  /** Single words, lower-cased. */
  public static final String WORDS = "w";
  /** Runs of two and three words, lower-cased, joined by one space. */
  public static final String SHINGLES = "s";
  /** Capitalised words and runs of up to three of them, as written, where not opening a sentence. */
  public static final String NAMES = "n";

  /** Letters, digits and inner apostrophes or hyphens: a word as the name finder sees it. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}][\\p{L}\\p{M}\\p{Nd}'\\-]*");
  private static final int MAX_NAME_WORDS = 3;

  private ReferenceText() {
  }

  /** One analyzer for both lower-cased fields; Lucene reuses its components per thread. */
  static Analyzer analyzer() {
    return new Analyzer(Analyzer.PER_FIELD_REUSE_STRATEGY) { // two fields, two chains: never share them
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream words = new LowerCaseFilter(source);
        if (field.equals(SHINGLES)) {
          ShingleFilter shingles = new ShingleFilter(words, 2, 3);
          shingles.setOutputUnigrams(false);
          return new TokenStreamComponents(source, shingles);
        }
        return new TokenStreamComponents(source, words);
      }

      @Override
      public int getPositionIncrementGap(String field) {
        return 1; // lines are separate values: a shingle across two gets a filler, never a false run
      }
    };
  }

  /** Curly apostrophes read as straight ones, so "Côte d’Ivoire" and "Côte d'Ivoire" count together. */
  static String normalise(String text) {
    return text.replace('\u2019', '\'').replace('\u02bc', '\'');
  }

  /** The lower-cased words of a short text, as the index counts them. */
  public static List<String> words(Analyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(WORDS, normalise(text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a string reader does not fail
    }
    return out;
  }

  /**
   * The capitalised-name mentions of a text: each capitalised word not opening a sentence, and each
   * run of two or three such words ("Kim Jong-un"). A sentence-initial word is left out because its
   * capital says nothing; an all-capital acronym counts as a name.
   */
  public static List<String> names(String text) {
    String t = normalise(text);
    List<String> out = new ArrayList<>();
    List<String> run = new ArrayList<>();
    Matcher m = WORD.matcher(t);
    int last = 0;
    while (m.find()) {
      String gap = t.substring(last, m.start());
      boolean opensSentence = last == 0 || opensSentence(gap);
      boolean capital = Character.isUpperCase(m.group().codePointAt(0));
      boolean joined = !run.isEmpty() && gap.equals(" ");
      if (!joined) {
        run.clear();
      }
      if (capital && !opensSentence) {
        String w = stripEnd(m.group());
        out.add(w);
        run.add(w);
        for (int n = 2; n <= Math.min(MAX_NAME_WORDS, run.size()); n++) {
          out.add(String.join(" ", run.subList(run.size() - n, run.size())));
        }
      } else {
        run.clear();
      }
      last = m.end();
    }
    return out;
  }

  /** Whether the characters between two words end a sentence or a line (or open a quotation there). */
  private static boolean opensSentence(String gap) {
    for (int i = 0; i < gap.length(); i++) {
      char c = gap.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == ':' || c == '\n' || c == '\r' || c == '\u2022') {
        return true;
      }
    }
    return false;
  }

  /** A word without a trailing apostrophe or hyphen (a possessive "Reuters'" is the name "Reuters"). */
  private static String stripEnd(String w) {
    int e = w.length();
    while (e > 1 && (w.charAt(e - 1) == '\'' || w.charAt(e - 1) == '-')) {
      e--;
    }
    String s = w.substring(0, e);
    return s.endsWith("'s") && s.length() > 2 ? s.substring(0, s.length() - 2) : s;
  }
}
