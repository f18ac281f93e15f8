package dev.calque.rule;

/** Which engine raised a finding. */
public enum Engine {
  CALQUE, LANGUAGETOOL;

  public String label() {
    return this == CALQUE ? "calque" : "languagetool";
  }
}
