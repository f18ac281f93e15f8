package dev.calque.language.en;

import dev.calque.language.LanguageProfile;

/** English as a target language (US spelling for LanguageTool's speller; British forms are known words). */
public final class EnglishProfile extends LanguageProfile {
  @Override
  public String code() {
    return "en";
  }

  @Override
  protected String languageToolCode() {
    return "en-US";
  }

  @Override
  public String name() {
    return "English";
  }
}
