package dev.calque.language;

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

  /** LanguageTool's language module for this target (its tagger, synthesizer, rules). */
  public Language languageTool() {
    return Languages.getLanguageForShortCode(languageToolCode());
  }

  @Override
  public String toString() {
    return code();
  }
}
