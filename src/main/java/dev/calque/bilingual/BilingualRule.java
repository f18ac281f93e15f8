package dev.calque.bilingual;

import java.util.List;
import java.util.function.Consumer;
import dev.calque.rule.Finding;
import dev.calque.rule.RuleSpec;

/**
 * A check of a translation against its source, one segment at a time. Its findings span the target
 * text and carry the source span they answer to and the segment id. Rules are stateless after
 * construction and shared by all threads.
 */
public interface BilingualRule {
  /** Identity and metadata, as for monolingual rules (its monolingual examples are empty). */
  RuleSpec spec();

  /** The rule's own test cases: source and target pairs that must fire or stay clean. */
  List<BilingualExample> examples();

  void check(BilingualContext context, Consumer<Finding> out);

  default String id() {
    return spec().id();
  }
}
