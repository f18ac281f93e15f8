package dev.calque.calibration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import dev.calque.engine.Calque;
import dev.calque.engine.CheckOptions;
import dev.calque.engine.Checker;
import dev.calque.eval.MqmSet;

/**
 * What {@code calque calibrate} does: harvest observations from the labelled data into one folder
 * per target language (a file per data set), then fit each language's table from its folder.
 */
public final class Calibrate {
  private final Calque runtime;
  private final Path observations;
  private final int threads;
  private final int limit;
  private final Consumer<String> log;

  public Calibrate(Calque runtime, Path observations, int threads, int limit, Consumer<String> log) {
    this.runtime = runtime;
    this.observations = observations;
    this.threads = threads;
    this.limit = limit;
    this.log = log;
  }

  /** The checker a harvest uses: hand-set priors, every finding down to the floor, LanguageTool on. */
  private Checker checker(String language, String source) {
    return runtime.checker(CheckOptions.forLanguage(language).withSourceLanguage(source)
        .withDefaultMinConfidence(Harvest.FLOOR).withCalibration(false));
  }

  /** Saves the observations of every data set whose file is missing (or all, when fresh). */
  public void harvest(Path data, Path corpus, boolean fresh) throws IOException {
    Harvest h = new Harvest(threads);
    Path mqm = data.resolve("mqm");
    if (Files.isDirectory(mqm)) {
      try (Stream<Path> dirs = Files.list(mqm)) {
        for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
          MqmSet set = MqmSet.read(d, limit);
          String lang = set.targetLanguage();
          if (!runtime.languages().contains(lang)) {
            log.accept(set.name() + ": skipped, calque has no profile for target language '" + lang + "'");
            continue;
          }
          save(lang, set.name(), fresh, () -> h.mqm(set, checker(lang, null)));
        }
      }
    } else {
      log.accept(mqm + ": no MQM data (skipped)");
    }
    Path clean = data.resolve("clean");
    if (Files.isDirectory(clean)) {
      try (Stream<Path> files = Files.list(clean)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          save(CheckOptions.DEFAULT_LANGUAGE, "clean", fresh, () -> h.clean(f, checker(CheckOptions.DEFAULT_LANGUAGE,
              null)));
        }
      }
    }
    if (Files.isRegularFile(corpus.resolve("labels.tsv"))) {
      save(CheckOptions.DEFAULT_LANGUAGE, "regression", fresh, () -> h.regression(corpus,
          src -> checker(CheckOptions.DEFAULT_LANGUAGE, src)));
    }
  }

  private void save(String lang, String set, boolean fresh, Supplier<List<Observation>> harvest) throws IOException {
    Path file = observations.resolve(lang).resolve(set + ".tsv");
    if (Files.exists(file) && !fresh) {
      log.accept(set + ": observations saved in " + file + " (--fresh checks again)");
      return;
    }
    long t0 = System.nanoTime();
    List<Observation> obs = harvest.get();
    Files.createDirectories(file.getParent());
    Files.writeString(file, Observation.write(obs), StandardCharsets.UTF_8);
    log.accept(String.format(Locale.ROOT, "%s: %d candidate findings in %.0f s -> %s", set, obs.size(),
        (System.nanoTime() - t0) / 1e9, file));
  }

  /** Target languages with saved observations. */
  public List<String> languages() throws IOException {
    if (!Files.isDirectory(observations)) {
      return List.of();
    }
    try (Stream<Path> dirs = Files.list(observations)) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** The observations saved for a target language, set by set in name order. */
  public List<Observation> observations(String lang) {
    List<Observation> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(observations.resolve(lang))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
        all.addAll(Observation.read(Files.readString(f, StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }

  /** Fits a language's table, and logs how it does on the held-out rows against the hand-set confidences. */
  public CalibrationTable fit(String lang) {
    List<Observation> all = observations(lang);
    Checker hand = runtime.checker(CheckOptions.forLanguage(lang).withCalibration(false));
    Fit.Fitted fitted = Fit.fitted(lang, all, hand::handWeight);
    CalibrationTable table = fitted.table();
    // Besides the held-out rows (a few dozen segments per set), every labelled row predicted by a model
    // that did not see it: held-out rows by the table, fitting rows by the fold model fitted on the
    // other fold. A surer estimate, from models fitted on less.
    List<Reliability.Outcome> every = new ArrayList<>(fitted.crossFitted());
    all.stream().filter(Observation::heldOut).forEach(o -> every.add(new Reliability.Outcome(
        Fit.predict(table, o, hand::handWeight), o.supported(), o.set() + "/" + o.unit())));
    List<String> sets = new java.util.ArrayList<>(all.stream().map(Observation::set).distinct().sorted().toList());
    sets.add(null); // all sets together
    for (String set : sets) {
      List<Observation> held = all.stream().filter(o -> o.heldOut() && (set == null || o.set().equals(set))).toList();
      List<Reliability.Outcome> everyOfSet = every.stream()
          .filter(o -> set == null || o.unit().startsWith(set + "/")).toList();
      log.accept(String.format(Locale.ROOT, "%s %s held out: %d findings, ECE hand-set %.3f -> fitted %s; "
          + "log loss %.3f -> %.3f; every row, held out or cross-fitted: %d findings, ECE %s", lang,
          set == null ? "all sets" : set, held.size(),
          reliability(CalibrationTable.EMPTY, held, hand).ece(), reliability(table, held, hand).eceWithInterval("units"),
          Fit.logLoss(CalibrationTable.EMPTY, held, hand::handWeight), Fit.logLoss(table, held, hand::handWeight),
          everyOfSet.size(), new Reliability(everyOfSet).eceWithInterval("units")));
    }
    return table;
  }

  /** The reliability of a table's confidences on observations, each judged in its set's unit. */
  private static Reliability reliability(CalibrationTable t, List<Observation> obs, Checker hand) {
    List<Reliability.Outcome> out = new ArrayList<>();
    for (Observation o : obs) {
      out.add(new Reliability.Outcome(Fit.predict(t, o, hand::handWeight), o.supported(), o.set() + "/" + o.unit()));
    }
    return new Reliability(out);
  }
}
