package dev.calque.calibration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import dev.calque.engine.Calque;
import dev.calque.engine.CheckOptions;
import dev.calque.engine.Checker;
import dev.calque.engine.SourceTally;
import dev.calque.language.LanguageProfile;

/**
 * What {@code calque calibrate --inference} does: read the labelled documents
 * ({@link InferenceDocuments}), save the evidence source inference sees in each (pair rules only, on
 * the light analysis, as a check without LanguageTool's rules and --batch-source see it), then fit
 * each pair's thresholds ({@link InferenceFit}) and write them as rules/calibration/inference.tsv,
 * with how the fitted and the hand-set thresholds do on the fitting and the held-out documents. The
 * same observations always give the same table, byte for byte.
 */
public final class InferenceCalibration {
  /** Fitting documents not translated from a pair's source it needs before its thresholds are fitted. */
  static final int MIN_NEGATIVES = 20;

  private final Calque runtime;
  private final Path observations;
  private final Consumer<String> log;

  public InferenceCalibration(Calque runtime, Path observations, Consumer<String> log) {
    this.runtime = runtime;
    this.observations = observations;
    this.log = log;
  }

  /** Target languages with pairs: the ones inference chooses a source for. */
  private List<String> targets() {
    return runtime.languages().stream().filter(l -> !runtime.sourceLanguages(l).isEmpty()).sorted().toList();
  }

  /** Saves the observations of every document set whose file is missing (or all, when fresh); absent data is skipped. */
  public void harvest(Path data, Path corpus, Path heldout, boolean fresh) throws IOException {
    save("regression", fresh, () -> InferenceDocuments.regression(corpus));
    save("heldout", fresh, () -> InferenceDocuments.heldout(heldout));
    if (!Files.isDirectory(data)) {
      log.accept(data + ": no shared data (skipped: clean news, WMT and MQM documents)");
      return;
    }
    save("clean", fresh, () -> InferenceDocuments.clean(data));
    save("wmt21-news", fresh, () -> InferenceDocuments.wmt(data, s -> { }));
    save("mqm", fresh, () -> InferenceDocuments.mqm(data, targets()));
  }

  private void save(String set, boolean fresh, Supplier<List<InferenceDocuments.Labelled>> documents)
      throws IOException {
    Path file = observations.resolve(set + ".tsv");
    if (Files.exists(file) && !fresh) {
      log.accept(set + ": inference observations saved in " + file + " (--fresh checks again)");
      return;
    }
    long t0 = System.nanoTime();
    List<InferenceDocuments.Labelled> docs = documents.get();
    if (docs.isEmpty()) {
      log.accept(set + ": no documents (skipped)");
      return;
    }
    Map<String, Checker> checkers = new TreeMap<>();
    List<InferenceObservation> out = new ArrayList<>();
    for (InferenceDocuments.Labelled d : docs) {
      if (runtime.sourceLanguages(d.target()).isEmpty()) {
        continue; // no pair into this target: nothing to infer
      }
      Checker c = checkers.computeIfAbsent(d.target(),
          t -> runtime.checker(CheckOptions.forLanguage(t).withGrammar(false)));
      out.add(new InferenceObservation(d.set(), d.name(), d.group(), d.target(), d.truth(), SourceTally.words(d.text()),
          d.heldOut(), c.sourceEvidence(d.text())));
    }
    Files.createDirectories(observations);
    Files.writeString(file, InferenceObservation.write(out), StandardCharsets.UTF_8);
    log.accept(String.format(Locale.ROOT, "%s: %d documents in %.0f s -> %s", set, out.size(),
        (System.nanoTime() - t0) / 1e9, file));
  }

  /** The saved observations, set file by set file in name order. */
  public List<InferenceObservation> observations() {
    List<InferenceObservation> all = new ArrayList<>();
    if (!Files.isDirectory(observations)) {
      return all;
    }
    try (Stream<Path> files = Files.list(observations)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
        all.addAll(InferenceObservation.read(f.toString(), Files.readString(f, StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }

  /** Fits every target's pairs from the saved observations and returns the table, its report in its comments. */
  public InferenceTable fit() {
    List<InferenceObservation> all = observations();
    if (all.isEmpty()) {
      throw new IllegalStateException("no inference observations under " + observations + " to fit");
    }
    List<String> comments = new ArrayList<>();
    comments.add("# Source-inference thresholds per pair, fitted by `calque calibrate --inference`; do not edit "
        + "(docs/source-inference.md).");
    comments.add("# A pair not listed keeps its profile's hand-set thresholds. Fitted on the documents not held out: "
        + "the most of a pair's own documents recognised with no document taken for a source it was not translated "
        + "from; sentences read alone are reported, not aimed at.");
    Map<String, LanguageProfile.SourceInference> fitted = new TreeMap<>();
    for (String target : targets()) {
      List<InferenceObservation> docs = all.stream().filter(d -> d.target().equals(target)).toList();
      if (docs.isEmpty()) {
        continue;
      }
      List<String> sources = List.copyOf(new java.util.TreeSet<>(runtime.sourceLanguages(target)));
      LanguageProfile profile = runtime.profile(target);
      Map<String, LanguageProfile.SourceInference> hand = new TreeMap<>();
      sources.forEach(s -> hand.put(s, profile.sourceInference(s)));
      List<InferenceObservation> fitting = docs.stream().filter(d -> !d.heldOut()).toList();
      List<InferenceObservation> held = docs.stream().filter(InferenceObservation::heldOut).toList();
      // a pair with few documents that may not be taken for it has nothing to keep it from inferring
      // its source everywhere: it keeps its hand-set thresholds
      List<String> fit = new ArrayList<>();
      Map<String, LanguageProfile.SourceInference> fixed = new TreeMap<>();
      for (String s : sources) {
        long negatives = fitting.stream().filter(d -> !s.equals(d.truth())).count();
        if (negatives >= MIN_NEGATIVES) {
          fit.add(s);
        } else {
          fixed.put(s, hand.get(s));
          comments.add("# " + s + "-" + target + " keeps its hand-set thresholds: " + negatives + " fitting documents "
              + "not translated from " + s + " (fewer than " + MIN_NEGATIVES + ")");
        }
      }
      Map<String, LanguageProfile.SourceInference> t = InferenceFit.fit(fitting, fit, fixed, log);
      fit.forEach(s -> fitted.put(target + "-" + s, t.get(s)));
      comments.add("# Into " + target + ": " + fitting.size() + " fitting documents, " + held.size() + " held out. "
          + "Per report group, documents and recognised / unknown / taken for another source, hand-set -> fitted:");
      Map<String, int[]> handFit = InferenceFit.byGroup(fitting, hand);
      Map<String, int[]> newFit = InferenceFit.byGroup(fitting, t);
      Map<String, int[]> handHeld = InferenceFit.byGroup(held, hand);
      Map<String, int[]> newHeld = InferenceFit.byGroup(held, t);
      for (String group : new java.util.TreeSet<>(handFit.keySet())) {
        comments.add("#   fit " + group + ": " + line(handFit.get(group), newFit.get(group)));
      }
      for (String group : new java.util.TreeSet<>(handHeld.keySet())) {
        comments.add("#   held out " + group + ": " + line(handHeld.get(group), newHeld.get(group)));
      }
    }
    InferenceTable table = new InferenceTable(comments, fitted);
    table.write().lines().filter(l -> l.startsWith("#   ")).forEach(l -> log.accept(l.substring(4)));
    return table;
  }

  private static String line(int[] before, int[] after) {
    return String.format(Locale.ROOT, "%d docs, %d/%d/%d -> %d/%d/%d", before[0], before[1], before[2], before[3],
        after[1], after[2], after[3]);
  }
}
