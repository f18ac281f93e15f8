package dev.calque.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import dev.calque.engine.CheckOptions;
import dev.calque.engine.Checker;
import dev.calque.engine.Resources;
import dev.calque.engine.RuleSelectors;
import dev.calque.rule.Rule;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;

/** Options shared by the commands that run the engine. */
final class EngineOptions {
  @Option(names = "--lang", paramLabel = "CODE", defaultValue = "en",
      description = "Language of the text (default: ${DEFAULT-VALUE}). Supported: en.")
  String language;

  @Option(names = "--source-lang", paramLabel = "CODE", defaultValue = "auto",
      description = "Language the text was translated from, e.g. es: switches on that pair's lexicons "
          + "(calques, false friends). 'auto' (default) infers it from the artifacts themselves (two or more "
          + "strong ones specific to a source language; the report says so); 'none' switches pair rules off.")
  String sourceLanguage;

  @Option(names = "--no-grammar", description = "Skip LanguageTool's general grammar and spelling rules (much faster).")
  boolean noGrammar;

  @Option(names = "--enable", split = ",", paramLabel = "RULE",
      description = "Rule ids, id prefixes (es-en.) or categories (style/unidiomatic) to switch on, "
          + "including rules that are off by default; check shows every finding of those even below the default "
          + "--min-confidence (an explicit --min-confidence still applies). A name that matches no rule is an error.")
  List<String> enable = new ArrayList<>();

  @Option(names = "--disable", split = ",", paramLabel = "RULE",
      description = "Rule ids, id prefixes or categories to switch off (e.g. languagetool.EN_QUOTES, fluency/spelling). "
          + "A name that matches no rule is an error.")
  List<String> disable = new ArrayList<>();

  @Option(names = "--rules", paramLabel = "DIR", description = "Extra folder of rule files (YAML); may repeat.")
  List<Path> ruleDirs = new ArrayList<>();

  CheckOptions toCheckOptions(CommandSpec spec) {
    if (!Resources.LANGUAGES.containsKey(language)) {
      throw new ParameterException(spec.commandLine(), "unknown language '" + language + "' for --lang; supported: "
          + Resources.LANGUAGES.keySet());
    }
    String src = sourceLanguage;
    if ("auto".equals(src)) {
      src = null;
    } else if ("none".equals(src)) {
      src = CheckOptions.NO_SOURCE;
    } else if (src != null) {
      if (!src.matches("[a-z]{2}")) {
        throw new ParameterException(spec.commandLine(), "--source-lang takes a two-letter ISO 639-1 code such as es,"
            + " not '" + src + "'");
      }
      List<String> pairs = Resources.PAIRS.getOrDefault(language, List.of());
      if (!pairs.contains(src)) {
        spec.commandLine().getErr().println("calque: note: no " + src + "-" + language
            + " lexicon yet; only language-independent rules apply (pairs: " + pairs + ")");
      }
    }
    Set<String> en = new LinkedHashSet<>(enable);
    Set<String> dis = new LinkedHashSet<>(disable);
    CheckOptions options = new CheckOptions(language, src, !noGrammar, en, dis, ruleDirs, 0);
    checkSelectors(spec, options);
    return options;
  }

  /** A selector that names nothing is a usage error: a typo would otherwise switch nothing, unnoticed. */
  private void checkSelectors(CommandSpec spec, CheckOptions options) {
    if (enable.isEmpty() && disable.isEmpty()) {
      return; // nothing to check: no need to load the rules here
    }
    List<Rule> all = Checker.allRules(options);
    for (String problem : new String[] {RuleSelectors.unknown("--enable", enable, all),
        RuleSelectors.unknown("--disable", disable, all)}) {
      if (problem != null) {
        throw new ParameterException(spec.commandLine(), problem);
      }
    }
  }
}
