package dev.calque.rule;

import java.util.Locale;

/** MQM severity; the weight is the WMT penalty per error. */
public enum Severity {
  MINOR(1), MAJOR(5), CRITICAL(10);

  private final double weight;

  Severity(double weight) {
    this.weight = weight;
  }

  public double weight() {
    return weight;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses "minor", "major" or "critical"; throws with the allowed values otherwise. */
  public static Severity parse(String s) {
    for (Severity v : values()) {
      if (v.label().equalsIgnoreCase(s)) {
        return v;
      }
    }
    throw new IllegalArgumentException("unknown severity '" + s + "' (use minor, major or critical)");
  }
}
