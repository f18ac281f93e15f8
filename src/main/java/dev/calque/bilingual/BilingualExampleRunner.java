package dev.calque.bilingual;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import dev.calque.rule.Finding;
import dev.calque.rule.Span;

/**
 * Runs a bilingual rule's own examples: each firing example must produce a finding on exactly the
 * marked target span (the whole target when none is marked) that answers to the marked source span,
 * with the expected best suggestion, and the corrected target must not fire there again; each
 * clean example must produce nothing.
 */
public final class BilingualExampleRunner {
  private static final String SEGMENT = "example";

  private BilingualExampleRunner() {
  }

  /** Problems found, one line each; empty when every example behaves. */
  public static List<String> run(BilingualRule rule) {
    List<String> problems = new ArrayList<>();
    for (BilingualExample e : rule.examples()) {
      List<Finding> found = findings(rule, e, e.target());
      if (!e.mustFire()) {
        if (!found.isEmpty()) {
          problems.add(rule.id() + ": fired on clean example " + e.marked() + describe(e.target(), found));
        }
        continue;
      }
      Finding hit = null;
      for (Finding f : found) {
        if (f.span().equals(e.targetSpan()) && e.sourceSpan().equals(f.source())) {
          hit = f;
        }
      }
      if (hit == null) {
        problems.add(rule.id() + ": did not fire on " + e.marked() + describe(e.target(), found));
        continue;
      }
      if (!SEGMENT.equals(hit.segment())) {
        problems.add(rule.id() + ": its finding lost the segment id on " + e.marked());
      }
      String best = hit.best() == null ? null : hit.best().replacement();
      if (!Objects.equals(e.correction(), best)) {
        problems.add(rule.id() + ": on " + e.marked() + " expected correction \"" + e.correction() + "\" but got \""
            + best + "\"");
        continue;
      }
      String corrected = e.correctedTarget();
      if (corrected != null) {
        Span fixed = new Span(e.targetSpan().start(), e.targetSpan().start() + e.correction().length());
        for (Finding f : findings(rule, e, corrected)) {
          if (f.span().overlaps(fixed) || f.span().equals(fixed)) {
            problems.add(rule.id() + ": still fires after the correction: " + corrected);
            break;
          }
        }
      }
    }
    return problems;
  }

  private static List<Finding> findings(BilingualRule rule, BilingualExample e, String target) {
    List<Finding> out = new ArrayList<>();
    rule.check(BilingualContext.of(SEGMENT, e.source(), e.sourceLanguage(), target, e.targetLanguage())
        .with(e.extras()), out::add);
    return out;
  }

  private static String describe(String target, List<Finding> found) {
    if (found.isEmpty()) {
      return " (no findings)";
    }
    StringBuilder b = new StringBuilder(" (found:");
    for (Finding f : found) {
      b.append(" [").append(target, f.start(), f.end()).append("] for source ").append(f.source());
      if (f.best() != null) {
        b.append("->\"").append(f.best().replacement()).append('"');
      }
    }
    return b.append(')').toString();
  }
}
