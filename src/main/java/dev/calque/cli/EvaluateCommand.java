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
import dev.calque.eval.Evaluation;
import dev.calque.rule.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Measure calque (and LanguageTool alone, in the same run) on evaluation data: "
        + "false alarms per 1,000 words on clean text (--clean, one segment per line), and precision and "
        + "recall against human MQM error spans (--mqm, a folder with segments.tsv and spans.jsonl), and artifacts "
        + "found and false alarms on sentences with their artifacts marked (--marked).", ""})
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
      + "this]], one a line (lines without a mark are clean controls): artifacts found and false alarms; may repeat.")
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

  @Option(names = "--examples", paramLabel = "FILE", description = "Write the findings (label, span, segment) here.")
  Path examples;

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
    CheckOptions request = engine.toCheckOptions().withMinConfidence(minConfidence);
    Checker checker = reference.apply(runtime.checker(request));
    Evaluation.SegmentChecker calque = segments(checker);
    Evaluation.SegmentChecker lt = skipLanguageTool ? null
        : languageToolAlone(runtime.profile(request.language()).languageTool());
    List<String> ex = new ArrayList<>();
    for (Path f : clean) {
      Evaluation.Report r = Evaluation.clean(List.of(f), acrossFile(checker, request, f, calque, out), limit);
      out.println(r.summary("calque " + f.getFileName()));
      ex.addAll(r.examples());
      if (lt != null) {
        out.println(Evaluation.clean(List.of(f), lt, limit).summary("LanguageTool alone " + f.getFileName()));
      }
      out.flush();
    }
    for (Path d : mqm) {
      Evaluation.Report r = Evaluation.mqm(d, calque, limit);
      out.println(r.summary("calque " + d.getFileName()));
      ex.addAll(r.examples());
      if (lt != null) {
        out.println(Evaluation.mqm(d, lt, limit).summary("LanguageTool alone " + d.getFileName()));
      }
      out.flush();
    }
    for (Path f : marked) {
      Evaluation.Report r = Evaluation.marked(f, acrossFile(checker, request, f, calque, out), limit);
      out.println(r.summary("calque " + f.getFileName()));
      ex.addAll(r.examples());
      if (lt != null) {
        out.println(Evaluation.marked(f, lt, limit).summary("LanguageTool alone " + f.getFileName()));
      }
      out.flush();
    }
    if (examples != null) {
      Files.write(examples, ex);
    }
    return ExitCodes.CLEAN;
  }

  private Evaluation.SegmentChecker segments(Checker checker) {
    return text -> {
      List<Evaluation.Span> spans = new ArrayList<>();
      for (Finding f : checker.check("segment", text).findings()) {
        if (f.confidence() >= minConfidence) {
          spans.add(new Evaluation.Span(f.start(), f.end(), f.ruleId()));
        }
      }
      return spans;
    };
  }

  /** With --batch-source, a checker for one file's lines with the source inferred from all of them. */
  private Evaluation.SegmentChecker acrossFile(Checker checker, CheckOptions request, Path file,
      Evaluation.SegmentChecker perLine, PrintWriter out) throws IOException {
    if (!batchSource || request.sourceLanguage() != null) {
      return perLine;
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
    return inferred == null ? perLine : segments(reference.apply(parent.runtime().checker(request.withSourceLanguage(inferred.language()))));
  }

  private static Evaluation.SegmentChecker languageToolAlone(org.languagetool.Language language) {
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
