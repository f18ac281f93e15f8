package dev.calque.server;

import java.util.Locale;
import dev.calque.rule.Category;
import dev.calque.rule.Finding;
import dev.calque.rule.LanguageToolOrigin;

/**
 * calque's terms in LanguageTool's: a finding of calque's own rules gets an ITS 2.0 issue type from
 * its MQM category (the reverse of the bridge's mapping), its category id is the MQM category
 * itself (so a client that disables it by id disables it in calque), and a name a person can read.
 * LanguageTool's own findings keep LanguageTool's terms.
 */
final class LtVocabulary {
  private LtVocabulary() {
  }

  static String issueType(Finding f) {
    LanguageToolOrigin lt = f.rule().languageTool();
    if (lt != null) {
      return lt.issueType();
    }
    return switch (f.category()) {
      case Category.MISTRANSLATION -> "mistranslation";
      case Category.UNTRANSLATED, Category.NON_TRANSLATION -> "untranslated";
      case Category.ADDITION -> "addition";
      case Category.OMISSION -> "omission";
      case Category.SPELLING -> "misspelling";
      case Category.PUNCTUATION -> "typographical";
      case Category.INCONSISTENCY -> "inconsistency";
      case Category.REGISTER -> "register";
      case Category.UNIDIOMATIC -> "style";
      case Category.WRONG_TERM -> "terminology";
      case Category.NUMBER_FORMAT, Category.LOCALE_PUNCTUATION, Category.TIME_FORMAT -> "locale-violation";
      default -> "grammar";
    };
  }

  /** LanguageTool's match type: UnknownWord for spelling (clients offer "add to dictionary"), else Other. */
  static String typeName(Finding f) {
    return issueType(f).equals("misspelling") ? "UnknownWord" : "Other";
  }

  static String categoryId(Finding f) {
    LanguageToolOrigin lt = f.rule().languageTool();
    return lt != null ? lt.category() : f.category();
  }

  static String categoryName(Finding f) {
    LanguageToolOrigin lt = f.rule().languageTool();
    if (lt != null && lt.categoryName() != null) {
      return lt.categoryName();
    }
    return readable(f.category());
  }

  /** "accuracy/mistranslation" as "Accuracy: mistranslation". */
  static String readable(String category) {
    int slash = category.indexOf('/');
    String dimension = slash < 0 ? category : category.substring(0, slash);
    String head = dimension.isEmpty() ? "" : dimension.substring(0, 1).toUpperCase(Locale.ROOT) + dimension.substring(1);
    return slash < 0 ? head : head + ": " + category.substring(slash + 1).replace('-', ' ');
  }

  /** The rule's description; calque's rules without one are described by their category and id. */
  static String description(Finding f) {
    String d = f.rule().description();
    if (d != null && !d.isBlank()) {
      return d.strip().replaceAll("\\s+", " ");
    }
    return readable(f.category()) + " (" + f.ruleId() + ")";
  }
}
