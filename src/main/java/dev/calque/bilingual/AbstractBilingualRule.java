package dev.calque.bilingual;

import java.util.ArrayList;
import java.util.List;
import dev.calque.rule.Confidence;
import dev.calque.rule.Engine;
import dev.calque.rule.Finding;
import dev.calque.rule.RuleRef;
import dev.calque.rule.RuleSpec;
import dev.calque.rule.Span;
import dev.calque.rule.Suggestion;

/** Base for bilingual rules: keeps spec and examples and builds findings tied to their segment. */
public abstract class AbstractBilingualRule implements BilingualRule {
  protected final RuleSpec spec;
  private final List<BilingualExample> examples;
  private final RuleRef ref;

  protected AbstractBilingualRule(RuleSpec spec, List<BilingualExample> examples) {
    this.spec = spec;
    this.examples = List.copyOf(examples);
    this.ref = RuleRef.of(spec);
  }

  @Override
  public RuleSpec spec() {
    return spec;
  }

  @Override
  public List<BilingualExample> examples() {
    return examples;
  }

  /** A parameter that must be one of a few words ("report: changed"), checked once in the constructor. */
  protected static String choice(java.util.Map<String, Object> params, String key, String... allowed) {
    Object v = params.get(key);
    for (String a : allowed) {
      if (a.equals(v)) {
        return a;
      }
    }
    throw new IllegalArgumentException("params." + key + ": one of " + String.join(", ", allowed) + ", not '" + v
        + "'");
  }

  /**
   * A finding on the target span that answers to the source span, replacements best first.
   *
   * @param evidence log-odds added to the rule's prior
   */
  protected Finding finding(BilingualContext ctx, Span target, Span source, String message,
      List<String> replacements, double evidence) {
    double conf = Confidence.combine(spec.prior(), evidence);
    List<Suggestion> suggestions = new ArrayList<>(replacements.size());
    for (int i = 0; i < replacements.size(); i++) {
      suggestions.add(new Suggestion(replacements.get(i), Confidence.forSuggestion(conf, i)));
    }
    return Finding.of(ref).severity(spec.severity()).span(target.start(), target.end()).message(message)
        .suggestions(suggestions).confidence(conf).engine(Engine.CALQUE).source(source).segment(ctx.segmentId())
        .build();
  }
}
