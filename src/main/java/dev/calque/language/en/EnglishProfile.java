package dev.calque.language.en;

import java.util.EnumSet;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import dev.calque.language.Form;
import dev.calque.language.LanguageProfile;
import dev.calque.language.WordClass;

/**
 * English as a target language: LanguageTool's en-US module (British forms are known words to its
 * tagger, so only its speller is American), Penn Treebank tags, KStem for lookup keys. Word lists
 * and thresholds are in profile.yaml beside this class.
 */
public final class EnglishProfile extends LanguageProfile {
  @Override
  public String code() {
    return "en";
  }

  @Override
  protected String languageToolCode() {
    return "en-US";
  }

  /** LanguageTool's a/an rule, whose word lists (det_a, det_an) say which article a word takes. */
  private static final class AvsAn {
    static final org.languagetool.rules.en.AvsAnRule RULE = new org.languagetool.rules.en.AvsAnRule(
        org.languagetool.JLanguageTool.getMessageBundle());
  }

  @Override
  public String indefiniteArticle(String word) {
    if (word.isEmpty() || !Character.isLetterOrDigit(word.codePointAt(0))) {
      return null;
    }
    String both = AvsAn.RULE.suggestAorAn(word);
    return both.startsWith("an ") ? "an" : both.startsWith("a ") ? "a" : null;
  }

  @Override
  public String name() {
    return "English";
  }

  @Override
  public WordClass wordClass(String tag) {
    if (tag == null) {
      return WordClass.OTHER;
    }
    if (tag.startsWith("NNP")) {
      return WordClass.PROPER_NOUN;
    }
    if (tag.startsWith("NN")) {
      return WordClass.NOUN;
    }
    if (tag.startsWith("VB")) {
      return WordClass.VERB;
    }
    if (tag.startsWith("JJ")) {
      return WordClass.ADJECTIVE;
    }
    if (tag.startsWith("RB")) {
      return WordClass.ADVERB;
    }
    if (tag.equals("PRP$")) {
      return WordClass.POSSESSIVE;
    }
    if (tag.startsWith("PRP")) {
      return WordClass.PRONOUN;
    }
    if (tag.startsWith("W")) {
      return WordClass.RELATIVE; // WDT, WP, WP$, WRB
    }
    return switch (tag) {
      case "DT", "PDT" -> WordClass.DETERMINER;
      case "MD" -> WordClass.AUXILIARY;
      case "IN" -> WordClass.ADPOSITION;
      case "CC" -> WordClass.CONJUNCTION;
      case "CD" -> WordClass.NUMBER;
      case "TO" -> WordClass.INFINITIVE_MARKER;
      case "RP" -> WordClass.PARTICLE;
      default -> WordClass.OTHER;
    };
  }

  @Override
  public Set<Form> forms(String tag) {
    if (tag == null) {
      return Set.of();
    }
    return switch (tag) {
      case "NNS", "NNPS" -> EnumSet.of(Form.PLURAL);
      case "VBD" -> EnumSet.of(Form.PAST);
      case "VBN" -> EnumSet.of(Form.PARTICIPLE);
      case "VBG" -> EnumSet.of(Form.GERUND);
      case "VBZ" -> EnumSet.of(Form.PRESENT_THIRD);
      case "VBP" -> EnumSet.of(Form.PRESENT);
      default -> Set.of();
    };
  }

  @Override
  public TokenStream lookupFilters(TokenStream lowerCased) {
    return new KStemFilter(new ASCIIFoldingFilter(lowerCased));
  }

  @Override
  public Set<String> unknownWordForms(String lower) {
    return Set.of(lower, lower.endsWith("s") ? lower + "es" : lower + "s");
  }
}
