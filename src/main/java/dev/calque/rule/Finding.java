package dev.calque.rule;

import java.util.List;

/**
 * One artifact found in a document: the span [start, end) in UTF-16 units of the document text as
 * read, what is wrong with it, and the corrections proposed. Immutable.
 *
 * @param confidence probability that the span is a real error (suggestions carry their own)
 */
public record Finding(String ruleId, String category, Severity severity, int start, int end, String message,
    List<Suggestion> suggestions, double confidence, Engine engine) {

  public Finding {
    if (ruleId == null || ruleId.isEmpty()) {
      throw new IllegalArgumentException("ruleId is required");
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + "," + end + ") for " + ruleId);
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0,1]: " + confidence);
    }
    suggestions = List.copyOf(suggestions);
  }

  /** The best suggestion, or null when the finding only points at a problem. */
  public Suggestion best() {
    return suggestions.isEmpty() ? null : suggestions.get(0);
  }

  public boolean overlaps(Finding o) {
    return start < o.end && o.start < end;
  }
}
