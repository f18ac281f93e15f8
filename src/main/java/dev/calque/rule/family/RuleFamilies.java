package dev.calque.rule.family;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import dev.calque.rule.Rule;
import dev.calque.rule.RuleSpec;

/**
 * The registry of rule families written in Java, by the name rule files use in "family:". Adding a
 * family is one line here plus its YAML entry (metadata and examples live in the YAML).
 */
public final class RuleFamilies {
  private record Family(Set<String> params, BiFunction<RuleSpec, Params, Rule> factory) {
  }

  // keep sorted
  private static final Map<String, Family> FAMILIES = new TreeMap<>(Map.ofEntries(
      Map.entry("deictic-weekday", new Family(Set.of("window"), DeicticWeekdayRule::new)),
      Map.entry("demonym-for-leader", new Family(Set.of(), DemonymForLeaderRule::new)),
      Map.entry("dropped-subject", new Family(Set.of("verbs"), DroppedSubjectRule::new)),
      Map.entry("entity-lookalike", new Family(Set.of("min-length"), EntityLookalikeRule::new)),
      Map.entry("name-consistency", new Family(Set.of("min-length"), NameConsistencyRule::new)),
      Map.entry("paired-hyphen-dash", new Family(Set.of("style"), PairedHyphenDashRule::new)),
      Map.entry("paragraph-repetition", new Family(Set.of("min-words"), ParagraphRepetitionRule::new)),
      Map.entry("phrase-repetition", new Family(Set.of("max-length"), PhraseRepetitionRule::new)),
      Map.entry("possessive-leak", new Family(Set.of("person-nouns"), PossessiveLeakRule::new)),
      Map.entry("section-label-headline", new Family(Set.of("labels", "within"), SectionLabelHeadlineRule::new)),
      Map.entry("spanish-name-form", new Family(Set.of(), SpanishNameFormRule::new)),
      Map.entry("spanish-billions", new Family(Set.of(), SpanishBillionsRule::new)),
      Map.entry("untranslated-fragment", new Family(Set.of("min-words"), UntranslatedFragmentRule::new)),
      Map.entry("word-repetition", new Family(Set.of("allow"), WordRepetitionRule::new))));

  private RuleFamilies() {
  }

  public static Rule create(RuleSpec spec, String family, Map<String, Object> params) {
    if (family == null) {
      throw new IllegalArgumentException("family: a java rule names its family, one of " + FAMILIES.keySet());
    }
    Family f = FAMILIES.get(family);
    if (f == null) {
      throw new IllegalArgumentException("family: unknown family '" + family + "', known: " + FAMILIES.keySet());
    }
    return f.factory().apply(spec, new Params(family, params == null ? Map.of() : params, f.params()));
  }

  public static Set<String> names() {
    return FAMILIES.keySet();
  }
}
