package dev.calque.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import dev.calque.calibration.Calibrate;
import dev.calque.calibration.InferenceCalibration;
import dev.calque.engine.RequestException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "calibrate", mixinStandardHelpOptions = true,
    description = {"Fit each rule's prior, the evidence weights, the document weights and a final map (kept only when "
        + "it carries over between folds) from labelled data, and "
        + "write the calibration table the engine reads (rules/calibration/LANG.tsv, one per target language).",
        "",
        "Labelled data: the MQM sets under DATA/mqm (a finding is supported when it overlaps a human error span; "
        + "rows of the held-out split, about 30%% by source segment, are not fitted; each finding counts as translated "
        + "from the set's source language, so the fit learns per-source priors and family offsets), the clean edited text under "
        + "DATA/clean (every finding a false alarm) and the regression corpus with its labels.tsv. Checking the "
        + "data with LanguageTool's rules takes several minutes; the candidate findings are saved under "
        + "--observations and reused by later runs (--fresh checks again: do so after changing rules). The same "
        + "observations always give the same table, byte for byte. The log gives each held-out ECE with a 90%% "
        + "interval from resampling source segments, and the ECE over every row predicted by a model that never saw it.",
        "",
        "--inference fits the source-inference thresholds instead (rules/calibration/inference.tsv): for each pair, "
        + "the distinct artifacts, the specific ones and the confidence a document needs to be taken for translated "
        + "from that source, chosen to recognise most of the pair's own documents with no document of the fitting "
        + "part (about 70%%) taken for a source it was not translated from. Documents: the regression articles, the "
        + "held-out sentences (--heldout: in groups of five and whole; each alone too, reported but not aimed at), "
        + "and under DATA the clean news, the WMT21 MT "
        + "hypotheses (German-, Russian- and Chinese-sourced) and the MQM sets. Only the pair rules run, without "
        + "LanguageTool: well under a minute; the evidence is saved under --inference-observations.", ""},
    footer = {"", "Examples:", "  calque calibrate                                  # ../shared/data, writes rules/calibration/",
        "  calque calibrate --fresh --threads 2              # check the data again after changing rules",
        "  calque calibrate --fit-only --observations obs --out /tmp/cal   # refit saved observations only",
        "  calque calibrate --inference --fresh              # refit rules/calibration/inference.tsv"})
final class CalibrateCommand implements Callable<Integer> {
  @ParentCommand
  CalqueCommand parent;

  @Spec
  CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
      description = "Labelled data: mqm/ and clean/ folders (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpora/regression",
      description = "The project's labelled corpus: *.txt and labels.tsv (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--observations", paramLabel = "DIR", defaultValue = "target/calibration",
      description = "Where candidate findings are saved, one folder per target language (default: ${DEFAULT-VALUE}).")
  Path observations;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "rules/calibration",
      description = "Where the tables are written (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--fresh", description = "Check the data again even where observations are saved.")
  boolean fresh;

  @Option(names = "--fit-only", description = "Fit the saved observations only; check no data.")
  boolean fitOnly;

  @Option(names = "--threads", defaultValue = "1", description = "Documents checked at once (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--inference", description = "Fit the source-inference thresholds (OUT/inference.tsv) instead of "
      + "the confidence tables.")
  boolean inference;

  @Option(names = "--heldout", paramLabel = "DIR", defaultValue = "corpora/heldout",
      description = "With --inference: the held-out sentence files, SRC-TGT*.txt (default: ${DEFAULT-VALUE}).")
  Path heldout;

  @Option(names = "--inference-observations", paramLabel = "DIR", defaultValue = "target/inference",
      description = "With --inference: where the evidence of each document is saved (default: ${DEFAULT-VALUE}).")
  Path inferenceObservations;

  @Option(names = "--limit", defaultValue = "-1", description = "Use at most this many rows of each MQM set (a trial run).")
  int limit;

  @Override
  public Integer call() throws IOException {
    PrintWriter log = spec.commandLine().getOut();
    if (inference) {
      return inference(log);
    }
    Calibrate c = new Calibrate(parent.runtime(), observations, threads, limit, line -> {
      log.println(line);
      log.flush();
    });
    if (!fitOnly) {
      if (!Files.isDirectory(data) && !Files.isDirectory(corpus)) {
        throw new RequestException("no labelled data: neither " + data + " nor " + corpus + " is a folder");
      }
      c.harvest(data, corpus, fresh);
    }
    List<String> languages = c.languages();
    if (languages.isEmpty()) {
      throw new RequestException("no observations under " + observations + " to fit");
    }
    Files.createDirectories(out);
    List<String> written = new ArrayList<>();
    for (String lang : languages) {
      Path file = out.resolve(lang + ".tsv");
      Files.writeString(file, c.fit(lang).write(), StandardCharsets.UTF_8);
      written.add(file.toString());
    }
    log.println("wrote " + String.join(", ", written));
    return ExitCodes.CLEAN;
  }

  private int inference(PrintWriter log) throws IOException {
    InferenceCalibration c = new InferenceCalibration(parent.runtime(), inferenceObservations, line -> {
      log.println(line);
      log.flush();
    });
    if (!fitOnly) {
      c.harvest(data, corpus, heldout, fresh);
    }
    if (c.observations().isEmpty()) {
      throw new RequestException("no inference observations under " + inferenceObservations + " to fit");
    }
    Files.createDirectories(out);
    Path file = out.resolve("inference.tsv");
    Files.writeString(file, c.fit().write(), StandardCharsets.UTF_8);
    log.println("wrote " + file);
    return ExitCodes.CLEAN;
  }
}
