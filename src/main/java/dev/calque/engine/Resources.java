package dev.calque.engine;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.Language;
import org.languagetool.Languages;
import dev.calque.analysis.DocumentAnalyzer;
import dev.calque.analysis.Morphology;
import dev.calque.lexicon.Gazetteer;
import dev.calque.rule.Rule;
import dev.calque.rule.data.RuleLoader;

/**
 * Process-wide resources, each built on first use and then shared by every thread: LanguageTool's
 * language module and its morphology, the gazetteer index, and the bundled rules. Nothing here is
 * touched by `--help` or `rules list`, so those start fast.
 */
public final class Resources {
  /** Target languages calque can check, with the LanguageTool variant used for each. */
  public static final Map<String, String> LANGUAGES = Map.of("en", "en-US");
  /** Source languages with a pair lexicon for a target: "es" for "en". */
  public static final Map<String, List<String>> PAIRS = Map.of("en", List.of("es"));

  private static final Map<String, Morphology> MORPHOLOGY = new ConcurrentHashMap<>();
  private static final Map<String, Lazy<DocumentAnalyzer>> ANALYZERS = new ConcurrentHashMap<>();
  private static final Lazy<Gazetteer> GAZETTEER = new Lazy<>(Gazetteer::loadDefault);
  private static final Lazy<List<Rule>> BUNDLED = new Lazy<>(() -> List.copyOf(new RuleLoader().loadBundled()));

  private Resources() {
  }

  public static Language language(String code) {
    String variant = LANGUAGES.get(code);
    if (variant == null) {
      throw new IllegalArgumentException("unknown language '" + code + "'; calque checks: " + LANGUAGES.keySet());
    }
    return Languages.getLanguageForShortCode(variant);
  }

  public static Morphology morphology(String code) {
    return MORPHOLOGY.computeIfAbsent(code, c -> new Morphology(language(c)));
  }

  public static DocumentAnalyzer analyzer(String code) {
    return analyzerHolder(code).get();
  }

  private static Lazy<DocumentAnalyzer> analyzerHolder(String code) {
    return ANALYZERS.computeIfAbsent(code, c -> new Lazy<>(() -> new DocumentAnalyzer(morphology(c))));
  }

  public static Gazetteer gazetteer() {
    return GAZETTEER.get();
  }

  public static List<Rule> bundledRules() {
    return BUNDLED.get();
  }

  /**
   * Starts building the gazetteer index and the language's analysis on the other core while the
   * caller loads rules and reads input: a cold start costs the longest of them, not their sum.
   */
  public static void prewarm(String code) {
    GAZETTEER.prewarm();
    analyzerHolder(code).prewarm();
  }
}
