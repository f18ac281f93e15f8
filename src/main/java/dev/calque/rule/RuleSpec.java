package dev.calque.rule;

import java.util.List;

/**
 * Everything a rule declares about itself, read from its YAML entry: identity, MQM classification,
 * prior precision, message and examples. One place for metadata, Java families included.
 *
 * @param group folder the rule came from: "common", a target language ("en") or a pair ("es-en")
 * @param sourceLanguage source language the rule needs, or null when it applies to any text
 * @param location "file:line" of the definition, for error messages and `rules show`
 */
public record RuleSpec(String id, String kind, String category, Severity severity, double prior, String message,
    String description, String group, String sourceLanguage, boolean defaultOn, List<Example> examples,
    String location) {

  public RuleSpec {
    examples = List.copyOf(examples);
  }

  /** The message with {match}, {suggestion} and any extra placeholders filled in. */
  public String message(String match, String suggestion, String... keyValues) {
    String m = message.replace("{match}", match).replace("{suggestion}", suggestion == null ? "" : suggestion);
    for (int i = 0; i + 1 < keyValues.length; i += 2) {
      m = m.replace("{" + keyValues[i] + "}", keyValues[i + 1]);
    }
    return m;
  }
}
