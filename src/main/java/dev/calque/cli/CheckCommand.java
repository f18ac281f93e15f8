package dev.calque.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import dev.calque.engine.CheckOptions;
import dev.calque.engine.Checker;
import dev.calque.report.CsvReporter;
import dev.calque.report.JsonReporter;
import dev.calque.report.XliffReporter;
import dev.calque.report.Reporter;
import dev.calque.report.TextReporter;
import dev.calque.rule.Finding;
import dev.calque.rule.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Check machine-translated text and report artifacts with suggested corrections. Given its source "
        + "(--source, or an XLIFF, TMX or tab-separated file holding both), also check the translation against it: "
        + "numbers, names, omissions, untranslated text, tags and placeholders, negation, glossary terms.", ""},
    footer = {"", "Examples:", "  calque check --source-lang es article.txt",
        "  calque check --source-lang es --source original.es.txt translation.en.txt",
        "  calque check --format xliff --glossary terms.tbx job.xlf > job.checked.xlf",
        "  cat article.txt | calque check --format json -",
        "  calque check --reference archive-index/ article.txt", "  calque check --no-grammar --fail-on major *.txt", "",
        "Exit status: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage, input or rule-file "
            + "error (an unreadable file, or one calque failed on, is reported on stderr and the others are still "
            + "checked), 3 internal error."})
final class CheckCommand implements Callable<Integer> {
  enum Format { text, json, csv, xliff }

  @ParentCommand
  CalqueCommand parent;

  @Spec
  CommandSpec spec;

  @Mixin
  EngineOptions engine;

  @Mixin
  BilingualOptions bilingual;

  @Mixin
  ReferenceOptions reference;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Text files (UTF-8) to check; - reads standard input.")
  List<String> files = new ArrayList<>();

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); xliff writes the one XLIFF "
          + "FILE back with ITS 2.0 quality-issue annotations, everything else in it unchanged.")
  Format format;

  @Option(names = "--min-confidence", defaultValue = "0.5", paramLabel = "P",
      description = "Show only findings at least this likely to be real errors, 0 to 1, in every document. By "
          + "default ${DEFAULT-VALUE}, lowered to 0.35 in a document that reads as raw machine translation (two or more "
          + "distinct artifacts at least that likely, one per 1,000 words).")
  double minConfidence;

  @Option(names = "--fail-on", defaultValue = "minor", paramLabel = "SEVERITY",
      description = "Exit with 1 when a shown finding is at least this severe: minor, major or critical "
          + "(default: ${DEFAULT-VALUE}).")
  String failOn;

  @Option(names = "--batch-source", description = "With --source-lang auto: infer the source language once from "
      + "all the FILEs together (a feed's articles share it; one article rarely shows enough on its own), then check "
      + "each with it. Reads the files twice; standard input is not read for it.")
  boolean batchSource;

  /** Of the files given, how much text --batch-source reads at most to infer the source. */
  static final int BATCH_SOURCE_LIMIT = 4 << 20;

  @Option(names = "--color", defaultValue = "auto", paramLabel = "WHEN",
      description = "Colour the text report: auto, always or never (default: ${DEFAULT-VALUE}).")
  String color;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Severity threshold = parseSeverity();
    CheckOptions request = engine.toCheckOptions(spec, minConfidence);
    Checker checker = parent.runtime().checker(request);
    if (batchSource && request.sourceLanguage() == null) {
      Checker.SourceInferenceResult inferred = checker.inferSource(batchTexts());
      if (inferred != null) {
        request = request.withSourceLanguage(inferred.language());
        checker = parent.runtime().checker(request);
      }
      err.println("calque: " + (inferred == null ? "the files together show no source language; each is inferred on its own"
          : "source language inferred across the files as " + inferred.language() + " from " + inferred.evidence().size()
              + " artifacts (" + String.join(", ", inferred.specific().subList(0, Math.min(4, inferred.specific().size())))
              + ")"));
      err.flush();
    }
    Checker check = reference.apply(checker);
    boolean failed = false;
    boolean severe = false;
    Reporter reporter = reporter();
    reporter.start(out);
    // Files are read and checked on all cores; results are reported in argument order as they come.
    boolean[] outcome = new boolean[2]; // failed, severe
    BilingualInputs inputs = new BilingualInputs(parent.runtime(), request, bilingual, files);
    if (format == Format.xliff && files.size() != 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format xliff writes one XLIFF file: "
          + "give one FILE");
    }
    InOrder.run(files, file -> inputs.checked(check, file, parent.stdin), done -> {
      err.print(done.errors());
      err.flush();
      if (done.result() == null && done.bitext() == null) {
        outcome[0] = true;
        return;
      }
      if (format == Format.xliff && (done.bitext() == null || !done.bitext().bitext().format().isXliff())) {
        err.println("calque: " + done.input().label() + ": --format xliff needs an XLIFF file");
        outcome[0] = true;
        return;
      }
      List<Finding> found = done.bitext() != null ? done.bitext().findings() : done.result().findings();
      if (done.bitext() != null) {
        reporter.bitext(done.bitext(), out);
      } else {
        reporter.document(done.result(), out);
      }
      for (Finding f : found) {
        outcome[1] |= f.severity().compareTo(threshold) >= 0;
      }
    });
    failed = outcome[0];
    severe = outcome[1];
    reporter.finish(out);
    if (failed) {
      return ExitCodes.USAGE;
    }
    return severe ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
  }

  /** The text of the files for --batch-source, up to its limit; unreadable files and standard input are left out. */
  private List<String> batchTexts() {
    List<String> texts = new ArrayList<>();
    long total = 0;
    for (String f : files) {
      if (f.equals("-") || total >= BATCH_SOURCE_LIMIT) {
        continue;
      }
      try {
        String text = dev.calque.io.InputReader.read(f, java.nio.file.Path.of(f));
        texts.add(text);
        total += text.length();
      } catch (dev.calque.io.InputException | RuntimeException e) {
        // reported when the file itself is checked
      }
    }
    return texts;
  }

  /** The findings at or above --min-confidence, and all of those from the rules in alwaysShown. */
  private Severity parseSeverity() {
    try {
      return Severity.parse(failOn);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--fail-on: " + e.getMessage());
    }
  }

  private Reporter reporter() {
    switch (format) {
      case json -> {
        return new JsonReporter();
      }
      case csv -> {
        return new CsvReporter();
      }
      case xliff -> {
        return new XliffReporter();
      }
      default -> {
      }
    }
    return new TextReporter(Terminal.wants(color, "--color", System.getenv("NO_COLOR") == null, spec));
  }
}
