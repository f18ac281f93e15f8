package dev.calque.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What to check and how.
 *
 * @param language target language code of the text ("en")
 * @param sourceLanguage language the text was translated from; null when unknown (calque then infers
 *     it from the text), or {@link #NO_SOURCE} to run no pair rules
 * @param grammar whether LanguageTool's general rules run too
 * @param enable rule ids, id prefixes ("es-en.") or categories ("fluency/grammar") to switch on,
 *     including rules that are off by default
 * @param disable rule ids, prefixes or categories to switch off; wins over enable
 * @param ruleDirs extra folders of rule files
 * @param minConfidence findings below this will not be shown; LanguageTool rules whose matches can
 *     never reach it are not run at all (0 runs them all)
 * @param explicitMinConfidence whether the user set minConfidence; when not, rules switched on by
 *     name that are off by default show all their findings
 * @param calibrated whether confidences come from the fitted calibration table
 *     (rules/calibration/LANG.tsv) when it has them; off, they are the rules' hand-set priors moved
 *     by evidence.yaml (what `calque calibrate` fits from, and `evaluate --uncalibrated` measures)
 */
public record CheckOptions(String language, String sourceLanguage, boolean grammar, Set<String> enable,
    Set<String> disable, List<Path> ruleDirs, double minConfidence, boolean explicitMinConfidence,
    boolean calibrated) {

  /** The source language value that switches pair rules off instead of inferring a source. */
  public static final String NO_SOURCE = "none";

  public CheckOptions {
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new RequestException("the minimum confidence must be between 0 and 1, not " + minConfidence);
    }
    enable = Set.copyOf(enable);
    disable = Set.copyOf(disable);
    ruleDirs = List.copyOf(ruleDirs);
  }

  /** Settings with the fitted calibration on (the default). */
  public CheckOptions(String language, String sourceLanguage, boolean grammar, Set<String> enable,
      Set<String> disable, List<Path> ruleDirs, double minConfidence, boolean explicitMinConfidence) {
    this(language, sourceLanguage, grammar, enable, disable, ruleDirs, minConfidence, explicitMinConfidence, true);
  }

  /** The same settings with the fitted calibration on or off. */
  public CheckOptions withCalibration(boolean on) {
    return new CheckOptions(language, sourceLanguage, grammar, enable, disable, ruleDirs, minConfidence,
        explicitMinConfidence, on);
  }

  /**
   * The target language when none is named: the one product-wide default (the command line's
   * --lang default too), not an assumption of the engine.
   */
  public static final String DEFAULT_LANGUAGE = "en";

  /** Default settings for the default target language. */
  public static CheckOptions defaults() {
    return forLanguage(DEFAULT_LANGUAGE);
  }

  /** Default settings for a target language: source inferred, grammar on, every finding kept. */
  public static CheckOptions forLanguage(String language) {
    return new CheckOptions(language, null, true, Set.of(), Set.of(), List.of(), 0, false);
  }

  public CheckOptions withGrammar(boolean on) {
    return new CheckOptions(language, sourceLanguage, on, enable, disable, ruleDirs, minConfidence,
        explicitMinConfidence, calibrated);
  }

  public CheckOptions withSourceLanguage(String src) {
    return new CheckOptions(language, src, grammar, enable, disable, ruleDirs, minConfidence, explicitMinConfidence,
        calibrated);
  }

  /** The display threshold as the user set it. */
  public CheckOptions withMinConfidence(double min) {
    return new CheckOptions(language, sourceLanguage, grammar, enable, disable, ruleDirs, min, true, calibrated);
  }

  /** A threshold the front end chose (a default), not the user. */
  public CheckOptions withDefaultMinConfidence(double min) {
    return new CheckOptions(language, sourceLanguage, grammar, enable, disable, ruleDirs, min, false, calibrated);
  }

  public CheckOptions withLanguage(String code) {
    return new CheckOptions(code, sourceLanguage, grammar, enable, disable, ruleDirs, minConfidence,
        explicitMinConfidence, calibrated);
  }

  public CheckOptions withSelection(Set<String> on, Set<String> off) {
    return new CheckOptions(language, sourceLanguage, grammar, on, off, ruleDirs, minConfidence, explicitMinConfidence,
        calibrated);
  }

  public CheckOptions withRuleDirs(List<Path> dirs) {
    return new CheckOptions(language, sourceLanguage, grammar, enable, disable, dirs, minConfidence,
        explicitMinConfidence, calibrated);
  }

  /**
   * The source language as users write it: "auto" (or null) to infer it from the text, "none" to
   * run no pair rules, or a two-letter ISO 639-1 code.
   */
  public static String parseSource(String value) {
    if (value == null || value.equals("auto")) {
      return null;
    }
    if (value.equals(NO_SOURCE)) {
      return NO_SOURCE;
    }
    if (!value.matches("[a-z]{2}")) {
      throw new RequestException("the source language is a two-letter ISO 639-1 code such as es, or auto or none, "
          + "not '" + value + "'");
    }
    return value;
  }

  /** Whether a selector list names this rule: by id, by id prefix ending in '.', or by category. */
  public static boolean selects(Set<String> selectors, String id, String category) {
    for (String s : selectors) {
      if (s.equals(id) || s.equals(category) || (s.endsWith(".") && id.startsWith(s))
          || id.startsWith(s + ".") || category.startsWith(s + "/")) {
        return true;
      }
    }
    return false;
  }
}
