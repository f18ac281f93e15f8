package dev.calque.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import dev.calque.engine.CheckOptions;
import picocli.CommandLine.Option;

/** Options shared by the commands that run the engine (and the Spark job, spark/). */
public final class EngineOptions {
  @Option(names = "--lang", paramLabel = "CODE", defaultValue = CheckOptions.DEFAULT_LANGUAGE,
      description = "Language of the text (en, es; default: ${DEFAULT-VALUE}); calque rules list shows the rules of each.")
  String language;

  @Option(names = "--source-lang", paramLabel = "CODE", defaultValue = "auto",
      description = "Language the text was translated from, e.g. es or fr: switches on that pair's lexicons "
          + "(calques, false friends). 'auto' (default) infers it from the artifacts themselves (two or more "
          + "strong ones, some found by that pair's rules alone; the report says so); 'none' switches pair rules off.")
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

  /** The request these options describe; the engine validates it (RequestException on a bad value). */
  CheckOptions toCheckOptions() {
    return new CheckOptions(language, CheckOptions.parseSource(sourceLanguage), !noGrammar,
        new LinkedHashSet<>(enable), new LinkedHashSet<>(disable), ruleDirs, 0, false);
  }

  /**
   * The request with the command's --min-confidence: the user's own when given (it then applies to
   * rules switched on by name too), else a default that does not.
   */
  public CheckOptions toCheckOptions(picocli.CommandLine.Model.CommandSpec spec, double minConfidence) {
    boolean explicit = spec.commandLine().getParseResult().hasMatchedOption("--min-confidence");
    return explicit ? toCheckOptions().withMinConfidence(minConfidence)
        : toCheckOptions().withDefaultMinConfidence(minConfidence);
  }

  /** These options as command-line arguments again, for a child calque process. */
  List<String> asArguments() {
    List<String> args = new ArrayList<>(List.of("--lang", language, "--source-lang", sourceLanguage));
    if (noGrammar) {
      args.add("--no-grammar");
    }
    if (!enable.isEmpty()) {
      args.add("--enable=" + String.join(",", enable));
    }
    if (!disable.isEmpty()) {
      args.add("--disable=" + String.join(",", disable));
    }
    for (Path dir : ruleDirs) {
      args.add("--rules=" + dir.toAbsolutePath());
    }
    return args;
  }
}
