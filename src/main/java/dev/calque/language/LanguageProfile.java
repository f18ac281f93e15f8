package dev.calque.language;

import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.languagetool.Language;
import org.languagetool.Languages;

/**
 * Everything calque knows about one target language, in one place, as LanguageTool's Language
 * class and Lucene's analysis/LANG packages do: the generic engine, rule kinds and rule families
 * ask the profile and never assume English. Profiles are found on the classpath (ServiceLoader),
 * so adding a target language is a profile class, its rule folder and its LanguageTool module.
 */
public abstract class LanguageProfile {
  /** ISO 639-1 code: "en". */
  public abstract String code();

  /** LanguageTool's code of the variant checked: "en-US". */
  protected abstract String languageToolCode();

  /** Name for messages: "English". */
  public abstract String name();

  /** The neutral word class of one of the tagger's tags; OTHER for a tag calque has no use for. */
  public abstract WordClass wordClass(String tag);

  /** The inflectional features a tag carries (empty for a base form or an uninflected word). */
  public abstract Set<Form> forms(String tag);

  /**
   * The Lucene filters that turn a lower-cased word into its lookup key (stemming, accent folding),
   * applied after a keyword tokenizer and a lower-case filter.
   */
  public abstract TokenStream lookupFilters(TokenStream lowerCased);

  /**
   * Forms an unknown word (one the dictionary lacks) may also take, lower-cased: English adds its
   * plural, so that "independentism" matches "independentisms" but stemming cannot widen a match.
   */
  public Set<String> unknownWordForms(String lower) {
    return Set.of(lower);
  }

  /**
   * Whether a capital letter inside running text marks a name. True in English, where a
   * capitalised word the speller does not know is a name, not a typo; false in German, where every
   * noun is capitalised.
   */
  public boolean capitalisationMarksNames() {
    return true;
  }

  /**
   * Whether adjectives usually come before their noun (English "social support"). Where they follow
   * it (Spanish "la red social"), a word that may be an adjective right before a verb ends the
   * subject and says nothing about the verb's word class.
   */
  public boolean adjectivesPrecedeNouns() {
    return true;
  }

  /**
   * Whether a word with this tag passes its inflection on to the correction that replaces it. By
   * default, when the tag carries a form the engine names (plural, past, participle…); a language
   * whose corrections must also agree in gender or take other tenses says so.
   */
  public boolean passesInflection(String tag) {
    return !forms(tag).isEmpty();
  }

  /**
   * Tag patterns (regular expressions) to synthesise a correction with when the matched word's own
   * tag gives no form of it, most specific first: in Spanish, "nacionales" is tagged common gender
   * (AQ0CP0) where "domésticos" is masculine (AQ0MP0). None by default.
   */
  public List<String> synthesisFallbacks(String tag) {
    return List.of();
  }

  /** Short function words (articles, prepositions, conjunctions): doubled, they are MT stutter. */
  public Set<String> functionWords() {
    return data().words("function-words");
  }

  /** Forms of the auxiliary verbs ("is", "has been"): a participle after one is passive or perfect. */
  public Set<String> auxiliaries() {
    return data().words("auxiliaries");
  }

  /** Doubled words that are grammatical ("had had", "that that"), lower-cased pairs; may be empty. */
  public Set<String> legitimateDoubles() {
    return data().words("legitimate-doubles");
  }

  /** Names of the days of the week, lower-cased. */
  public Set<String> weekdays() {
    return data().words("weekdays");
  }

  /** A word list of the profile's data file (for rule families with language-specific words). */
  public Set<String> words(String key) {
    return data().words(key);
  }

  /** The decimal separator of numbers in this language ("." in English, "," in Spanish). */
  public String decimalSeparator() {
    return data().text("decimal-separator");
  }

  /** The separator of thousands ("," in English, "." or a space in Spanish). */
  public String groupingSeparator() {
    return data().text("grouping-separator");
  }

  /** Opening and closing quotation marks, outermost first (English “ ”, Spanish « »). */
  public List<String> quotes() {
    return data().strings("quotes");
  }

  /** LanguageTool's prior policy for this target, a resource (rules/languagetool/CODE.yaml). */
  public String languageToolPolicy() {
    return "rules/languagetool/" + code() + ".yaml";
  }

  /** The folder of known names (gazetteer TSV files) for text in this language, a resource. */
  public String gazetteer() {
    return "corpora/gazetteer";
  }

  /** Demonyms of this language (nationality words and their countries), a resource. */
  public String demonyms() {
    return "corpora/demonyms/" + code() + ".tsv";
  }

  /**
   * How many distinct artifacts, at what confidence, make a source language inferred, and how many
   * of them must point to that source alone (found by its rules and by no other candidate's).
   */
  public record SourceInference(int minEvidence, double evidenceConfidence, int minSpecific) {
  }

  /** The inference threshold for text translated from this source language into this target. */
  public SourceInference sourceInference(String source) {
    return data().sourceInference(source);
  }

  /** The profile's data file (dev/calque/language/CODE/profile.yaml), read once. */
  protected final ProfileData data() {
    ProfileData d = data;
    if (d == null) {
      synchronized (this) {
        if (data == null) {
          data = ProfileData.load(getClass(), code());
        }
        d = data;
      }
    }
    return d;
  }

  private volatile ProfileData data;

  /** LanguageTool's language module for this target (its tagger, synthesizer, rules). */
  /**
   * The indefinite article this word takes ("an" before "hour", "a" before "union"), or null where
   * the language has no such alternation or the word gives no answer: a correction that swaps the
   * word after "a"/"an" must swap the article too.
   */
  public String indefiniteArticle(String word) {
    return null;
  }

  public Language languageTool() {
    return Languages.getLanguageForShortCode(languageToolCode());
  }

  @Override
  public String toString() {
    return code();
  }
}
