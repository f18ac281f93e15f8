package dev.calque.rule;

/**
 * A replacement for a finding's span and the probability that applying it makes the text right.
 */
public record Suggestion(String replacement, double confidence) {
  public Suggestion {
    if (replacement == null) {
      throw new IllegalArgumentException("replacement must not be null");
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0,1]: " + confidence);
    }
  }
}
