package dev.calque.rule.family;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The log-odds weights of context evidence (rules/evidence.yaml), read by name by the rules that
 * weigh it, so that every number that moves a confidence is in one visible table with what it is
 * evidence of. The table is a flat YAML mapping written one weight a line with its comment; the
 * comment is required, which a YAML parser would drop, so the lines are read here directly.
 */
public final class Evidence {
  /** The bundled table's resource name. */
  public static final String FILE = "rules/evidence.yaml";
  private static final Pattern LINE =
      Pattern.compile("([a-z0-9-]+\\.[a-z0-9-]+):[ \\t]*(-?[0-9]+(?:\\.[0-9]+)?)[ \\t]+#[ \\t]*(\\S.*)");

  private final String file;
  private final Map<String, Double> weights;
  private final Set<String> read = ConcurrentHashMap.newKeySet();

  private Evidence(String file, Map<String, Double> weights) {
    this.file = file;
    this.weights = weights;
  }

  /** The bundled table, loaded once and shared. */
  public static Evidence bundled() {
    return Bundled.TABLE;
  }

  private static final class Bundled {
    static final Evidence TABLE = load();
  }

  /** A fresh copy of the bundled table, whose reads are its own (for checking which names are read). */
  public static Evidence load() {
    try (InputStream in = Evidence.class.getClassLoader().getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException(FILE + " is missing from the classpath");
      }
      return parse(FILE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(FILE + ": " + e.getMessage(), e);
    }
  }

  /** Parses a table: comment and blank lines, and "family.name: weight  # what the evidence is". */
  public static Evidence parse(String file, String text) {
    Map<String, Double> weights = new LinkedHashMap<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i].strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      Matcher m = LINE.matcher(l);
      if (!m.matches()) {
        throw new IllegalStateException(file + ":" + (i + 1) + ": expected 'family.name: weight  # what the "
            + "evidence is', one weight a line with its comment");
      }
      if (weights.put(m.group(1), Double.parseDouble(m.group(2))) != null) {
        throw new IllegalStateException(file + ":" + (i + 1) + ": " + m.group(1) + ": given twice");
      }
    }
    return new Evidence(file, Collections.unmodifiableMap(weights));
  }

  /** The weight of a named piece of evidence; an unknown name is an error when the rule is built. */
  public double weight(String name) {
    Double w = weights.get(name);
    if (w == null) {
      throw new IllegalArgumentException("evidence: no weight '" + name + "' in " + file);
    }
    read.add(name);
    return w;
  }

  /** The named weight with its name, for a finding that records which evidence moved it. */
  public dev.calque.rule.Weight weighed(String name) {
    return new dev.calque.rule.Weight(name, weight(name));
  }

  public Set<String> names() {
    return weights.keySet();
  }

  /** The names no rule has read so far, in table order. */
  public Set<String> unread() {
    Set<String> out = new LinkedHashSet<>(weights.keySet());
    out.removeAll(read);
    return out;
  }
}
