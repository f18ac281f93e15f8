package dev.calque.language.es;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import dev.calque.language.Form;
import dev.calque.language.LanguageProfile;
import dev.calque.language.WordClass;

/**
 * Spanish as a target language: LanguageTool's es module and its EAGLES-style tags (NCMS000 noun,
 * VMIS3S0 verb, AQ0MS0 adjective…), where each position of a tag is one feature. Word lists and
 * conventions are in profile.yaml beside this class.
 */
public final class SpanishProfile extends LanguageProfile {
  @Override
  public String code() {
    return "es";
  }

  @Override
  protected String languageToolCode() {
    return "es";
  }

  @Override
  public String name() {
    return "Spanish";
  }

  @Override
  public WordClass wordClass(String tag) {
    if (tag == null || tag.isEmpty()) {
      return WordClass.OTHER;
    }
    char type = at(tag, 1);
    return switch (tag.charAt(0)) {
      case 'N' -> type == 'P' ? WordClass.PROPER_NOUN : WordClass.NOUN;
      // VA: haber, and estar as the tagger marks it; ser (VS) is a copula, like English "is" a VERB.
      case 'V' -> type == 'A' ? WordClass.AUXILIARY : WordClass.VERB;
      case 'A' -> WordClass.ADJECTIVE;
      case 'R' -> WordClass.ADVERB; // RG, and RN for "no"
      case 'D' -> switch (type) {
        case 'P' -> WordClass.POSSESSIVE; // su, nuestro
        case 'N' -> WordClass.NUMBER; // numerals as determiners: mil, and digits in context
        case 'T', 'E' -> WordClass.RELATIVE; // interrogative and exclamative "qué", as English WDT
        default -> WordClass.DETERMINER; // articles, demonstratives, indefinites
      };
      case 'P' -> switch (type) {
        case 'R', 'T', 'E' -> WordClass.RELATIVE; // que, cual, cuyo, quién, cuándo
        default -> WordClass.PRONOUN;
      };
      case 'S' -> WordClass.ADPOSITION; // SPS00, and SP:DA for the contractions del, al
      case 'C' -> WordClass.CONJUNCTION; // CC and CS: the tagset keeps subordinators apart from prepositions
      case 'Z' -> WordClass.NUMBER;
      default -> WordClass.OTHER; // interjections (I), punctuation (F), dates (W)
    };
  }

  @Override
  public Set<Form> forms(String tag) {
    if (tag == null || tag.length() < 2) {
      return Set.of();
    }
    Set<Form> out = EnumSet.noneOf(Form.class);
    switch (tag.charAt(0)) {
      case 'N' -> plural(out, at(tag, 3));
      case 'A', 'D', 'P' -> plural(out, at(tag, 4));
      case 'V' -> verbForms(out, tag);
      default -> {
      }
    }
    return out.isEmpty() ? Set.of() : out;
  }

  /** Verb tags: mood at 2, tense at 3, person at 4, number at 5. */
  private static void verbForms(Set<Form> out, String tag) {
    char mood = at(tag, 2);
    char tense = at(tag, 3);
    switch (mood) {
      case 'G' -> out.add(Form.GERUND);
      case 'P' -> {
        out.add(Form.PARTICIPLE);
        plural(out, at(tag, 5)); // participles agree: dichos, elegidas
      }
      case 'I' -> {
        if (tense == 'S' || tense == 'I') {
          out.add(Form.PAST); // preterite (dijo) and imperfect (decía)
        } else if (tense == 'P') {
          out.add(at(tag, 4) == '3' && at(tag, 5) == 'S' ? Form.PRESENT_THIRD : Form.PRESENT);
        }
      }
      default -> {
        // subjunctive, imperative, infinitive: no English-style form to map to
      }
    }
  }

  /** Spanish words agree in gender as well as number, and verbs take every tense: nouns, adjectives,
   * determiners and every verb form but the infinitive pass their inflection on. */
  @Override
  public boolean passesInflection(String tag) {
    if (tag == null || tag.length() < 2) {
      return false;
    }
    return switch (tag.charAt(0)) {
      case 'N', 'A' -> true;
      case 'V' -> at(tag, 2) != 'N';
      default -> !forms(tag).isEmpty();
    };
  }

  @Override
  public boolean adjectivesPrecedeNouns() {
    return false;
  }

  /**
   * The same number in another gender: a noun or adjective of common gender (NCCP000, AQ0CP0) for a
   * masculine or feminine one and the reverse (common gender takes the masculine, the unmarked
   * one); between an adjective and a participle used as one ("devastada", VMP00SF, gives
   * "destrozada" from a correction written as the verb "destrozar").
   */
  @Override
  public List<String> synthesisFallbacks(String tag) {
    if (tag == null || tag.length() < 4) {
      return List.of();
    }
    char c = tag.charAt(0);
    if (c == 'N') {
      return List.of("N" + at(tag, 1) + gender(at(tag, 2)) + at(tag, 3) + ".*", "N.[MFC]" + at(tag, 3) + ".*");
    }
    if (c == 'A' && tag.length() >= 5) {
      char gender = at(tag, 3);
      char number = at(tag, 4);
      return List.of("A.." + gender(gender) + number + ".*", "A..[MFC]" + number + ".*",
          "V.P.." + number + (gender == 'C' ? "M" : String.valueOf(gender)));
    }
    if (c == 'V' && at(tag, 2) == 'P' && tag.length() >= 7) {
      return List.of("A.." + gender(at(tag, 6)) + at(tag, 5) + ".*");
    }
    return List.of();
  }

  /** A gender position as a pattern: itself or common; masculine or common for common gender. */
  private static String gender(char g) {
    return g == 'C' || g == '0' ? "[MC]" : "[" + g + "C]";
  }

  private static void plural(Set<Form> out, char number) {
    if (number == 'P') {
      out.add(Form.PLURAL);
    }
  }

  private static char at(String tag, int i) {
    return i < tag.length() ? tag.charAt(i) : 0;
  }

  /**
   * The light stemmer also strips the accents of vowels (política and politica share a key). No
   * ASCII folding on top: it would fold ñ too and make "año" the key of "ano".
   */
  @Override
  public TokenStream lookupFilters(TokenStream lowerCased) {
    return new SpanishLightStemFilter(lowerCased);
  }

  /**
   * The regular plural: -s after a vowel, -ces for -z, -es after another consonant, and -s there
   * too because unknown words are mostly loans, which take it ("blogs", "tuits"); words in -s and -x
   * are taken as invariable ("la crisis", "los bíceps").
   */
  @Override
  public Set<String> unknownWordForms(String lower) {
    if (lower.isEmpty()) {
      return Set.of(lower);
    }
    char last = lower.charAt(lower.length() - 1);
    if ("aeiouáéíóú".indexOf(last) >= 0) {
      return Set.of(lower, lower + "s");
    }
    if (last == 'z') {
      return Set.of(lower, lower.substring(0, lower.length() - 1) + "ces");
    }
    if (last == 's' || last == 'x' || !Character.isLetter(last)) {
      return Set.of(lower);
    }
    return Set.of(lower, lower + "es", lower + "s");
  }
}
