package dev.calque.rule;

import java.util.function.Consumer;

/**
 * A check over one analysed document. Rules are stateless after construction and shared by all
 * threads; per-document state lives in the {@link RuleContext}.
 */
public interface Rule {
  RuleSpec spec();

  void check(RuleContext context, Consumer<Finding> out);

  default String id() {
    return spec().id();
  }
}
