package dev.calque.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a finding says about the rule that raised it, so a report or a client can describe the rule
 * without the rule catalogue: id, MQM category, description and documentation URL when known, the
 * LanguageTool rule behind a LanguageTool finding, and the parts of a joined finding.
 *
 * @param category the rule's MQM category (a finding may carry another: a joined finding takes its
 *     major part's)
 * @param description a one-line description, or null
 * @param url where the rule is documented, or null
 * @param languageTool the LanguageTool rule, or null for calque's own rules
 * @param components the rules joined into this one ("a+b"), in text order; empty for a single rule
 */
public record RuleRef(String id, String category, String description, String url,
    LanguageToolOrigin languageTool, List<RuleRef> components) {

  public RuleRef {
    if (id == null || id.isEmpty()) {
      throw new IllegalArgumentException("rule id is required");
    }
    Objects.requireNonNull(category, "category of " + id);
    components = List.copyOf(components);
    if (components.size() == 1) {
      throw new IllegalArgumentException("a joined rule has at least two components: " + id);
    }
  }

  /** A rule known only by id and category (tests, code written against the older Finding). */
  public static RuleRef of(String id, String category) {
    return new RuleRef(id, category, null, null, null, List.of());
  }

  /** One of calque's rules, described by its spec. */
  public static RuleRef of(RuleSpec spec) {
    return new RuleRef(spec.id(), spec.category(), spec.description(), null, null, List.of());
  }

  /**
   * Two rules whose adjacent findings were joined into one: the id joins both ids with '+' (the
   * report's historical form), the components list every single rule, flattened.
   */
  public static RuleRef joined(RuleRef a, RuleRef b, String category) {
    List<RuleRef> parts = new ArrayList<>();
    parts.addAll(a.isJoined() ? a.components() : List.of(a));
    parts.addAll(b.isJoined() ? b.components() : List.of(b));
    return new RuleRef(a.id() + "+" + b.id(), category, null, null, null, parts);
  }

  public boolean isJoined() {
    return !components.isEmpty();
  }

  /** The ids of the single rules behind this one: its own id unless joined. */
  public List<String> componentIds() {
    return isJoined() ? components.stream().map(RuleRef::id).toList() : List.of(id);
  }
}
