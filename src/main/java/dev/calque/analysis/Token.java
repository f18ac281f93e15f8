package dev.calque.analysis;

import java.util.List;
import java.util.Locale;
import dev.calque.language.Form;
import dev.calque.language.WordClass;

/**
 * A word or punctuation token with its exact span in the document text. Morphology (readings) and
 * the Lucene stem are looked up on first use and cached, so rules that never ask for them cost
 * nothing.
 */
public final class Token {
  private final String text;
  private final int start;
  private final int end;
  private final int index;
  private final int sentence;
  private String lower;
  private final Morphology morphology;
  private List<Reading> readings;
  private String stem;

  Token(String text, int start, int end, int index, int sentence, Morphology morphology, List<Reading> readings) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.index = index;
    this.sentence = sentence;
    this.morphology = morphology;
    this.readings = readings;
  }

  public String text() {
    return text;
  }

  public int start() {
    return start;
  }

  public int end() {
    return end;
  }

  /** Position of this token in the document's token list. */
  public int index() {
    return index;
  }

  public int sentence() {
    return sentence;
  }

  public String lower() {
    if (lower == null) {
      lower = text.toLowerCase(Locale.ROOT);
    }
    return lower;
  }

  /** Lucene KStem of the lower-cased, accent-folded form: "squires" and "squire" share one. */
  public String stem() {
    if (stem == null) {
      stem = morphology.stem(text);
    }
    return stem;
  }

  /**
   * The stem of the part after the last hyphen ("far-right" gives "right"), or the stem: LanguageTool's
   * tokenizer keeps hyphenated compounds whole where the light analysis splits them, and a context
   * word must be found either way.
   */
  public String tailStem() {
    int h = text.lastIndexOf('-');
    return h <= 0 || h == text.length() - 1 ? stem() : morphology.stem(text.substring(h + 1));
  }

  /**
   * The word's readings without sentence context, as its dictionary gives them: the same whichever
   * analysis ran (LanguageTool's disambiguator may have dropped the one a rule looks for).
   */
  public List<Reading> dictionaryReadings() {
    return morphology.readings(text);
  }

  public List<Reading> readings() {
    if (readings == null) {
      readings = morphology.readings(text);
    }
    return readings;
  }

  /** True when some reading is of this word class ("a noun reading"). */
  public boolean is(WordClass c) {
    return is(c, null);
  }

  /** True when some reading is of this word class in this form ("a past-tense verb reading"). */
  public boolean is(WordClass c, Form f) {
    for (Reading r : readings()) {
      if (morphology.has(r, c, f)) {
        return true;
      }
    }
    return false;
  }

  /** True when the tagger knows the word at all. */
  public boolean isKnownWord() {
    for (Reading r : readings()) {
      if (r.pos() != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the dictionary knows the word as something other than a proper noun: "country"
   * is, "Zelenskiy" (a name the dictionary lists) and "Kowalcyk" (unknown) are not.
   */
  public boolean isCommonWord() {
    for (Reading r : readings()) {
      if (r.pos() != null && morphology.wordClass(r) != WordClass.PROPER_NOUN) {
        return true;
      }
    }
    return false;
  }

  public boolean isWord() {
    return Character.isLetterOrDigit(text.codePointAt(0));
  }

  public boolean isCapitalized() {
    return Character.isUpperCase(text.codePointAt(0));
  }

  public boolean isNumber() {
    return Character.isDigit(text.codePointAt(0));
  }

  @Override
  public String toString() {
    return text + "@" + start;
  }
}
