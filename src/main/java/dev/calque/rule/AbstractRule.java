package dev.calque.rule;

import java.util.ArrayList;
import java.util.List;

/** Base for rules: keeps the spec and builds findings whose confidence starts at the rule's prior. */
public abstract class AbstractRule implements Rule {
  protected final RuleSpec spec;
  /** Built once: every finding of the rule shares it. */
  private final RuleRef ref;

  protected AbstractRule(RuleSpec spec) {
    this.spec = spec;
    this.ref = RuleRef.of(spec);
  }

  @Override
  public RuleSpec spec() {
    return spec;
  }

  /**
   * A finding for [start, end) with the given replacements, best first.
   *
   * @param evidence log-odds added to the rule's prior by what the context says
   */
  protected Finding finding(int start, int end, String message, List<String> replacements, double evidence) {
    return finding(start, end, message, replacements, evidence, List.of());
  }

  /**
   * A finding whose confidence the given pieces of context evidence moved from the prior; it keeps
   * their names (see {@link Finding#evidence()}).
   */
  protected Finding finding(int start, int end, String message, List<String> replacements, List<Weight> applied) {
    return finding(start, end, message, replacements, Weight.sum(applied), Weight.names(applied));
  }

  private Finding finding(int start, int end, String message, List<String> replacements, double evidence,
      List<String> names) {
    double conf = Confidence.combine(spec.prior(), evidence);
    List<Suggestion> suggestions = new ArrayList<>(replacements.size());
    for (int i = 0; i < replacements.size(); i++) {
      suggestions.add(new Suggestion(replacements.get(i), Confidence.forSuggestion(conf, i)));
    }
    return Finding.of(ref).severity(spec.severity()).span(start, end).message(message).suggestions(suggestions)
        .confidence(conf).engine(Engine.CALQUE).evidence(names).build();
  }
}
