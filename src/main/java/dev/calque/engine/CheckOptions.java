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
 */
public record CheckOptions(String language, String sourceLanguage, boolean grammar, Set<String> enable,
    Set<String> disable, List<Path> ruleDirs, double minConfidence) {

  /** The source language value that switches pair rules off instead of inferring a source. */
  public static final String NO_SOURCE = "none";

  public CheckOptions {
    enable = Set.copyOf(enable);
    disable = Set.copyOf(disable);
    ruleDirs = List.copyOf(ruleDirs);
  }

  public static CheckOptions defaults() {
    return new CheckOptions("en", null, true, Set.of(), Set.of(), List.of(), 0);
  }

  public CheckOptions withGrammar(boolean on) {
    return new CheckOptions(language, sourceLanguage, on, enable, disable, ruleDirs, minConfidence);
  }

  public CheckOptions withSourceLanguage(String src) {
    return new CheckOptions(language, src, grammar, enable, disable, ruleDirs, minConfidence);
  }

  public CheckOptions withMinConfidence(double min) {
    return new CheckOptions(language, sourceLanguage, grammar, enable, disable, ruleDirs, min);
  }

  /** Whether a selector list names this rule: by id, by id prefix ending in '.', or by category. */
  static boolean selects(Set<String> selectors, String id, String category) {
    for (String s : selectors) {
      if (s.equals(id) || s.equals(category) || (s.endsWith(".") && id.startsWith(s))
          || id.startsWith(s + ".") || category.startsWith(s + "/")) {
        return true;
      }
    }
    return false;
  }
}
