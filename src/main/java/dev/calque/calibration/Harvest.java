package dev.calque.calibration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import dev.calque.engine.Checker;
import dev.calque.engine.DocumentResult;
import dev.calque.eval.Evaluation;
import dev.calque.eval.MqmSet;
import dev.calque.rule.Finding;

/**
 * Turns labelled documents into observations: every candidate finding (confidence floor 0.01, the
 * hand-set priors, LanguageTool's rules on) with its rule, evidence, source, document features and
 * label. Documents are checked on several threads and their observations kept in document order, so
 * a harvest is the same whatever the thread count.
 */
public final class Harvest {
  /** The confidence floor of a harvest: every finding a rule raises, however unlikely. */
  public static final double FLOOR = 0.01;

  private final int threads;

  public Harvest(int threads) {
    this.threads = Math.max(1, threads);
  }

  /** One labelled document: its name, text, and the held-out unit and label of each finding. */
  record Labelled(String name, String text, Function<Finding, String> unit, Function<Finding, Boolean> label) {
  }

  /** The observations of an MQM set, checked with the checker for its target language. */
  public List<Observation> mqm(MqmSet set, Checker checker) {
    List<Labelled> docs = new ArrayList<>();
    for (MqmSet.Document d : set.documents()) {
      docs.add(new Labelled(d.name(), d.text(), f -> {
        MqmSet.Row r = d.rowAt(f.start());
        return r == null ? null : r.unit();
      }, f -> d.rowAt(f.start()) == null ? null : d.supported(f.start(), f.end())));
    }
    return observe(set.name(), docs, checker, set.sourceLanguage());
  }

  /**
   * The observations of the regression corpus: a finding listed in labels.tsv (file, line:column,
   * rule) is supported, any finding in a clean control is not, others are left out. Files named
   * *.es-en.txt are checked as translated from Spanish, as in the regression test.
   */
  public List<Observation> regression(Path dir, Function<String, Checker> checkerForSource) {
    Set<String> labels = new HashSet<>();
    List<Observation> out = new ArrayList<>();
    try {
      for (String l : Files.readAllLines(dir.resolve("labels.tsv"), StandardCharsets.UTF_8)) {
        String[] c = l.split("\t");
        if (!l.startsWith("#") && c.length >= 5 && c[4].equals("1")) {
          labels.add(c[0] + "\t" + c[1] + "\t" + c[2]);
        }
      }
      List<Path> files;
      try (var s = Files.list(dir)) {
        files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      }
      for (Path f : files) {
        String name = f.getFileName().toString();
        String text = Files.readString(f, StandardCharsets.UTF_8);
        boolean clean = name.startsWith("clean-");
        Checker checker = checkerForSource.apply(name.endsWith(".es-en.txt") ? "es" : null);
        var lines = new dev.calque.analysis.LineIndex(text);
        out.addAll(observe("regression", List.of(new Labelled(name, text, x -> name, x -> clean ? Boolean.FALSE
            : labels.contains(name + "\t" + lines.line(x.start()) + ":" + lines.column(x.start()) + "\t" + x.ruleId())
            ? Boolean.TRUE : null)), checker, null));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * Clean edited text, one segment a line, read as documents of 20 lines (as evaluate reads it): every finding is taken for
   * a false alarm (a lower bound on the truth: edited copy has a few real slips).
   */
  public List<Observation> clean(Path file, Checker checker) {
    List<Labelled> docs = new ArrayList<>();
    Evaluation.cleanDocuments(file, -1).forEach((name, text) -> docs.add(new Labelled(name, text, f -> name,
        f -> Boolean.FALSE)));
    return observe("clean", docs, checker, null);
  }

  /**
   * Checks the documents and labels their findings. {@code translatedFrom}, when the data says which
   * language the text was translated from (an MQM set's pair), is recorded as the observations' source
   * whatever the check knew, so the fit learns how reliable each alarm is in text from that language
   * (its per-source terms); the check itself runs as a user's would, the source inferred or unknown,
   * so a pair's rules are observed only where inference would have run them (Spanish news rules on
   * biomedical abstracts would teach their family about text they were never meant for).
   */
  private List<Observation> observe(String set, List<Labelled> docs, Checker checker, String translatedFrom) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<Observation>>> parts = new ArrayList<>();
      for (Labelled d : docs) {
        parts.add(pool.submit(() -> observe(set, d, checker, translatedFrom)));
      }
      List<Observation> out = new ArrayList<>();
      for (Future<List<Observation>> p : parts) {
        out.addAll(p.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("harvest interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("harvest failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Observation> observe(String set, Labelled d, Checker checker, String translatedFrom) {
    DocumentResult r = checker.check(d.name(), d.text());
    DocumentFeatures features = DocumentFeatures.of(d.text(), r.words(), r.findings(),
        checker.sourceKnown(r.sourceLanguage()));
    String known = translatedFrom != null ? translatedFrom : r.sourceLanguage();
    String source = known == null ? CalibrationTable.POOLED : known;
    List<Observation> out = new ArrayList<>();
    for (Finding f : r.findings()) {
      Boolean supported = d.label().apply(f);
      if (f.isJoined() || supported == null) {
        continue; // a joined finding is judged as its parts are not; an unlabelled one teaches nothing
      }
      String unit = d.unit().apply(f);
      out.add(new Observation(set, unit, HeldOut.isHeldOut(set, unit), source, f.ruleId(),
          CalibrationTable.family(f), checker.handPrior(f), f.evidence(), features, supported));
    }
    return out;
  }
}
