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

  /** How many distinct artifacts, at what confidence, make a source language inferred. */
  public record SourceInference(int minEvidence, double evidenceConfidence) {
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
  public Language languageTool() {
    return Languages.getLanguageForShortCode(languageToolCode());
  }

  @Override
  public String toString() {
    return code();
  }
}
