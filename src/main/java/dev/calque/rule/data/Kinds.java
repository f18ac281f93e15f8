package dev.calque.rule.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys each rule kind allows: the keys every rule has plus the kind's own. Declared once here
 * and checked once by the loader, so a key of another kind is an error for every kind instead of
 * being bound and then ignored (a java rule with `match:`, say).
 */
final class Kinds {
  /** Keys of every rule, whatever its kind. */
  static final List<String> COMMON = List.of("id", "kind", "category", "severity", "prior", "message",
      "description", "default", "examples");

  // in the order rules/README.md documents them
  private static final Map<String, List<String>> OWN = new LinkedHashMap<>();

  static {
    OWN.put("lexicon", List.of("match", "suggest", "origin", "pos", "allow-capitalized", "case-sensitive",
        "context"));
    OWN.put("pattern", List.of("pattern", "replace", "case-sensitive", "trigger", "trigger-scope"));
    OWN.put("line", List.of("line", "position", "within", "max-words", "case-sensitive"));
    OWN.put("java", List.of("family", "params"));
  }

  private Kinds() {
  }

  /** The kinds, in documentation order. */
  static Set<String> names() {
    return OWN.keySet();
  }

  /** The keys a kind adds to the common ones. */
  static List<String> own(String kind) {
    return OWN.get(kind);
  }

  /**
   * Refuses the first key (in file order) that the kind does not allow.
   *
   * @param keyLines the rule's keys as written, each with its line
   */
  static void check(String file, String kind, Map<String, Integer> keyLines) {
    List<String> own = OWN.get(kind);
    for (Map.Entry<String, Integer> k : keyLines.entrySet()) {
      if (!COMMON.contains(k.getKey()) && !own.contains(k.getKey())) {
        throw new RuleFileException(file + ":" + k.getValue() + ": key: '" + k.getKey() + "' does not apply to a "
            + kind + " rule (keys of " + kind + " rules: " + String.join(", ", own) + ")");
      }
    }
  }
}
