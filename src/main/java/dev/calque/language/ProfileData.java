package dev.calque.language;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A profile's data file, dev/calque/language/CODE/profile.yaml beside its class: word lists and
 * thresholds that are facts about the language rather than logic, so they can be read and changed
 * without touching code. A missing file or key is an error when the profile is first used.
 */
public final class ProfileData {
  private final String resource;
  private final JsonNode root;
  /** Word lists are asked for in rules' inner loops: each is built once. */
  private final java.util.Map<String, Set<String>> wordLists = new java.util.concurrent.ConcurrentHashMap<>();

  private ProfileData(String resource, JsonNode root) {
    this.resource = resource;
    this.root = root;
  }

  static ProfileData load(Class<?> owner, String code) {
    String res = "dev/calque/language/" + code + "/profile.yaml";
    try (InputStream in = owner.getClassLoader().getResourceAsStream(res)) {
      if (in == null) {
        throw new IllegalStateException("language profile '" + code + "' has no data file " + res);
      }
      return new ProfileData(res, new ObjectMapper(new YAMLFactory()).readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(res + ": " + e.getMessage(), e);
    }
  }

  LanguageProfile.SourceInference sourceInference(String source) {
    JsonNode all = root.path("source-inference");
    JsonNode n = all.has(source) ? all.get(source) : all.path("default");
    if (!n.has("min-evidence") || !n.has("evidence-confidence") || !n.has("min-specific")) {
      throw new IllegalStateException(resource + ": source-inference needs min-evidence, evidence-confidence and "
          + "min-specific for '" + source + "' or a default");
    }
    return new LanguageProfile.SourceInference(n.get("min-evidence").asInt(), n.get("evidence-confidence").asDouble(),
        n.get("min-specific").asInt());
  }

  /** A list of words under key, lower-cased; a missing key is an error. */
  public Set<String> words(String key) {
    return wordLists.computeIfAbsent(key, this::readWords);
  }

  private Set<String> readWords(String key) {
    JsonNode n = root.get(key);
    if (n == null || !n.isArray()) {
      throw new IllegalStateException(resource + ": '" + key + "' must be a list of words");
    }
    Set<String> out = new TreeSet<>();
    for (Iterator<JsonNode> it = n.elements(); it.hasNext();) {
      out.add(it.next().asText().toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  /** A list of strings under key as written; a missing key is an error. */
  public List<String> strings(String key) {
    JsonNode n = root.get(key);
    if (n == null || !n.isArray()) {
      throw new IllegalStateException(resource + ": '" + key + "' must be a list");
    }
    List<String> out = new ArrayList<>();
    n.elements().forEachRemaining(e -> out.add(e.asText()));
    return List.copyOf(out);
  }

  /** A single text value under key; a missing key is an error. */
  public String text(String key) {
    JsonNode n = root.get(key);
    if (n == null || !n.isValueNode()) {
      throw new IllegalStateException(resource + ": '" + key + "' must be a single value");
    }
    return n.asText();
  }
}
