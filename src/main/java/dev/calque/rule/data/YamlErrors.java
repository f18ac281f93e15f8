package dev.calque.rule.data;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.ReaderException;
import dev.calque.lexicon.EditDistance;

/**
 * Turns Jackson's and SnakeYAML's exceptions into one line a rule author can act on: "file:line:
 * key: what", in the words of the file (a list of strings, a number), never Java class names, and
 * with the whole of a YAML syntax problem rather than its first line.
 */
final class YamlErrors {
  private YamlErrors() {
  }

  /** A syntax error or an unreadable character, found by the first pass over the YAML events. */
  static RuleFileException ofYaml(String file, String text, YAMLException e) {
    if (e instanceof MarkedYAMLException m) {
      return new RuleFileException(syntax(file, m.getProblem(), m.getProblemMark(), m.getContext(),
          m.getContextMark()));
    }
    if (e instanceof ReaderException r) {
      return new RuleFileException(unreadable(file, text, r));
    }
    return new RuleFileException(file + ": " + oneLine(e.getMessage())); // a size or depth limit
  }

  /** A file that is valid YAML but does not fit the rule file schema. */
  static RuleFileException ofBinding(String file, JsonProcessingException e) {
    return new RuleFileException(describe(file, e));
  }

  private static String describe(String file, JsonProcessingException e) {
    String where = at(file, e.getLocation());
    if (e instanceof UnrecognizedPropertyException u) {
      return where + ": " + unknownKey(u);
    }
    if (e instanceof MismatchedInputException m) {
      String key = key(m.getPath());
      return where + ": " + (key.isEmpty() ? "" : key + ": ") + mismatch(m);
    }
    String message = e.getOriginalMessage();
    if (message != null && message.startsWith("Duplicate field '")) {
      String key = message.substring("Duplicate field '".length(), message.indexOf('\'', 17));
      return where + ": " + key + ": given twice in the same mapping (only one would count)";
    }
    if (e instanceof JsonMappingException && e.getCause() instanceof IllegalArgumentException cause) {
      String key = key(((JsonMappingException) e).getPath());
      return where + ": " + (key.isEmpty() ? "" : key + ": ") + cause.getMessage();
    }
    return where + ": " + firstLine(message);
  }

  /** A syntax error with its problem, where it is, and the construct it broke ("while parsing ..."). */
  private static String syntax(String file, String problem, Mark problemMark, String context, Mark contextMark) {
    Mark p = problemMark != null ? problemMark : contextMark;
    StringBuilder b = new StringBuilder(file);
    if (p != null) {
      b.append(':').append(p.getLine() + 1).append(':').append(p.getColumn() + 1);
    }
    b.append(": YAML syntax: ").append(oneLine(problem));
    if (context != null) {
      b.append(" (").append(oneLine(context));
      if (contextMark != null) {
        b.append(" that starts at line ").append(contextMark.getLine() + 1).append(", column ")
            .append(contextMark.getColumn() + 1);
      }
      b.append(')');
    }
    problem = String.valueOf(problem);
    if (problem.contains("mapping values are not allowed")) {
      b.append("; a value that contains ': ' must be in quotes");
    } else if (problem.contains("<block end>") || problem.contains("indentation")) {
      b.append("; check the indentation");
    } else if (problem.contains("found character '\\t'")) {
      b.append("; indent with spaces, not tabs");
    }
    return b.toString();
  }

  private static String unreadable(String file, String text, ReaderException r) {
    int cp = r.getCodePoint();
    int index = text.offsetByCodePoints(0, Math.min(r.getPosition(), text.codePointCount(0, text.length())));
    int line = 1 + (int) text.substring(0, index).chars().filter(c -> c == '\n').count();
    return String.format("%s:%d: %s (U+%04X); YAML does not allow control characters in a file", file, line,
        oneLine(r.getMessage()), cp);
  }

  private static String unknownKey(UnrecognizedPropertyException u) {
    List<String> known = new ArrayList<>();
    if (u.getKnownPropertyIds() != null) {
      u.getKnownPropertyIds().forEach(k -> known.add(k.toString()));
    }
    String name = u.getPropertyName();
    String closest = null;
    int best = Math.max(2, name.length() / 3) + 1;
    for (String k : known) {
      int d = EditDistance.between(name, k);
      if (d < best) {
        best = d;
        closest = k;
      }
    }
    if (closest != null) {
      return "unknown key '" + name + "'; did you mean '" + closest + "'?";
    }
    return "unknown key '" + name + "' (known: " + known.stream().sorted().collect(Collectors.joining(", ")) + ")";
  }

  /** What the file should have had at this place, and what it has. */
  private static String mismatch(MismatchedInputException m) {
    Type expected = expectedType(m);
    if (m instanceof InvalidNullException) {
      return m.getPath().size() > 0 && m.getPath().get(m.getPath().size() - 1).getFrom() instanceof Map
          ? "'" + m.getPath().get(m.getPath().size() - 1).getFieldName() + "' has no value"
          : "an empty item in the list (a '-' with nothing after it, or ~)";
    }
    String got = m instanceof InvalidFormatException f ? quoted(f.getValue()) : found(m);
    String what = "expected " + describeType(expected) + (got == null ? "" : ", got " + got);
    if (isList(expected) && got != null && !got.equals("a mapping")) {
      what += " (a single item is written [item] or as a line '- item')";
    }
    return what;
  }

  /**
   * The declared type at the failing place: the field's generic type when the failure is on a field
   * (Jackson reports a bare ArrayList there), the target type otherwise (an element of a list).
   */
  private static Type expectedType(MismatchedInputException m) {
    List<JsonMappingException.Reference> path = m.getPath();
    if (!path.isEmpty()) {
      JsonMappingException.Reference last = path.get(path.size() - 1);
      Object from = last.getFrom();
      if (last.getFieldName() != null && from != null && !(from instanceof Map)) {
        Field f = field(from instanceof Class<?> c ? c : from.getClass(), last.getFieldName());
        if (f != null) {
          return f.getGenericType();
        }
      }
    }
    return m.getTargetType();
  }

  private static Field field(Class<?> type, String name) {
    for (Field f : type.getFields()) {
      JsonProperty p = f.getAnnotation(JsonProperty.class);
      if (f.getName().equals(name) || (p != null && p.value().equals(name))) {
        return f;
      }
    }
    return null;
  }

  private static boolean isList(Type t) {
    Type raw = t instanceof ParameterizedType p ? p.getRawType() : t;
    return raw instanceof Class<?> c && Collection.class.isAssignableFrom(c);
  }

  static String describeType(Type t) {
    if (t instanceof ParameterizedType p && isList(p)) {
      Type element = p.getActualTypeArguments()[0];
      if (element == String.class) {
        return "a list of strings";
      }
      if (element == RuleFileModel.RuleModel.class) {
        return "a list of rules (each item starts with '- id:')";
      }
      if (element == RuleFileModel.FireModel.class) {
        return "a list of examples";
      }
      return "a list";
    }
    if (isList(t)) {
      return "a list";
    }
    if (t == String.class) {
      return "text";
    }
    if (t == Double.class || t == Float.class || t == double.class) {
      return "a number";
    }
    if (t == Integer.class || t == Long.class || t == int.class) {
      return "a whole number";
    }
    if (t == Boolean.class || t == boolean.class) {
      return "true or false";
    }
    if (t == RuleFileModel.class) {
      return "a mapping with 'rules:' at the top of the file";
    }
    if (t == RuleFileModel.RuleModel.class) {
      return "a rule (key: value lines starting with 'id:')";
    }
    if (t == RuleFileModel.FireModel.class) {
      return "an example: \"text with [[span]]\" or text: and correction: lines";
    }
    if (t == Object.class) {
      return "a value";
    }
    return "a mapping of key: value lines";
  }

  /** The kind of YAML value the parser stood on when binding failed. */
  private static String found(MismatchedInputException m) {
    if (!(m.getProcessor() instanceof JsonParser p)) {
      return null;
    }
    JsonToken t = p.currentToken();
    if (t == null) {
      return null;
    }
    try {
      return switch (t) {
        case START_ARRAY -> "a list";
        case START_OBJECT, FIELD_NAME -> "a mapping";
        case VALUE_STRING -> quoted(p.getText());
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> p.getText();
        case VALUE_NULL -> "nothing";
        default -> null;
      };
    } catch (java.io.IOException e) {
      return null;
    }
  }

  private static String quoted(Object value) {
    if (!(value instanceof String s)) {
      return String.valueOf(value);
    }
    String shown = s.length() > 40 ? s.substring(0, 40) + "..." : s;
    return "'" + oneLine(shown) + "'";
  }

  /** The keys leading to the failure, without list indexes and without the "rules" of each rule. */
  private static String key(List<JsonMappingException.Reference> path) {
    List<String> keys = new ArrayList<>();
    for (JsonMappingException.Reference r : path) {
      if (r.getFieldName() != null && !(r.getFrom() instanceof Map)) {
        keys.add(r.getFieldName());
      }
    }
    if (keys.size() > 1 && keys.get(0).equals("rules")) {
      keys.remove(0);
    }
    return String.join(".", keys);
  }

  private static String at(String file, JsonLocation loc) {
    return loc == null || loc.getLineNr() < 1 ? file : file + ":" + loc.getLineNr();
  }

  private static String firstLine(String s) {
    return s == null ? "unreadable YAML" : s.split("\n")[0];
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s*\n\\s*", " ").strip();
  }
}
