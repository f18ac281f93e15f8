package dev.calque.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import dev.calque.language.LanguageProfile;
import dev.calque.rule.Finding;
import dev.calque.rule.Rule;
import dev.calque.rule.RuleContext;

/**
 * Decides, document by document, whether text of unknown origin was translated from one of the
 * source languages that have pair rules into its language: each candidate pair's rules run, and a
 * source is inferred once its distinct strong findings reach that pair's threshold (the target
 * profile's data). Until then, and for other candidates after, pair findings are not reported.
 */
final class SourceInference {
  private final Map<String, List<Rule>> candidates;
  private final LanguageProfile target;

  SourceInference(Map<String, List<Rule>> candidates, LanguageProfile target) {
    this.candidates = candidates;
    this.target = target;
  }

  boolean active() {
    return !candidates.isEmpty();
  }

  /** All candidate pair rules (for listing what --enable switched on). */
  List<Rule> rules() {
    List<Rule> all = new ArrayList<>();
    candidates.values().forEach(all::addAll);
    return all;
  }

  /** What one document has shown so far, over its windows. */
  final class State {
    private String language;
    /** Distinct strong findings per candidate source, over the windows read so far. */
    private final Map<String, Set<String>> seen = new java.util.TreeMap<>();

    /** The inferred source, or null. */
    String language() {
      return language;
    }

    /** The evidence for the inferred source, in the order found. */
    Set<String> evidence() {
      return language == null ? Set.of() : seen.get(language);
    }

    /**
     * Runs the candidates' rules on one window (only the inferred source's once there is one) and
     * returns the findings to report: those of the inferred source.
     */
    List<Finding> window(RuleContext ctx, BiConsumer<List<Rule>, List<Finding>> run) {
      Map<String, List<Finding>> found = new java.util.TreeMap<>();
      for (Map.Entry<String, List<Rule>> e : candidates.entrySet()) {
        if (language != null && !language.equals(e.getKey())) {
          continue;
        }
        List<Finding> out = new ArrayList<>();
        run.accept(e.getValue(), out);
        found.put(e.getKey(), out);
        double strong = target.sourceInference(e.getKey()).evidenceConfidence();
        Set<String> distinct = seen.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>());
        for (Finding f : out) {
          if (f.confidence() >= strong) {
            distinct.add("'" + ctx.document().text(f.start(), f.end()).toLowerCase(Locale.ROOT) + "'");
          }
        }
      }
      if (language == null) {
        int most = 0;
        for (Map.Entry<String, Set<String>> e : seen.entrySet()) {
          int n = e.getValue().size();
          if (n >= target.sourceInference(e.getKey()).minEvidence() && n > most) {
            most = n;
            language = e.getKey();
          }
        }
      }
      return language == null ? List.of() : found.getOrDefault(language, List.of());
    }
  }
}
