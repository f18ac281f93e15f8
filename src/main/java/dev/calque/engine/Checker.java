package dev.calque.engine;

import java.util.ArrayList;
import java.util.List;
import dev.calque.analysis.Document;
import dev.calque.analysis.DocumentAnalyzer;
import dev.calque.analysis.LineIndex;
import dev.calque.rule.Finding;
import dev.calque.rule.Rule;
import dev.calque.rule.RuleContext;
import dev.calque.rule.data.RuleLoader;

/**
 * The engine: analyses a document once, runs every active rule and, when asked, LanguageTool's
 * general rules over the same analysis, then merges the findings. One Checker serves many documents
 * and threads; LanguageTool instances are per thread.
 */
public final class Checker {
  /** Very large inputs are analysed in windows of about this many characters, cut at line ends. */
  static final int WINDOW = 1 << 20;

  private final CheckOptions options;
  private final List<Rule> rules;

  public Checker(CheckOptions options) {
    Resources.language(options.language()); // fail early on an unknown language
    Resources.prewarm(options.language());
    if (options.grammar()) {
      LanguageToolBridge.prewarm(options.language(), options.minConfidence());
    }
    this.options = options;
    this.rules = activeRules(options);
  }

  public CheckOptions options() {
    return options;
  }

  public List<Rule> rules() {
    return rules;
  }

  /** The bundled and user rules that apply to this language pair and selection. */
  public static List<Rule> activeRules(CheckOptions options) {
    List<Rule> all = new ArrayList<>(Resources.bundledRules());
    RuleLoader loader = new RuleLoader();
    for (var dir : options.ruleDirs()) {
      all.addAll(loader.loadDirectory(dir));
    }
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
      boolean on = s.defaultOn() || CheckOptions.selects(options.enable(), s.id(), s.category());
      if (on && !CheckOptions.selects(options.disable(), s.id(), s.category())) {
        active.add(r);
      }
    }
    return active;
  }

  public DocumentResult check(String path, String text) {
    DocumentAnalyzer analyzer = Resources.analyzer(options.language());
    LineIndex lines = new LineIndex(text);
    List<Finding> findings = new ArrayList<>();
    int words = 0;
    int from = 0;
    try (LanguageToolBridge.Lease lease = options.grammar()
        ? LanguageToolBridge.borrow(options.language(), options.minConfidence()) : null) {
      while (from < text.length()) {
        int to = windowEnd(text, from);
        Document doc = analyzer.analyze(path, text, lines, from, to, lease == null ? null : lease.tool());
        words += doc.wordCount();
        findings.addAll(check(doc, lease));
        from = to;
      }
    }
    List<String> notes = new ArrayList<>();
    if (options.sourceLanguage() == null) {
      notes.add("source language not given: pair lexicons (e.g. es-en) are off; pass --source-lang es");
    }
    return new DocumentResult(path, text, lines, options.language(), options.sourceLanguage(), words, findings, notes);
  }

  /** Findings for one analysed window; lease is null when LanguageTool's rules are off. */
  private List<Finding> check(Document doc, LanguageToolBridge.Lease lease) {
    RuleContext ctx = new RuleContext(doc, Resources.morphology(options.language()), Resources.gazetteer(),
        options.sourceLanguage());
    List<Finding> own = new ArrayList<>();
    for (Rule r : rules) {
      r.check(ctx, own::add);
    }
    List<Finding> lt = lease != null ? languageTool(lease, ctx) : List.of();
    return FindingMerger.merge(doc.text(), own, lt);
  }

  private List<Finding> languageTool(LanguageToolBridge.Lease lease, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : LanguageToolBridge.check(lease, options.language(), ctx)) {
      if (!CheckOptions.selects(options.disable(), f.ruleId(), f.category())) {
        out.add(f);
      }
    }
    return out;
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
