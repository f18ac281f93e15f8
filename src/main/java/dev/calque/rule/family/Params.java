package dev.calque.rule.family;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The params map of a Java rule family, checked against the keys the family knows. */
public final class Params {
  private final Map<String, Object> values;

  Params(String family, Map<String, Object> values, Set<String> known) {
    for (String k : values.keySet()) {
      if (!known.contains(k)) {
        throw new IllegalArgumentException("params: unknown key '" + k + "' for family '" + family + "' (known: "
            + (known.isEmpty() ? "none" : String.join(", ", new TreeSet<>(known))) + ")");
      }
    }
    this.values = values;
  }

  /** A list of strings, lower-cased, or the default when absent. */
  public List<String> words(String key, List<String> dflt) {
    Object v = values.get(key);
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
    Object v = values.get(key);
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
    Object v = values.get(key);
    if (v == null) {
      return dflt;
    }
    if (v instanceof List<?> || v instanceof Map<?, ?>) {
      throw new IllegalArgumentException("params." + key + ": expected a single value");
    }
    return String.valueOf(v);
  }

  public int integer(String key, int dflt) {
    Object v = values.get(key);
    if (v == null) {
      return dflt;
    }
    if (!(v instanceof Number n)) {
      throw new IllegalArgumentException("params." + key + ": expected a number");
    }
    return n.intValue();
  }
}
