package dev.calque.rule.data;

/** Shared checks on which keys a rule kind accepts. */
final class Kinds {
  private Kinds() {
  }

  /** Refuses keys that belong to other kinds: pairs of (key name, value). */
  static void refuse(RuleFileModel.RuleModel m, Object... keyValues) {
    for (int i = 0; i + 1 < keyValues.length; i += 2) {
      if (keyValues[i + 1] != null) {
        throw new IllegalArgumentException(keyValues[i] + ": does not apply to kind '" + m.kind + "'");
      }
    }
  }
}
