package dev.calque.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.languagetool.JLanguageTool;
import dev.calque.bench.LanguageToolAlone;
import dev.calque.bench.WholeProcessBench;
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
        + "general rules, calque with them, and LanguageTool alone. Reports KB/s and ratios to LanguageTool "
        + "(and, without LanguageTool's rules, KB per CPU second of the checking thread); timings vary between "
        + "machines and runs, the ratios and CPU rates much less.",
        "With --processes, time whole processes instead (start-up, warm-up and all): calque's launcher "
        + "checking the files against LanguageTool alone checking them, interleaved, on fresh text each round.",
        ""},
    footer = {"", "Examples:", "  calque bench --rounds 5 news.txt", "  calque bench --no-grammar --scale 2048 news.txt",
        "  calque bench --processes --rounds 3 a.txt b.txt",
        "  calque bench --processes --languagetool-java-opts='-XX:TieredStopAtLevel=1' a.txt"})
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

  @Option(names = "--scale", paramLabel = "KB", defaultValue = "0",
      description = "Repeat each text (its lines rotated each time) until it is at least this many KB.")
  int scaleKb;

  @Option(names = "--names", paramLabel = "KB", defaultValue = "0",
      description = "Add a generated text of about this many KB dense with novel names and their misspellings.")
  int namesKb;

  @Option(names = "--only-names", description = "Measure only the generated name text (with --names).")
  boolean onlyNames;

  @Option(names = "--processes", description = "Time whole processes: calque (as its launcher runs it) against "
      + "LanguageTool alone (one JLanguageTool, every line a paragraph), one process per side and round.")
  boolean processes;

  @Option(names = "--languagetool-java-opts", paramLabel = "OPTS", defaultValue = "",
      description = "JVM options for the LanguageTool-alone process of --processes (default: none, as its own "
          + "command line starts), e.g. calque's own to compare with the same JVM settings.")
  String languageToolJavaOpts;

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
    if (onlyNames) {
      inputs.clear();
    }
    if (scaleKb > 0) {
      inputs.replaceAll(in -> new Inputs.Input(in.label(), scaled(in.text(), scaleKb * 1024)));
    }
    if (namesKb > 0) {
      inputs.add(new Inputs.Input("<names>", nameText(namesKb * 1024, 42)));
    }
    if (processes) {
      return wholeProcesses(inputs, out);
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
    double lightRate = kb / time(r -> inputs.forEach(in -> light.check(in.label(), fresh(in.text(), r))));
    // one thread does all of this check: its CPU time is what a loaded, shared machine does not blur
    out.printf("calque --no-grammar       %9.1f KB/s  (%.1f KB per CPU second)%n", lightRate, kb / lastCpuSeconds);
    out.flush();
    if (skipLanguageTool) {
      return ExitCodes.CLEAN;
    }
    Checker full = runtime.checker(base.withGrammar(true));
    double fullRate = kb / time(r -> inputs.forEach(in -> full.check(in.label(), fresh(in.text(), r))));
    JLanguageTool lt = new JLanguageTool(runtime.profile(base.language()).languageTool());
    double ltRate = kb / time(r -> inputs.forEach(in -> {
      try {
        for (String para : fresh(in.text(), r).split("\r?\n")) {
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

  private int wholeProcesses(List<Inputs.Input> inputs, PrintWriter out) throws IOException {
    Path jar = WholeProcessBench.codeSource();
    // The launcher beside target/ is how users run calque (its JVM options, class-data archive);
    // without it (a jar copied elsewhere), the jar with this JVM's own options.
    Path launcher = jar.getParent() == null || jar.getParent().getParent() == null ? null
        : jar.getParent().getParent().resolve("calque");
    List<String> calque = new ArrayList<>();
    if (launcher != null && Files.isExecutable(launcher) && Files.isRegularFile(jar)) {
      calque.add(launcher.toString());
    } else {
      calque.add(WholeProcessBench.javaBinary());
      calque.addAll(WholeProcessBench.ownJvmOptions());
      calque.addAll(List.of("-cp", jar.toString(), Main.class.getName()));
    }
    calque.addAll(List.of("check", "--format", "json"));
    calque.addAll(engine.asArguments());
    String ltLang = parent.runtime().profile(engine.toCheckOptions().language()).languageTool()
        .getShortCodeWithCountryAndVariant();
    List<String> lt = new ArrayList<>(List.of(WholeProcessBench.javaBinary()));
    for (String o : languageToolJavaOpts.trim().split("\\s+")) {
      if (!o.isEmpty()) {
        lt.add(o);
      }
    }
    lt.addAll(List.of("-cp", jar.toString(), LanguageToolAlone.class.getName(), ltLang));
    long chars = inputs.stream().mapToLong(in -> in.text().length()).sum();
    out.printf("text: %d files, %.1f KB; %d rounds, each side one process per round%n", inputs.size(),
        chars / 1024.0, rounds);
    out.printf("calque:            %s%n", String.join(" ", calque));
    out.printf("LanguageTool alone: %s%n", String.join(" ", lt));
    Path dir = Files.createTempDirectory("calque-bench");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      names.add(i + ".txt");
    }
    try {
      new WholeProcessBench(List.of(new WholeProcessBench.Side("calque", calque),
          new WholeProcessBench.Side("LanguageTool alone", lt)), out)
          .run(rounds, r -> WholeProcessBench.write(dir, names,
              inputs.stream().map(in -> fresh(in.text(), r + 1)).toList()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ExitCodes.INTERNAL;
    } finally {
      for (String n : names) {
        Files.deleteIfExists(dir.resolve(n));
      }
      Files.deleteIfExists(dir);
    }
    return ExitCodes.CLEAN;
  }

  /** Seconds per round, after untimed warm-up rounds (at least one, and at least 5 s, so the JIT settles). */
  private double time(java.util.function.IntConsumer r) {
    int round = 0;
    long warm = System.nanoTime();
    do {
      r.accept(round++);
    } while (System.nanoTime() - warm < 5_000_000_000L);
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      r.accept(round++);
    }
    lastCpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9 / rounds;
    return (System.nanoTime() - t0) / 1e9 / rounds;
  }

  /** CPU seconds of this thread per round in the last {@link #time} (the checks it ran itself). */
  private double lastCpuSeconds;

  /**
   * The text as round r sees it: its lines rotated by a different amount each round, so no cache
   * of whole documents or paragraphs sequences can serve a round from the one before (word-level
   * caches still help, as they do on any real archive).
   */
  static String fresh(String text, int round) {
    String[] lines = text.split("\n", -1);
    if (lines.length < 2) {
      return text;
    }
    int shift = (int) ((round * 7919L) % lines.length);
    StringBuilder b = new StringBuilder(text.length() + 1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[(i + shift) % lines.length];
      if (!line.isEmpty()) {
        b.append(line).append('\n');
      }
    }
    return b.toString();
  }

  /** The text repeated, its lines rotated differently each copy, to at least size chars. */
  static String scaled(String text, int size) {
    StringBuilder b = new StringBuilder(size + text.length());
    for (int copy = 0; b.length() < size; copy++) {
      b.append(fresh(text, copy + 1));
    }
    return b.toString();
  }

  private static final String[] ONSETS = {"b", "ch", "d", "dr", "g", "k", "kh", "l", "m", "n", "p", "r", "s",
      "sh", "t", "ts", "v", "y", "z", "zh"};
  private static final String[] NUCLEI = {"a", "e", "i", "o", "u", "ia", "ai", "ou", "ei", "y"};
  private static final String[] CODAS = {"", "", "n", "ng", "r", "k", "v", "sk", "ch"};
  private static final String[] GLUE = {"met", "said", "told", "visited", "thanked", "and", "with", "of"};

  /**
   * News-like sentences dense with novel names (made of random syllables, seeded), some of them
   * later spelt one edit apart: the worst case for a rule comparing names.
   */
  static String nameText(int size, long seed) {
    java.util.Random rnd = new java.util.Random(seed);
    List<String> names = new ArrayList<>();
    StringBuilder b = new StringBuilder(size + 200);
    while (b.length() < size) {
      int words = 8 + rnd.nextInt(8);
      for (int w = 0; w < words; w++) {
        String word;
        if (rnd.nextInt(3) == 0) {
          word = GLUE[rnd.nextInt(GLUE.length)];
        } else if (!names.isEmpty() && rnd.nextInt(4) == 0) {
          word = names.get(rnd.nextInt(names.size()));
          if (rnd.nextInt(10) == 0) {
            int k = 1 + rnd.nextInt(word.length() - 1);
            word = word.substring(0, k) + (char) ('a' + rnd.nextInt(26)) + word.substring(k + 1);
          }
        } else {
          StringBuilder n = new StringBuilder();
          for (int syl = 2 + rnd.nextInt(3); syl > 0; syl--) {
            n.append(ONSETS[rnd.nextInt(ONSETS.length)]).append(NUCLEI[rnd.nextInt(NUCLEI.length)])
                .append(CODAS[rnd.nextInt(CODAS.length)]);
          }
          word = Character.toUpperCase(n.charAt(0)) + n.substring(1);
          names.add(word);
        }
        b.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word)
            .append(w == words - 1 ? ".\n" : " ");
      }
    }
    return b.toString();
  }
}
