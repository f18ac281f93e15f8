package dev.calque.rule;

import java.util.ArrayList;
import java.util.List;
import dev.calque.analysis.Document;
import dev.calque.analysis.DocumentAnalyzer;
import dev.calque.lexicon.Gazetteer;

/**
 * Runs a rule's own examples: each firing example must produce a finding on exactly the marked span
 * whose best suggestion is the expected correction, and the corrected text must not fire there again;
 * each clean example must produce nothing. Used by `calque rules test` and by the generic JUnit test.
 */
public final class ExampleRunner {
  private ExampleRunner() {
  }

  /**
   * The target language a rule's examples are written in: its folder's ("es" for rules/es/, "en"
   * for rules/es-en/) when calque checks that language, else the fallback. Common and user rules
   * have no language of their own; their examples are written in the fallback (the default target).
   */
  public static String language(RuleSpec spec, java.util.Set<String> targets, String fallback) {
    String g = spec.group();
    String target = g.matches("[a-z]{2}-[a-z]{2}") ? g.substring(3) : g;
    return targets.contains(target) ? target : fallback;
  }

  /** Problems found, one line each; empty when every example behaves. */
  public static List<String> run(Rule rule, DocumentAnalyzer analyzer, Gazetteer gazetteer) {
    List<String> problems = new ArrayList<>();
    for (Example e : rule.spec().examples()) {
      List<Finding> found = findings(rule, analyzer, gazetteer, e.text());
      if (e.mustFire()) {
        Finding hit = null;
        for (Finding f : found) {
          if (f.start() == e.start() && f.end() == e.end()) {
            hit = f;
          }
        }
        if (hit == null) {
          problems.add(rule.id() + ": did not fire on " + e.marked() + describe(e.text(), found));
          continue;
        }
        String best = hit.best() == null ? null : hit.best().replacement();
        if (!java.util.Objects.equals(e.correction(), best)) {
          problems.add(rule.id() + ": on " + e.marked() + " expected correction \"" + e.correction() + "\" but got \""
              + best + "\"");
          continue;
        }
        String corrected = e.corrected();
        if (corrected != null && !corrected.isBlank()) {
          for (Finding f : findings(rule, analyzer, gazetteer, corrected)) {
            if (f.start() <= e.start() + e.correction().length() && e.start() <= f.end()) {
              problems.add(rule.id() + ": still fires after the correction: " + corrected);
              break;
            }
          }
        }
      } else if (!found.isEmpty()) {
        problems.add(rule.id() + ": fired on clean example " + e.text() + describe(e.text(), found));
      }
    }
    return problems;
  }

  private static List<Finding> findings(Rule rule, DocumentAnalyzer analyzer, Gazetteer gazetteer, String text) {
    Document doc = analyzer.analyze("example", text, null);
    RuleContext ctx = new RuleContext(doc, analyzer.morphology(), gazetteer, rule.spec().sourceLanguage(),
        dev.calque.rule.Literals.of(rule.literals()));
    List<Finding> out = new ArrayList<>();
    rule.check(ctx, out::add);
    return out;
  }

  private static String describe(String text, List<Finding> found) {
    if (found.isEmpty()) {
      return " (no findings)";
    }
    StringBuilder b = new StringBuilder(" (found:");
    for (Finding f : found) {
      b.append(" [").append(text, f.start(), f.end()).append("]");
      if (f.best() != null) {
        b.append("->\"").append(f.best().replacement()).append('"');
      }
    }
    return b.append(')').toString();
  }
}
