package dev.calque.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.calque.analysis.TextChars;
import dev.calque.io.InputException;

/**
 * Which field of a JSON Lines record (or of a Markdown file's front matter) holds what. Defaults follow
 * the common archive layout; {@code --field text=content} renames one. A name starting with "/" is a
 * JSON pointer into nested objects ("/meta/section").
 */
public final class Fields {
  /** The roles, with their default field names; text falls back to body when the record has no text. */
  static final List<String> ROLES = List.of("id", "title", "text", "body", "date", "section", "url", "lang",
      "source_lang");
  static final Map<String, String> DEFAULTS = defaults();

  private final Map<String, String> names;

  private Fields(Map<String, String> names) {
    this.names = names;
  }

  private static Map<String, String> defaults() {
    Map<String, String> m = new LinkedHashMap<>();
    for (String role : ROLES) {
      m.put(role, role);
    }
    return Map.copyOf(m);
  }

  public static Fields standard() {
    return new Fields(DEFAULTS);
  }

  /** Defaults overridden by ROLE=NAME pairs; an unknown role is an IllegalArgumentException naming the known ones. */
  public static Fields parse(List<String> overrides) {
    Map<String, String> m = new LinkedHashMap<>(DEFAULTS);
    for (String o : overrides) {
      int eq = o.indexOf('=');
      if (eq <= 0 || eq == o.length() - 1) {
        throw new IllegalArgumentException("--field takes ROLE=NAME, e.g. text=content, not '" + o + "'");
      }
      String role = o.substring(0, eq);
      if (!DEFAULTS.containsKey(role)) {
        throw new IllegalArgumentException("--field: unknown role '" + role + "' (roles: " + String.join(", ", ROLES)
            + ")");
      }
      m.put(role, o.substring(eq + 1));
    }
    return new Fields(Map.copyOf(m));
  }

  String name(String role) {
    return names.get(role);
  }

  /**
   * The article a record describes. {@code text} is the text to check when it does not come from the
   * record (a Markdown body), else null and the record's text (or body) field must hold it.
   */
  Article article(JsonNode record, String fallbackId, String text) throws InputException {
    if (!record.isObject()) {
      throw new InputException("not a JSON object but " + kind(record));
    }
    if (text == null) {
      JsonNode t = field(record, "text");
      if (t == null) {
        t = field(record, "body");
      }
      if (t == null) {
        throw new InputException("no text: the record has no '" + name("text") + "' or '" + name("body") + "' field");
      }
      if (!t.isTextual()) {
        throw new InputException("no text: '" + name(t == field(record, "text") ? "text" : "body") + "' holds "
            + kind(t) + ", not a string");
      }
      text = t.textValue();
      if (text.chars().allMatch(c -> TextChars.isBlank((char) c))) {
        throw new InputException("no text: the text field is empty or only white space");
      }
      if (text.indexOf('\0') >= 0) {
        throw new InputException("the text holds a NUL character: binary data, not text");
      }
    }
    String id = scalar(record, "id");
    return new Article(id == null ? fallbackId : id, scalar(record, "title"), text, scalar(record, "date"),
        scalar(record, "section"), scalar(record, "url"), scalar(record, "lang"), scalar(record, "source_lang"));
  }

  private JsonNode field(JsonNode record, String role) {
    String n = name(role);
    JsonNode v = n.startsWith("/") ? record.at(n) : record.get(n);
    return v == null || v.isMissingNode() || v.isNull() ? null : v;
  }

  /** A field as text: strings as they are, numbers and booleans as written; a container is malformed. */
  private String scalar(JsonNode record, String role) throws InputException {
    JsonNode v = field(record, role);
    if (v == null) {
      return null;
    }
    if (v.isContainerNode()) {
      throw new InputException("'" + name(role) + "' holds " + kind(v) + ", not a value");
    }
    String s = v.asText().strip();
    return s.isEmpty() ? null : s;
  }

  private static String kind(JsonNode n) {
    return switch (n.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case STRING -> "a string";
      default -> "null";
    };
  }

  /** The settings as one stable line, for the audit's fingerprint. */
  String describe() {
    return new java.util.TreeMap<>(names).toString();
  }
}
