package dev.calque.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.languagetool.JLanguageTool;
import dev.calque.engine.CheckOptions;
import dev.calque.engine.Checker;
import dev.calque.engine.Calque;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure warm throughput on the given texts, in one run: calque without LanguageTool's "
        + "general rules, calque with them, and LanguageTool alone. Reports KB/s and ratios to LanguageTool; "
        + "timings vary between machines and runs, the ratios much less.", ""})
final class BenchCommand implements Callable<Integer> {
  @ParentCommand
  CalqueCommand parent;

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Text files to measure on.")
  List<String> files = new ArrayList<>();

  @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds after the warm-up (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Mixin
  EngineOptions engine;

  @Option(names = "--skip-languagetool", description = "Measure only calque without LanguageTool's rules.")
  boolean skipLanguageTool;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<Inputs.Input> inputs = new ArrayList<>();
    for (String f : files) {
      Inputs.Input in = Inputs.read(f, parent.stdin, spec.commandLine().getErr());
      if (in == null) {
        return ExitCodes.USAGE;
      }
      inputs.add(in);
    }
    long chars = 0;
    for (Inputs.Input in : inputs) {
      chars += in.text().length();
    }
    double kb = chars / 1024.0;
    out.printf("text: %d files, %.1f KB; %d timed rounds after at least 5 s of warm-up%n", inputs.size(), kb, rounds);
    Calque runtime = parent.runtime();
    CheckOptions base = engine.toCheckOptions().withDefaultMinConfidence(0.5);
    Checker light = runtime.checker(base.withGrammar(false));
    double lightRate = kb / time(() -> inputs.forEach(in -> light.check(in.label(), in.text())));
    out.printf("calque --no-grammar       %9.1f KB/s%n", lightRate);
    out.flush();
    if (skipLanguageTool) {
      return ExitCodes.CLEAN;
    }
    Checker full = runtime.checker(base.withGrammar(true));
    double fullRate = kb / time(() -> inputs.forEach(in -> full.check(in.label(), in.text())));
    JLanguageTool lt = new JLanguageTool(runtime.profile(base.language()).languageTool());
    double ltRate = kb / time(() -> inputs.forEach(in -> {
      try {
        for (String para : in.text().split("\r?\n")) {
          if (!para.isBlank()) {
            lt.check(para);
          }
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }));
    out.printf("calque with LanguageTool  %9.1f KB/s%n", fullRate);
    out.printf("LanguageTool alone        %9.1f KB/s%n", ltRate);
    out.printf("ratio --no-grammar / LanguageTool alone:   %.1fx%n", lightRate / ltRate);
    out.printf("ratio with LanguageTool / LanguageTool alone: %.2fx%n", fullRate / ltRate);
    return ExitCodes.CLEAN;
  }

  /** Seconds per round, after untimed warm-up rounds (at least one, and at least 5 s, so the JIT settles). */
  private double time(Runnable r) {
    long warm = System.nanoTime();
    do {
      r.run();
    } while (System.nanoTime() - warm < 5_000_000_000L);
    long t0 = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      r.run();
    }
    return (System.nanoTime() - t0) / 1e9 / rounds;
  }
}
