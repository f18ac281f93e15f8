package dev.calque.cli;

import java.io.InputStream;
import java.util.concurrent.Callable;
import dev.calque.Version;
import dev.calque.engine.Calque;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "calque", mixinStandardHelpOptions = true, versionProvider = CalqueCommand.VersionProvider.class,
    description = {"Finds machine-translation artifacts (repetitions, calques, false friends, mangled names, "
        + "source-language punctuation, boilerplate) and proposes corrections with confidence scores.", ""},
    subcommands = {CheckCommand.class, FixCommand.class, AuditCommand.class, ServeCommand.class, RulesCommand.class,
        BenchCommand.class, BenchServerCommand.class, EvaluateCommand.class, CalibrateCommand.class, IndexCommand.class,
        CommandLine.HelpCommand.class},
    footer = {"", "Examples:", "  calque check --source-lang es article.txt",
        "  calque check --format json --no-grammar *.txt", "  calque fix --diff --source-lang es article.txt",
        "  calque audit --out audit/ archive.jsonl.gz", "  calque serve --port 8081", "  calque rules list", "",
        "Exit status: 0 clean, 1 findings at or above --fail-on, 2 usage, input or rule-file error "
            + "(or a document calque could not check), 3 internal error (please report it)."})
final class CalqueCommand implements Callable<Integer> {
  /** A fresh runtime sized for the machine: what the command line uses unless a test supplies one. */
  static final java.util.function.Supplier<Calque> DEFAULT = Calque::new;

  final InputStream stdin;
  private final java.util.function.Supplier<Calque> runtime;
  private Calque built;

  @Spec
  CommandSpec spec;

  CalqueCommand(InputStream stdin, java.util.function.Supplier<Calque> runtime) {
    this.stdin = stdin;
    this.runtime = runtime;
  }

  /** The runtime, built on first use: --help and usage errors never pay for it. */
  Calque runtime() {
    if (built == null) {
      built = runtime.get();
    }
    return built;
  }

  /**
   * The runtime for a server running this many checks at once (a pool of LanguageTool instances as
   * large); a runtime the caller supplied (tests share one) is used as it is.
   */
  Calque runtime(int concurrentChecks) {
    if (built == null) {
      built = runtime == DEFAULT ? Calque.forConcurrentChecks(concurrentChecks) : runtime.get();
    }
    return built;
  }

  @Override
  public Integer call() {
    // No command is a usage error: the help goes to stderr, so a pipeline never reads it as a report.
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"calque " + Version.VERSION};
    }
  }
}
