package dev.calque.audit;

import dev.calque.engine.DocumentResult;

/**
 * What became of one input item: checked (article and result), or skipped (problem; kind "malformed"
 * for input calque could not read as an article, "failed" for a document calque failed on).
 */
record Outcome(Item item, Article article, DocumentResult result, Problem problem, String kind) {
  static Outcome checked(Item item, Article article, DocumentResult result) {
    return new Outcome(item, article, result, null, null);
  }

  static Outcome skipped(Item item, Problem problem, String kind) {
    return new Outcome(item, null, null, problem, kind);
  }
}
