package dev.calque.bilingual;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import dev.calque.rule.RuleSpec;

/** The bilingual rule families written in Java, by the name rule files use in "family:". */
final class BilingualFamilies {
  private interface Factory {
    BilingualRule create(RuleSpec spec, List<BilingualExample> examples, Map<String, Object> params);
  }

  private record Family(Set<String> params, Factory factory) {
  }

  // keep sorted
  private static final Map<String, Family> FAMILIES = new TreeMap<>(Map.of(
      "coverage", new Family(Set.of("limits"), CoverageRule::new),
      "glossary", new Family(Set.of("report"), GlossaryRule::new),
      "length-ratio", new Family(Set.of("report", "limits", "min-source-chars"), LengthRatioRule::new),
      "markup", new Family(Set.of("kind"), MarkupRule::new),
      "month", new Family(Set.of(), MonthRule::new),
      "names", new Family(Set.of("report"), NameRule::new),
      "negation", new Family(Set.of("report", "cues", "prefixes", "not-negation"), NegationRule::new),
      "number-mismatch", new Family(Set.of("report"), NumberMismatchRule::new),
      "source-words", new Family(Set.of(), SourceWordRule::new),
      "untranslated", new Family(Set.of("report", "min-words"), UntranslatedRule::new)));

  private BilingualFamilies() {
  }

  static BilingualRule create(RuleSpec spec, List<BilingualExample> examples, String family,
      Map<String, Object> params) {
    Family f = family == null ? null : FAMILIES.get(family);
    if (f == null) {
      throw new IllegalArgumentException("family: '" + family + "' is not a bilingual family; known: "
          + FAMILIES.keySet());
    }
    for (String k : params.keySet()) {
      if (!f.params().contains(k)) {
        throw new IllegalArgumentException("params: unknown key '" + k + "' for family '" + family + "' (known: "
            + String.join(", ", new TreeSet<>(f.params())) + ")");
      }
    }
    return f.factory().create(spec, examples, params);
  }
}
