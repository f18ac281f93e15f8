package dev.calque.rule.family;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import dev.calque.rule.Rule;
import dev.calque.rule.RuleSpec;

/**
 * The registry of rule families written in Java, by the name rule files use in "family:". Adding a
 * family is one line here plus its YAML entry (metadata and examples live in the YAML); its
 * parameters are named only where its constructor reads them from {@link Params}.
 */
public final class RuleFamilies {
  // keep sorted
  private static final Map<String, BiFunction<RuleSpec, Params, Rule>> FAMILIES = new TreeMap<>(Map.ofEntries(
      Map.entry("deictic-weekday", DeicticWeekdayRule::new),
      Map.entry("demonym-for-leader", DemonymForLeaderRule::new),
      Map.entry("dropped-subject", DroppedSubjectRule::new),
      Map.entry("entity-lookalike", EntityLookalikeRule::new),
      Map.entry("unknown-name", UnknownNameRule::new),
      Map.entry("name-consistency", NameConsistencyRule::new),
      Map.entry("paired-hyphen-dash", PairedHyphenDashRule::new),
      Map.entry("paragraph-repetition", ParagraphRepetitionRule::new),
      Map.entry("phrase-repetition", PhraseRepetitionRule::new),
      Map.entry("possessive-leak", PossessiveLeakRule::new),
      Map.entry("section-label-headline", SectionLabelHeadlineRule::new),
      Map.entry("source-name-form", SourceNameFormRule::new),
      Map.entry("spanish-billions", SpanishBillionsRule::new),
      Map.entry("untranslated-fragment", UntranslatedFragmentRule::new),
      Map.entry("word-repetition", WordRepetitionRule::new)));

  private RuleFamilies() {
  }

  /** Builds a rule of the family; its weights come from the evidence table given. */
  public static Rule create(RuleSpec spec, String family, Map<String, Object> params, Evidence evidence) {
    if (family == null) {
      throw new IllegalArgumentException("family: a java rule names its family, one of " + FAMILIES.keySet());
    }
    BiFunction<RuleSpec, Params, Rule> factory = FAMILIES.get(family);
    if (factory == null) {
      throw new IllegalArgumentException("family: unknown family '" + family + "', known: " + FAMILIES.keySet());
    }
    Params p = new Params(family, params == null ? Map.of() : params, evidence);
    Rule rule = factory.apply(spec, p);
    p.refuseUnread(); // after construction: the constructor has read every parameter it knows
    return rule;
  }

  public static Set<String> names() {
    return FAMILIES.keySet();
  }
}
