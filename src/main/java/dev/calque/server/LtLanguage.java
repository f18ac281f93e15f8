package dev.calque.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.languagetool.Language;
import org.languagetool.Languages;

/**
 * A language as LanguageTool's API names it ("en-US", "English (US)") and the calque target it is
 * checked as ("en"). Variants are accepted and reported as asked; calque checks every variant of a
 * language alike (its spelling filter already keeps the other variants' spellings quiet).
 *
 * @param target calque's target language code
 * @param code LanguageTool's code with country and variant ("en-US", or "en")
 * @param name LanguageTool's name of it ("English (US)")
 */
record LtLanguage(String target, String code, String name) {

  /** The language a request names: "en", "en-US", "en_gb", "es"; 400 naming the choices otherwise. */
  static LtLanguage resolve(String tag, Set<String> targets, String parameter) {
    Language lang;
    try {
      lang = Languages.getLanguageForShortCode(normalise(tag));
    } catch (IllegalArgumentException e) {
      lang = null;
    }
    if (lang == null || !targets.contains(lang.getShortCode())) {
      throw ApiError.badRequest("'" + FormParams.shown(tag) + "' in '" + parameter + "' is not a language calque checks; "
          + "use one of " + String.join(", ", codes(targets)) + (parameter.equals("language") ? " or auto" : ""));
    }
    return of(lang);
  }

  static LtLanguage of(Language lang) {
    return new LtLanguage(lang.getShortCode(), lang.getShortCodeWithCountryAndVariant(), lang.getName());
  }

  /** LanguageTool's language for a calque target, in its default variant when it has one (en: en-US). */
  static LtLanguage defaultVariant(String target) {
    Language lang = Languages.getLanguageForShortCode(target);
    Language variant = lang.getDefaultLanguageVariant();
    return of(variant != null ? variant : lang);
  }

  /** Every language and variant calque checks, by name, as /v2/languages lists them. */
  static List<LtLanguage> all(Set<String> targets) {
    List<LtLanguage> out = new ArrayList<>();
    for (Language l : Languages.get()) {
      if (targets.contains(l.getShortCode())) {
        out.add(of(l));
      }
    }
    out.sort(Comparator.comparing(LtLanguage::name).thenComparing(LtLanguage::code));
    return out;
  }

  private static List<String> codes(Set<String> targets) {
    return all(targets).stream().map(LtLanguage::code).toList();
  }

  /** "en_gb" and "EN-gb" as "en-GB": clients differ in how they write a language tag. */
  static String normalise(String tag) {
    String[] parts = tag.trim().split("[-_]");
    StringBuilder b = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
    for (int i = 1; i < parts.length; i++) {
      b.append('-').append(i == 1 && parts[i].length() == 2 ? parts[i].toUpperCase(Locale.ROOT) : parts[i]);
    }
    return b.toString();
  }
}
