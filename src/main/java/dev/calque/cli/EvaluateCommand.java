package dev.calque.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.RuleMatch;
import dev.calque.engine.CheckOptions;
import dev.calque.engine.Checker;
import dev.calque.engine.Calque;
import dev.calque.bilingual.BilingualChecker;
import dev.calque.eval.BilingualEvaluation;
import dev.calque.calibration.Harvest;
import dev.calque.eval.Evaluation;
import dev.calque.eval.MqmSet;
import dev.calque.eval.ReliabilityChart;
import dev.calque.rule.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Measure calque (and LanguageTool alone, in the same run) on evaluation data: "
        + "false alarms per 1,000 words on clean text (--clean, one segment per line, read as documents of 20 "
        + "lines), and precision and recall against human MQM error spans (--mqm, a folder with segments.tsv and "
        + "spans.jsonl, each system's translation of a document checked as one document, a segment a line). For "
        + "calque it also measures calibration on MQM data: precision at --min-confidence, precision of the "
        + "1, 3 and 5 most confident findings per 1,000 words, a reliability table (and --chart, a PNG) and the "
        + "expected calibration error (with a 90%% interval from resampling source segments). On sentences with "
        + "their artifacts marked (--marked, one a line, each "
        + "checked alone) it counts artifacts found and false alarms, and, where a mark gives the corrections a "
        + "copy editor would accept ([[span=>one|other]]), whether the best suggestion on each found artifact, "
        + "applied as fix applies it, makes the sentence right: the share right, the share right at fix's default "
        + "threshold, and a reliability table of suggestion confidence.", ""},
    footer = {"", "Examples:",
        "  calque evaluate --mqm ../shared/data/mqm/ted2021-zh-en --rows held-out --chart zh-en.png",
        "  calque evaluate --uncalibrated --mqm ../shared/data/mqm/bio-es-en --rows held-out",
        "  calque evaluate --clean ../shared/data/clean/wmt21_newstest2021_english_original_news.txt",
        "  calque evaluate --bilingual --mqm ../shared/data/mqm/bio-es-en",
        "  calque evaluate --marked corpora/heldout/fr-en.txt --source-lang fr --examples fr-en.tsv"})
final class EvaluateCommand implements Callable<Integer> {
  @ParentCommand
  CalqueCommand parent;

  @Spec
  CommandSpec spec;

  @Option(names = "--clean", paramLabel = "FILE", description = "Clean text, one segment per line; may repeat.")
  List<Path> clean = new ArrayList<>();

  @Option(names = "--mqm", paramLabel = "DIR", description = "MQM folder (segments.tsv, spans.jsonl); may repeat.")
  List<Path> mqm = new ArrayList<>();

  @Option(names = "--marked", paramLabel = "FILE", description = "Sentences with their artifacts marked [[like "
      + "this]], or with accepted corrections [[like this=>so|thus]], one a line (lines without a mark are clean "
      + "controls): artifacts found, false alarms and suggestions right; may repeat.")
  List<Path> marked = new ArrayList<>();

  @Option(names = "--batch-source", description = "With --source-lang auto and --clean or --marked: infer the "
      + "source language once from all the lines of each file, then check every line with it (as check --batch-source "
      + "does for a feed's files).")
  boolean batchSource;

  @Option(names = "--limit", defaultValue = "-1", description = "Use at most this many lines or rows of each input.")
  int limit;

  @Mixin
  EngineOptions engine;

  @Mixin
  ReferenceOptions reference;

  @Option(names = "--min-confidence", defaultValue = "0.5", description = "Count findings at least this confident "
      + "(default: ${DEFAULT-VALUE}, as check shows them).")
  double minConfidence;


  @Option(names = "--skip-languagetool", description = "Do not measure LanguageTool alone.")
  boolean skipLanguageTool;

  @Option(names = "--bilingual", description = "With --mqm: measure the bilingual rules on each row's source and "
      + "target (precision and recall on Omission, Untranslated and number-related spans; findings on the human "
      + "reference rows) instead of the monolingual checks.")
  boolean bilingual;

  @Option(names = "--examples", paramLabel = "FILE", description = "Write the findings (label, span, segment) here, "
      + "and with --marked each judged suggestion (RIGHT or WRONG, rule, confidence, span => suggestion, fixed "
      + "sentence).")
  Path examples;

  @Option(names = "--rows", paramLabel = "WHICH", defaultValue = "all",
      converter = RowsConverter.class, description = "Rows measured: all (default), held-out (the split calibrate "
          + "does not fit: about 30%% of each MQM set by source segment, and of the clean text's 20-line documents) or "
          + "fitted (the rest).")
  Evaluation.Rows rows;

  @Option(names = "--uncalibrated", description = "Measure the hand-set priors and evidence weights instead of the "
      + "fitted calibration (rules/calibration/LANG.tsv): the 'before' of a calibration.")
  boolean uncalibrated;

  @Option(names = "--chart", paramLabel = "FILE.png", description = "Draw the reliability diagram of each MQM set "
      + "into this PNG file.")
  Path chart;

  /** held-out, fitted or all, as written on the command line. */
  static final class RowsConverter implements picocli.CommandLine.ITypeConverter<Evaluation.Rows> {
    @Override
    public Evaluation.Rows convert(String value) {
      return switch (value) {
        case "all" -> Evaluation.Rows.ALL;
        case "held-out" -> Evaluation.Rows.HELD_OUT;
        case "fitted" -> Evaluation.Rows.FITTED;
        default -> throw new picocli.CommandLine.TypeConversionException("expected all, held-out or fitted, not '"
            + value + "'");
      };
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Calque runtime = parent.runtime();
    if (bilingual) {
      // The bilingual rules check would run (--enable and --disable apply), counted from --min-confidence.
      BilingualChecker rules = new BilingualChecker(runtime.bitextChecker(engine.toCheckOptions().withGrammar(false),
          null).rules());
      List<String> found = new ArrayList<>();
      for (Path d : mqm) {
        out.print(BilingualEvaluation.run(d, rules, minConfidence, limit, found).text());
        out.flush();
      }
      if (examples != null) {
        Files.write(examples, found);
      }
      return ExitCodes.CLEAN;
    }
    // Every finding down to the floor, so calibration sees the ones below the display threshold too.
    CheckOptions request = engine.toCheckOptions().withDefaultMinConfidence(Harvest.FLOOR)
        .withCalibration(!uncalibrated);
    Checker checker = reference.apply(runtime.checker(request));
    Evaluation.DocumentChecker calque = documents(checker);
    Evaluation.DocumentChecker lt = skipLanguageTool ? null
        : languageToolAlone(runtime.profile(request.language()).languageTool());
    List<String> ex = new ArrayList<>();
    List<ReliabilityChart.Panel> panels = new ArrayList<>();
    String who = uncalibrated ? "calque (hand-set priors) " : "calque ";
    for (Path f : clean) {
      Evaluation.Report r = Evaluation.clean(f, acrossFile(checker, request, f, calque, out), limit, minConfidence, rows);
      out.println(r.summary(who + f.getFileName() + rowsNote()));
      ex.addAll(r.examples());
      if (lt != null) {
        out.println(Evaluation.clean(f, lt, limit, minConfidence, rows).summary("LanguageTool alone "
            + f.getFileName() + rowsNote()));
      }
      out.flush();
    }
    for (Path d : mqm) {
      MqmSet set = MqmSet.read(d, limit);
      if (!set.targetLanguage().equals(request.language())) {
        out.println(set.name() + ": skipped, its translations are in '" + set.targetLanguage() + "', not --lang "
            + request.language());
        continue;
      }
      Evaluation.Report r = Evaluation.mqm(set, calque, minConfidence, rows);
      out.println(r.summary(who + set.name() + rowsNote()));
      panels.add(new ReliabilityChart.Panel(set.name(), r.reliability()));
      ex.addAll(r.examples());
      if (lt != null) {
        out.println(Evaluation.mqm(set, lt, minConfidence, rows).summary("LanguageTool alone " + set.name()
            + rowsNote()));
      }
      out.flush();
    }
    for (Path f : marked) {
      Evaluation.Report r = Evaluation.marked(f, acrossFile(checker, request, f, calque, out), limit, minConfidence);
      out.println(r.summary(who + f.getFileName()));
      ex.addAll(r.examples());
      if (lt != null) {
        out.println(Evaluation.marked(f, lt, limit, minConfidence).summary("LanguageTool alone " + f.getFileName()));
      }
      out.flush();
    }
    if (chart != null && !panels.isEmpty()) {
      ReliabilityChart.write(panels, chart);
      out.println("reliability diagram: " + chart);
    }
    if (examples != null) {
      Files.write(examples, ex);
    }
    return ExitCodes.CLEAN;
  }

  private String rowsNote() {
    return rows == Evaluation.Rows.ALL ? "" : " (" + rows.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
        + " rows)";
  }

  /**
   * Every finding down to the request's floor, with its confidence and whether check would show it
   * (at --min-confidence when given; by default at the threshold the document's kind sets, as check does).
   */
  private Evaluation.DocumentChecker documents(Checker checker) {
    boolean explicit = spec.commandLine().getParseResult().hasMatchedOption("--min-confidence");
    CheckOptions display = explicit ? engine.toCheckOptions().withMinConfidence(minConfidence)
        : engine.toCheckOptions().withDefaultMinConfidence(minConfidence).withCalibration(!uncalibrated);
    return text -> {
      List<Evaluation.Span> spans = new ArrayList<>();
      dev.calque.engine.DocumentResult r = checker.check("document", text);
      double threshold = Checker.displayThreshold(display, r);
      for (Finding f : r.findings()) {
        spans.add(new Evaluation.Span(f.start(), f.end(), f.ruleId(), f.confidence(), f.confidence() >= threshold,
            f));
      }
      return spans;
    };
  }

  /** With --batch-source, a checker for one file's lines with the source inferred from all of them. */
  private Evaluation.DocumentChecker acrossFile(Checker checker, CheckOptions request, Path file,
      Evaluation.DocumentChecker perDocument, PrintWriter out) throws IOException {
    if (!batchSource || request.sourceLanguage() != null) {
      return perDocument;
    }
    List<String> texts = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        texts.add(Evaluation.withoutMarks(line));
      }
    }
    Checker.SourceInferenceResult inferred = checker.inferSource(texts);
    out.println("source language across " + file.getFileName() + ": "
        + (inferred == null ? "not inferred" : inferred.language()));
    return inferred == null ? perDocument
        : documents(reference.apply(parent.runtime().checker(request.withSourceLanguage(inferred.language()))));
  }

  private static Evaluation.DocumentChecker languageToolAlone(org.languagetool.Language language) {
    JLanguageTool lt = new JLanguageTool(language);
    return text -> {
      List<Evaluation.Span> spans = new ArrayList<>();
      try {
        for (RuleMatch m : lt.check(text)) {
          spans.add(new Evaluation.Span(m.getFromPos(), m.getToPos(), "languagetool." + m.getRule().getId()));
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return spans;
    };
  }
}
