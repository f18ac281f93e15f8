package dev.calque.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One runtime and its checkers shared across tests: building LanguageTool above all is too slow to repeat. */
public final class Engines {
  private static final Calque RUNTIME = new Calque();
  private static final Map<String, Checker> LIGHT = new ConcurrentHashMap<>();
  private static final Map<String, Checker> FULL = new ConcurrentHashMap<>();

  private Engines() {
  }

  /** The runtime every test shares. */
  public static Calque runtime() {
    return RUNTIME;
  }

  /**
   * What is wrong with a rule's examples, run as `calque rules test` runs them: in the rule's own
   * target language (rules/es/ in Spanish), common and user rules in the default one (English).
   */
  public static java.util.List<String> examples(dev.calque.rule.Rule rule) {
    String lang = language(rule);
    return dev.calque.rule.ExampleRunner.run(rule, RUNTIME.analyzer(lang), RUNTIME.gazetteer(lang));
  }

  /** The language a rule's examples are written in. */
  public static String language(dev.calque.rule.Rule rule) {
    return dev.calque.rule.ExampleRunner.language(rule.spec(), RUNTIME.languages(), CheckOptions.DEFAULT_LANGUAGE);
  }

  /** Without LanguageTool's rules; source may be null. */
  public static Checker light(String source) {
    return LIGHT.computeIfAbsent(String.valueOf(source),
        s -> RUNTIME.checker(CheckOptions.defaults().withGrammar(false).withSourceLanguage(source)));
  }

  /** With LanguageTool's rules. */
  public static Checker full(String source) {
    return FULL.computeIfAbsent(String.valueOf(source),
        s -> RUNTIME.checker(CheckOptions.defaults().withSourceLanguage(source)));
  }
}
