package dev.calque.rule;

import java.util.function.Consumer;

/**
 * A check over one analysed document. Rules are stateless after construction and shared by all
 * threads; per-document state lives in the {@link RuleContext}.
 */
public interface Rule {
  RuleSpec spec();

  void check(RuleContext context, Consumer<Finding> out);

  /**
   * Literal strings this rule will ask the context to find ({@link RuleContext#offsetsOfLiteral}):
   * the engine finds those of all its rules in one pass over each window.
   */
  default java.util.Collection<String> literals() {
    return java.util.List.of();
  }

  default String id() {
    return spec().id();
  }
}
