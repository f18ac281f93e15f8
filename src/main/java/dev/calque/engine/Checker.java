package dev.calque.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import dev.calque.analysis.Document;
import dev.calque.analysis.DocumentAnalyzer;
import dev.calque.analysis.LineIndex;
import dev.calque.calibration.DocumentFeatures;
import dev.calque.language.LanguageProfile;
import dev.calque.reference.ReferenceEvidence;
import dev.calque.rule.Finding;
import dev.calque.rule.Literals;
import dev.calque.rule.Rule;
import dev.calque.rule.RuleContext;
import org.languagetool.JLanguageTool;

/**
 * The engine: analyses a document once, runs every active rule and, when asked, LanguageTool's
 * general rules over the same analysis, then merges the findings. One Checker serves many documents
 * and threads; LanguageTool instances are per thread.
 */
public final class Checker {
  /** Very large inputs are analysed in windows of about this many characters, cut at line ends. */
  static final int WINDOW = 1 << 20;

  private final Calque runtime;
  private final CheckOptions options;
  private final List<Rule> rules;
  private final SourceInference inference;
  /** The pair rules of each source language inference weighs (none when the source was given). */
  private final Map<String, List<Rule>> candidates;
  /** Rules whose findings show whatever their confidence (see {@link #enabledOffByDefault()}). */
  private final Set<String> alwaysShown;
  private final String pairNote;
  /** Gives findings their calibrated confidence (the hand-set one when options say uncalibrated). */
  private final Recalibration recalibration;
  /** The edited archive's evidence (check --reference), applied after the rules ran; null without one. */
  private final ReferenceEvidence reference;
  /** The trigger strings of every rule that may run, found in one pass per window. */
  private final Literals literals;

  /**
   * Validates the settings before any document: an unknown language or source code, or an
   * --enable/--disable name that selects nothing, is a {@link RequestException}; a broken rule
   * file a RuleFileException.
   */
  Checker(Calque runtime, CheckOptions options) {
    this.runtime = runtime;
    this.options = options;
    if (!runtime.languages().contains(options.language())) {
      throw new RequestException("unknown language '" + options.language() + "'; calque checks: "
          + String.join(", ", runtime.languages()));
    }
    // LanguageTool (3-4 s), the analysis and the gazetteer build on the other core while the rules
    // load and the request is validated: a cold start costs the longest of them, not their sum.
    runtime.prewarm(options.language());
    if (options.grammar()) {
      runtime.languageTool().prewarm(options.language(), DisplayDecision.gate(options));
    }
    List<Rule> all = runtime.rules(options.ruleDirs());
    var bilingual = runtime.bilingualRules();
    for (String problem : new String[] {
        RuleSelectors.unknown("--enable", RuleSelectors.notNaming(options.enable(), bilingual), all),
        RuleSelectors.unknown("--disable", RuleSelectors.notNaming(options.disable(), bilingual), all)}) {
      if (problem != null) {
        throw new RequestException(problem);
      }
    }
    this.rules = activeRules(options, all);
    this.recalibration = new Recalibration(options.calibrated()
        ? dev.calque.calibration.CalibrationTable.bundled(options.language())
        : dev.calque.calibration.CalibrationTable.EMPTY, all, runtime.evidence(),
        options.grammar() ? runtime.languageTool().policy(options.language()) : null);
    this.candidates = options.sourceLanguage() == null ? candidatePairRules(options, all) : Map.of();
    this.inference = inference(candidates, dev.calque.calibration.InferenceTable.bundled());
    this.alwaysShown = options.explicitMinConfidence() ? Set.of() : enabledOffByDefault();
    String src = options.sourceLanguage();
    Set<String> sources = runtime.sourceLanguages(options.language());
    this.pairNote = src != null && !src.equals(CheckOptions.NO_SOURCE) && !sources.contains(src)
        ? "no " + src + "-" + options.language() + " lexicon yet: only language-independent and " + options.language()
            + " rules ran (pairs into " + options.language() + ": " + (sources.isEmpty() ? "none" : String.join(", ", sources))
            + ")"
        : null;
    this.reference = null;
    List<String> strings = new ArrayList<>();
    rules.forEach(r -> strings.addAll(r.literals()));
    inference.rules().forEach(r -> strings.addAll(r.literals()));
    this.literals = Literals.of(strings);
  }

  /** The same checker weighing its findings against an edited archive's counts too (null: none). */
  public Checker withReference(ReferenceEvidence evidence) {
    return new Checker(this, evidence);
  }

  /**
   * The same checker inferring the source with these thresholds (pairs the table lacks keep the
   * profile's hand-set ones) instead of the bundled rules/calibration/inference.tsv.
   */
  public Checker withInferenceTable(dev.calque.calibration.InferenceTable table) {
    return new Checker(this, reference, inference(candidates, table));
  }

  private SourceInference inference(Map<String, List<Rule>> pairRules, dev.calque.calibration.InferenceTable table) {
    LanguageProfile target = runtime.profile(options.language());
    return new SourceInference(pairRules, source -> table.thresholds(target, source));
  }

  private Checker(Checker base, ReferenceEvidence evidence) {
    this(base, evidence, base.inference);
  }

  private Checker(Checker base, ReferenceEvidence evidence, SourceInference inference) {
    this.runtime = base.runtime;
    this.options = base.options;
    this.rules = base.rules;
    this.candidates = base.candidates;
    this.inference = inference;
    this.alwaysShown = base.alwaysShown;
    this.pairNote = base.pairNote;
    this.recalibration = base.recalibration;
    this.reference = evidence;
    this.literals = base.literals;
  }

  public CheckOptions options() {
    return options;
  }

  public List<Rule> rules() {
    return rules;
  }

  /**
   * Ids of the rules that run only because --enable named them (they are off by default). Their
   * priors are often below the default display threshold: that is why they are off by default.
   */
  public Set<String> enabledOffByDefault() {
    Set<String> ids = new LinkedHashSet<>();
    List<Rule> all = new ArrayList<>(rules);
    all.addAll(inference.rules());
    for (Rule r : all) {
      if (!r.spec().defaultOn()) {
        ids.add(r.id());
      }
    }
    return ids;
  }

  private static List<Rule> activeRules(CheckOptions options, List<Rule> all) {
    List<Rule> active = new ArrayList<>();
    for (Rule r : all) {
      var s = r.spec();
      boolean languageFits = s.group().equals("common") || s.group().equals("custom")
          || s.group().equals(options.language())
          || (s.sourceLanguage() != null && s.sourceLanguage().equals(options.sourceLanguage())
              && s.group().endsWith("-" + options.language()));
      if (!languageFits) {
        continue;
      }
      if (selected(options, r)) {
        active.add(r);
      }
    }
    return active;
  }

  private static boolean selected(CheckOptions options, Rule r) {
    var s = r.spec();
    boolean on = s.defaultOn() || CheckOptions.selects(options.enable(), s.id(), s.category());
    return on && !CheckOptions.selects(options.disable(), s.id(), s.category());
  }

  /** Pair rules into this target language, by source language, for inferring an unknown source. */
  private static Map<String, List<Rule>> candidatePairRules(CheckOptions options, List<Rule> all) {
    Map<String, List<Rule>> out = new TreeMap<>();
    for (Rule r : all) {
      var s = r.spec();
      if (s.sourceLanguage() != null && s.group().endsWith("-" + options.language()) && selected(options, r)) {
        out.computeIfAbsent(s.sourceLanguage(), k -> new ArrayList<>()).add(r);
      }
    }
    return out;
  }

  /**
   * Checks one document. A bug in a rule or in the analysis, or an exhausted stack or heap, comes
   * out as a {@link CheckFailure} naming the document (and rule), never as a bare exception, so a
   * caller can report it and go on with the next document.
   */
  /**
   * The source language several texts show together (articles of one feed share it): their
   * evidence accumulates as a long document's windows' does, and the source is the one inferred once
   * the texts read so far show enough. Null when this checker infers nothing (a source was given) or
   * the texts do not show one. Only the pair rules run, on the light analysis.
   */
  public SourceInferenceResult inferSource(List<String> texts) {
    if (!inference.active()) {
      return null;
    }
    SourceInference.State state = inference.new State(texts.stream().mapToInt(SourceInference::words).sum());
    for (String text : texts) {
      eachLightWindow("batch", text, ctx -> {
        state.window(ctx, (pairRules, out) -> run(pairRules, ctx, out, NEVER));
        return state.language() == null;
      });
      if (state.language() != null) {
        return new SourceInferenceResult(state.language(), List.copyOf(state.evidence()),
            List.copyOf(state.specificEvidence()));
      }
    }
    return null;
  }

  /**
   * Visits each window of a text on the light analysis, cut as a check cuts them, until the visitor
   * returns false.
   */
  private void eachLightWindow(String path, String text, java.util.function.Predicate<RuleContext> visit) {
    DocumentAnalyzer analyzer = runtime.analyzer(options.language());
    LineIndex lines = new LineIndex(text);
    int from = 0;
    while (from < text.length()) {
      int to = windowEnd(text, from);
      Document doc = analyzer.analyze(path, text, lines, from, to, (JLanguageTool) null);
      RuleContext ctx = new RuleContext(doc, runtime.morphology(options.language()),
          runtime.gazetteer(options.language()), null, literals);
      if (!visit.test(ctx)) {
        return;
      }
      from = to;
    }
  }

  /**
   * The evidence each window of a text shows, every candidate's rules run on every window and nothing
   * decided (what {@code calque calibrate --inference} saves and replays through {@link SourceTally}):
   * the windows and the light analysis are those of {@link #inferSource} and of a check. Empty when
   * this checker infers nothing (a source was given).
   */
  public List<List<SourceTally.Evidence>> sourceEvidence(String text) {
    List<List<SourceTally.Evidence>> windows = new ArrayList<>();
    if (!inference.active()) {
      return windows;
    }
    eachLightWindow("evidence", text, ctx -> windows.add(inference.observe(ctx,
        (pairRules, out) -> run(pairRules, ctx, out, NEVER))));
    return windows;
  }

  /** A source language inferred across texts, with the artifacts that showed it. */
  public record SourceInferenceResult(String language, List<String> evidence, List<String> specific) {
  }

  public DocumentResult check(String path, String text) {
    return check(path, text, NEVER);
  }

  private static final BooleanSupplier NEVER = () -> false;

  /**
   * Checks one document unless {@code cancelled} turns true first: it is asked between windows and
   * rules, and by LanguageTool between its rules, and the check then ends with {@link CheckCancelled}
   * (a server gives up on a request past its time limit without the work going on behind it). The
   * supplier is asked often, so it must be cheap; no thread is interrupted (an interrupt would close
   * Lucene's index files under every other request).
   */
  public DocumentResult check(String path, String text, BooleanSupplier cancelled) {
    try {
      return checkUnguarded(path, text, cancelled);
    } catch (CheckFailure | CheckCancelled e) {
      throw e;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      if (cancelled.getAsBoolean()) {
        throw new CheckCancelled(path); // a consequence of stopping LanguageTool midway, not a failure
      }
      throw new CheckFailure(path, null, e);
    }
  }

  private DocumentResult checkUnguarded(String path, String text, BooleanSupplier cancelled) {
    DocumentAnalyzer analyzer = runtime.analyzer(options.language());
    LineIndex lines = new LineIndex(text);
    List<Finding> findings = new ArrayList<>();
    Set<String> notes = new LinkedHashSet<>();
    SourceInference.State inferred = inference.new State(inference.active() ? SourceInference.words(text) : 0);
    int words = 0;
    int from = 0;
    // A large document's second LanguageTool starts building now, while this thread waits for its first.
    Calque.HelperLease helper = options.grammar() && text.length() >= LanguageToolPass.HELPER_MIN
        ? runtime.helperLanguageTool(options.language(), DisplayDecision.gate(options)) : null;
    try (LanguageToolPass pass = options.grammar() ? new LanguageToolPass(helper,
        runtime.profile(options.language()), runtime.morphology(options.language())) : null;
        LanguageToolBridge.Lease lease = options.grammar()
            ? runtime.languageTool().borrow(options.language(), DisplayDecision.gate(options)) : null) {
      if (lease != null && cancelled != NEVER) {
        lease.tool().setCheckCancelledCallback(cancelled::getAsBoolean);
      }
      try {
        while (from < text.length()) {
          stopIf(cancelled, path);
          int to = windowEnd(text, from);
          Document doc;
          Map<Integer, LanguageToolBridge.ParagraphWork> work = null;
          if (lease != null) {
            Map<Integer, LanguageToolBridge.ParagraphWork> done = pass.run(lease, analyzer, text, from, to);
            stopIf(cancelled, path); // a cancelled LanguageTool leaves its analysis unfinished: never use it
            work = done;
            doc = analyzer.analyze(path, text, lines, from, to, (start, safe) -> done.get(start).analysis());
          } else {
            doc = analyzer.analyze(path, text, lines, from, to, (JLanguageTool) null);
          }
          words += doc.wordCount();
          notes.addAll(doc.problems());
          findings.addAll(check(doc, lease, work, inferred, notes, cancelled));
          from = to;
        }
      } finally {
        if (lease != null && cancelled != NEVER) {
          lease.tool().setCheckCancelledCallback(null); // the pooled instance keeps no request
        }
      }
    }
    // LanguageTool returns what it found so far when cancelled: never report that as the whole.
    stopIf(cancelled, path);
    String source = CheckOptions.NO_SOURCE.equals(options.sourceLanguage()) ? null : options.sourceLanguage();
    if (source == null && inferred.language() != null) {
      source = inferred.language();
      List<String> evidence = new ArrayList<>(inferred.evidence());
      List<String> own = new ArrayList<>(inferred.specificEvidence());
      List<String> shown = own.subList(0, Math.min(4, own.size()));
      notes.add("source language inferred as " + source + " from " + evidence.size() + " artifacts, " + own.size()
          + " of them specific to it (" + String.join(", ", shown) + "); pass --source-lang to set it");
    } else if (options.sourceLanguage() == null && !inferred.ambiguous().isEmpty()) {
      notes.add("source language unknown: the artifacts point to " + String.join(" and ", inferred.ambiguous())
          + " alike (calques those languages share tell them apart from none); only language-independent and "
          + options.language() + " rules ran; pass --source-lang");
    } else if (options.sourceLanguage() == null && inference.active()) {
      notes.add("source language unknown and not inferred: only language-independent and " + options.language()
          + " rules ran; pass --source-lang (e.g. es) for the pair lexicons");
    }
    if (pairNote != null) {
      notes.add(pairNote);
    }
    List<Finding> calibrated = recalibration.apply(findings, source, DocumentFeatures.of(text, words, findings,
        sourceKnown(source)));
    // The archive's evidence after calibration: the table has no weight for it (docs/reference.md).
    List<Finding> weighed = reference == null ? calibrated : reference.apply(text, calibrated, notes);
    double threshold = DisplayDecision.threshold(options, text, words, weighed);
    return new DocumentResult(path, text, lines, options.language(), source, words, visible(weighed, threshold),
        List.copyOf(notes));
  }

  /**
   * The threshold a document checked with these display settings shows its findings from: the
   * settings' own, or the default moved by what kind of text the document is ({@link DisplayDecision}).
   * The result must hold every finding down to that threshold (a check at a lower one).
   */
  public static double displayThreshold(CheckOptions shownWith, DocumentResult r) {
    return DisplayDecision.threshold(shownWith, r.text(), r.words(), r.findings());
  }

  /** How this document's source language is known: given, inferred (a code found), or not at all. */
  public DocumentFeatures.Source sourceKnown(String source) {
    String given = options.sourceLanguage();
    if (given != null && !given.equals(CheckOptions.NO_SOURCE)) {
      return DocumentFeatures.Source.GIVEN;
    }
    return source != null ? DocumentFeatures.Source.INFERRED : DocumentFeatures.Source.UNKNOWN;
  }

  /**
   * The hand-set prior of the rule behind a finding (its rule file or LanguageTool's policy), from
   * which calibration fits.
   */
  public double handPrior(Finding f) {
    return recalibration.handPrior(f);
  }

  /** The hand-set weight of a named piece of evidence (evidence.yaml, or LanguageTool's spelling evidence). */
  public double handWeight(String name) {
    return recalibration.handWeight(name);
  }

  /**
   * The findings a reader should see: those at least as likely as the document's threshold
   * (--min-confidence, or the default moved by what kind of text it is: {@link DisplayDecision}), and every
   * finding of an off-by-default rule switched on by name unless the threshold was given explicitly
   * (such rules are off because their priors are low; naming one means wanting to see it).
   */
  private List<Finding> visible(List<Finding> findings, double threshold) {
    List<Finding> shown = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      if (f.confidence() >= threshold || f.components().stream().anyMatch(alwaysShown::contains)) {
        shown.add(f);
      }
    }
    return shown;
  }

  /** Findings for one analysed window; lease is null when LanguageTool's rules are off. */
  private List<Finding> check(Document doc, LanguageToolBridge.Lease lease,
      Map<Integer, LanguageToolBridge.ParagraphWork> work, SourceInference.State inferred, Set<String> notes,
      BooleanSupplier cancelled) {
    RuleContext ctx = new RuleContext(doc, runtime.morphology(options.language()), runtime.gazetteer(options.language()),
        options.sourceLanguage(), literals);
    List<Finding> own = new ArrayList<>();
    run(rules, ctx, own, cancelled);
    if (inference.active()) {
      own.addAll(inferred.window(ctx, (pairRules, out) -> run(pairRules, ctx, out, cancelled)));
    }
    stopIf(cancelled, doc.path());
    List<Finding> lt = lease != null ? languageTool(lease, work, ctx) : List.of();
    notes.addAll(ctx.problems());
    List<Finding> merged = FindingMerger.merge(doc.text(), own, lt);
    List<Finding> out = new ArrayList<>(merged.size());
    for (Finding f : merged) {
      out.add(CodePoints.onBoundaries(doc.text(), f));
    }
    return out;
  }

  /** Runs rules over one window; a rule that throws fails the document with its id named. */
  private static void run(List<Rule> rules, RuleContext ctx, List<Finding> out,
      BooleanSupplier cancelled) {
    for (Rule r : rules) {
      stopIf(cancelled, ctx.document().path());
      try {
        r.check(ctx, out::add);
      } catch (RuntimeException | StackOverflowError e) {
        throw new CheckFailure(ctx.document().path(), r.id(), e);
      }
    }
  }

  private List<Finding> languageTool(LanguageToolBridge.Lease lease, Map<Integer, LanguageToolBridge.ParagraphWork> work,
      RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : LanguageToolBridge.findings(lease, work, ctx)) {
      if (!CheckOptions.selects(options.disable(), f.ruleId(), f.category())) {
        out.add(f);
      }
    }
    return out;
  }

  private static void stopIf(BooleanSupplier cancelled, String path) {
    if (cancelled.getAsBoolean()) {
      throw new CheckCancelled(path);
    }
  }

  private static int windowEnd(String text, int from) {
    if (text.length() - from <= WINDOW) {
      return text.length();
    }
    int nl = text.indexOf('\n', from + WINDOW);
    if (nl >= 0 && nl < from + 2 * WINDOW) {
      return nl + 1;
    }
    // One enormous line: cut after a full stop, or at least at a space, so memory stays bounded.
    int stop = text.indexOf(". ", from + WINDOW);
    if (stop >= 0 && stop < from + 2 * WINDOW) {
      return stop + 2;
    }
    int space = text.indexOf(' ', from + WINDOW);
    return space < 0 ? text.length() : space + 1;
  }
}
