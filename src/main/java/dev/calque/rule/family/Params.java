package dev.calque.rule.family;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The params map of a Java rule family, consumed as the family reads it (as Lucene's analysis
 * factories consume their args map): the family's constructor is the one place its parameters are
 * named, and a key it did not read is an error afterwards rather than a silent no-op.
 */
public final class Params {
  private final String family;
  private final Map<String, Object> values;
  private final Evidence evidence;
  /** Every key the family asked for, given or not, in the order asked. */
  private final Set<String> read = new LinkedHashSet<>();

  Params(String family, Map<String, Object> values, Evidence evidence) {
    this.family = family;
    this.values = values;
    this.evidence = evidence;
  }

  private Object get(String key) {
    read.add(key);
    return values.get(key);
  }

  /**
   * The weight of a piece of evidence this family weighs, from rules/evidence.yaml under
   * "family.name". Not a parameter: rules of a family share its weights.
   */
  public dev.calque.rule.Weight weight(String name) {
    return evidence.weighed(family + "." + name);
  }

  /** Refuses a key the family never read: a typo, or a parameter of another family. */
  void refuseUnread() {
    for (String k : values.keySet()) {
      if (!read.contains(k)) {
        throw new IllegalArgumentException("params: unknown key '" + k + "' for family '" + family + "' (it reads: "
            + (read.isEmpty() ? "none" : String.join(", ", read)) + ")");
      }
    }
  }

  /** A list of strings, lower-cased, or the default when absent. */
  public List<String> words(String key, List<String> dflt) {
    Object v = get(key);
    if (v == null) {
      return dflt;
    }
    if (!(v instanceof List<?> l)) {
      throw new IllegalArgumentException("params." + key + ": expected a list of words");
    }
    List<String> out = new ArrayList<>();
    for (Object o : l) {
      out.add(String.valueOf(o).toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** A list of strings as written (case kept). */
  public List<String> strings(String key, List<String> dflt) {
    Object v = get(key);
    if (v == null) {
      return dflt;
    }
    if (!(v instanceof List<?> l)) {
      throw new IllegalArgumentException("params." + key + ": expected a list");
    }
    List<String> out = new ArrayList<>();
    for (Object o : l) {
      out.add(String.valueOf(o));
    }
    return out;
  }

  /** A single word or phrase. */
  public String string(String key, String dflt) {
    Object v = get(key);
    if (v == null) {
      return dflt;
    }
    if (v instanceof List<?> || v instanceof Map<?, ?>) {
      throw new IllegalArgumentException("params." + key + ": expected a single value");
    }
    return String.valueOf(v);
  }

  public int integer(String key, int dflt) {
    Object v = get(key);
    if (v == null) {
      return dflt;
    }
    if (!(v instanceof Number n)) {
      throw new IllegalArgumentException("params." + key + ": expected a number");
    }
    return n.intValue();
  }
}
