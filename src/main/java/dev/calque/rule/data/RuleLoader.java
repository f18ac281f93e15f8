package dev.calque.rule.data;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import dev.calque.io.ResourceTree;
import dev.calque.rule.Category;
import dev.calque.rule.Example;
import dev.calque.rule.Rule;
import dev.calque.rule.RuleSpec;
import dev.calque.rule.Severity;
import dev.calque.rule.family.Evidence;
import dev.calque.rule.family.RuleFamilies;

/**
 * Reads rule files (YAML) into rules. Every problem is reported as "file:line: key: what is wrong",
 * and a file with any problem is refused whole rather than half-loaded.
 */
public final class RuleLoader {
  private static final Pattern ID = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+");
  private static final Pattern GROUP = Pattern.compile("common|[a-z]{2}|[a-z]{2}-[a-z]{2}");
  private static final Pattern NAME = Pattern.compile("[a-z0-9-]+");

  /** The file extensions of rule files, bundled and user. */
  static final String[] EXTENSIONS = {".yaml", ".yml"};

  // Nulls: a key with no value ("rules:") counts as absent; an empty list item ("- ") is an error.
  // Duplicate keys and floats given for whole numbers are errors, not silently resolved.
  private final ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .setDefaultSetterInfo(JsonSetter.Value.construct(Nulls.SKIP, Nulls.FAIL));

  /** The weights rules read for their context evidence. */
  private final Evidence evidence;

  /** A loader whose rules weigh evidence by the bundled table (rules/evidence.yaml). */
  public RuleLoader() {
    this(Evidence.bundled());
  }

  public RuleLoader(Evidence evidence) {
    this.evidence = evidence;
  }

  /** The rules bundled under rules/ on the classpath. */
  public List<Rule> loadBundled() {
    List<ResourceTree.Entry> files = new ArrayList<>();
    for (ResourceTree.Entry e : ResourceTree.list("rules", EXTENSIONS)) {
      // Tables, not rule files: LanguageTool's mapping, the evidence weights and the reference index's
      // (dev.calque.reference); bilingual rules have their own loader (dev.calque.bilingual).
      if (!e.name().startsWith("rules/languagetool/") && !e.name().equals(Evidence.FILE)
          && !e.name().equals("rules/reference.yaml")
          && !e.name().startsWith("rules/bilingual/")) {
        files.add(e);
      }
    }
    return load(files, new HashMap<>(), Set.of(), true);
  }

  /** The rules in a user folder (files directly in it, or in common/, en/, es-en/ ... below it). */
  public List<Rule> loadDirectory(Path dir) {
    return loadDirectories(List.of(), List.of(dir));
  }

  /**
   * The bundled rules followed by the rules of the user folders. An id may be defined once across
   * all of them: a user rule under a bundled id would run beside it under one name, and --disable
   * would switch off both.
   */
  public List<Rule> loadDirectories(List<Rule> bundled, List<Path> dirs) {
    Map<String, String> taken = new HashMap<>();
    Set<String> bundledIds = new HashSet<>();
    for (Rule r : bundled) {
      taken.put(r.id(), r.spec().location());
      bundledIds.add(r.id());
    }
    List<Rule> all = new ArrayList<>(bundled);
    for (Path dir : new LinkedHashSet<>(dirs)) {
      if (!Files.isDirectory(dir)) {
        throw new RuleFileException(dir + ": not a folder of rule files");
      }
      List<ResourceTree.Entry> files = ResourceTree.listDirectory(dir, EXTENSIONS);
      if (files.isEmpty()) { // most likely the wrong folder: say so rather than check with no rules of yours
        throw new RuleFileException(dir + ": no rule files (.yaml or .yml) in this folder");
      }
      all.addAll(load(files, taken, bundledIds, false));
    }
    return all;
  }

  /**
   * Loads files in order; taken maps each id already defined to its location. Bundled files also
   * hold only the ids their name gives (rules/es-en/idiom.yaml: es-en.idiom.*); user folders need
   * only the folder prefix, since a house-style file often gathers rules of several themes.
   */
  private List<Rule> load(List<ResourceTree.Entry> entries, Map<String, String> taken, Set<String> bundledIds,
      boolean bundled) {
    List<Rule> rules = new ArrayList<>();
    for (ResourceTree.Entry e : entries) {
      byte[] bytes;
      try (InputStream in = e.open()) {
        bytes = in.readAllBytes();
      } catch (IOException ex) {
        throw new RuleFileException(e.name() + ": cannot be read: " + ex.getMessage());
      }
      String text = RuleText.decode(e.name(), bytes);
      List<Rule> parsed = bundled ? parse(e.name(), groupOf(e.name()), namespaceOf(e.name()), text)
          : parse(e.name(), groupOf(e.name()), text);
      for (Rule r : parsed) {
        String where = r.spec().location();
        if (bundledIds.contains(r.id())) {
          throw new RuleFileException(where + ": id: '" + r.id() + "' is already a bundled rule (choose another id, "
              + "or --disable " + r.id() + " and define your own)");
        }
        String before = taken.putIfAbsent(r.id(), where);
        if (before != null) {
          throw new RuleFileException(where + ": id: '" + r.id() + "' is already defined at " + before);
        }
        rules.add(r);
      }
    }
    return rules;
  }

  static String groupOf(String name) {
    String[] parts = name.split("/");
    String parent = parts.length >= 2 ? parts[parts.length - 2] : "";
    return GROUP.matcher(parent).matches() ? parent : "custom";
  }

  /**
   * The id prefix of a bundled rule file, "group.name" for rules/group/name.yaml: the file a rule id
   * names is the file that defines it, and a file holds one theme rather than a size-split share.
   */
  static String namespaceOf(String file) {
    String[] parts = file.split("/");
    String name = parts[parts.length - 1].replaceFirst("\\.[^.]*$", "");
    if (parts.length != 3 || !GROUP.matcher(parts[1]).matches() || !NAME.matcher(name).matches()) {
      throw new RuleFileException(file + ": a bundled rule file is rules/<group>/<name>.yaml, with <group> common, "
          + "a language (en) or a pair (es-en), and <name> lower case, the middle part of its rules' ids");
    }
    return parts[1] + "." + name;
  }

  /** Parses one file; public for tests and for `calque rules test FILE`. */
  public List<Rule> parse(String file, String group, String text) {
    return parse(file, group, null, text);
  }

  /** Parses one file whose ids must start with namespace + "." (null: with the group's). */
  List<Rule> parse(String file, String group, String namespace, String text) {
    YamlShape shape = YamlShape.of(file, text);
    if (shape.empty()) {
      return List.of(); // an empty or comment-only file is a valid file with no rules
    }
    RuleFileModel model;
    try {
      model = mapper.readValue(text, RuleFileModel.class);
    } catch (JsonProcessingException ex) {
      throw YamlErrors.ofBinding(file, ex);
    }
    String sourceLanguage = model.sourceLanguage;
    if (sourceLanguage != null && (!sourceLanguage.matches("[a-z]{2}")
        || (group.contains("-") && !group.startsWith(sourceLanguage + "-")))) {
      throw new RuleFileException(file + ":" + lineOfKey(text, "source-language") + ": source-language: '"
          + sourceLanguage + "' must be a two-letter code" + (group.contains("-") ? " and agree with the folder '"
          + group + "'" : "") + ", e.g. es");
    }
    if (sourceLanguage == null && group.contains("-")) {
      sourceLanguage = group.substring(0, 2);
    }
    List<Rule> out = new ArrayList<>();
    Map<String, String> ids = new HashMap<>();
    for (int i = 0; i < model.rules.size(); i++) {
      RuleFileModel.RuleModel m = model.rules.get(i);
      int line = i < shape.ruleLines().size() ? shape.ruleLines().get(i) : lineOf(text, m.id);
      Map<String, Integer> keys = i < shape.ruleKeys().size() ? shape.ruleKeys().get(i) : Map.of();
      Rule r = build(file, line, keys, group, namespace, sourceLanguage, model.defaults, m);
      String before = ids.putIfAbsent(r.id(), r.spec().location());
      if (before != null) {
        throw new RuleFileException(r.spec().location() + ": id: '" + r.id() + "' is already defined at " + before);
      }
      out.add(r);
    }
    return out;
  }

  /** Builds one rule from its entry at file:line, whose keys (as written) are at keyLines. */
  private Rule build(String file, int line, Map<String, Integer> keyLines, String group, String namespace,
      String sourceLanguage, RuleFileModel.Defaults d, RuleFileModel.RuleModel m) {
    String where = file + ":" + line;
    if (m.id == null) {
      throw new RuleFileException(where + ": id: required, dotted lower case, e.g. en.repetition.word");
    }
    if (!ID.matcher(m.id).matches()) {
      throw new RuleFileException(where + ": id: '" + m.id + "' must be dotted lower case, e.g. en.repetition.word");
    }
    if (!group.equals("custom") && !m.id.startsWith(group + ".")) {
      throw new RuleFileException(where + ": id: '" + m.id + "' must start with the folder name '" + group + ".'");
    }
    if (namespace != null && !m.id.startsWith(namespace + ".")) {
      throw new RuleFileException(where + ": id: '" + m.id + "' must start with '" + namespace + ".', the file's "
          + "folder and name (a rule of another namespace goes in its own file)");
    }
    String kind = or(m.kind, d.kind);
    if (kind == null || !Kinds.names().contains(kind)) {
      throw new RuleFileException(where + ": kind: '" + kind + "' is not one of " + Kinds.names());
    }
    Kinds.check(file, kind, keyLines);
    String category = or(m.category, d.category);
    if (category == null || !Category.isKnown(category)) {
      throw new RuleFileException(where + ": category: '" + category + "' is not an MQM category calque knows: "
          + Category.ALL.stream().sorted().collect(Collectors.joining(", ")));
    }
    Severity severity;
    try {
      severity = Severity.parse(or(m.severity, d.severity));
    } catch (IllegalArgumentException ex) {
      throw new RuleFileException(where + ": severity: " + ex.getMessage());
    }
    Double prior = m.prior != null ? m.prior : d.prior;
    if (prior == null) {
      throw new RuleFileException(where + ": prior: required: the rule's expected precision, strictly between 0 and 1");
    }
    if (prior <= 0 || prior >= 1) {
      throw new RuleFileException(where + ": prior: must be a probability strictly between 0 and 1, got " + prior);
    }
    String message = or(m.message, d.message);
    if (message == null || message.isBlank()) {
      throw new RuleFileException(where + ": message: required; say what is wrong and why");
    }
    boolean on = m.defaultState == null || m.defaultState.equals("on");
    if (m.defaultState != null && !m.defaultState.equals("on") && !m.defaultState.equals("off")) {
      throw new RuleFileException(where + ": default: use 'on' or 'off'");
    }
    List<Example> examples = new ArrayList<>();
    if (m.examples == null || m.examples.fire.isEmpty()) {
      throw new RuleFileException(where + ": examples: at least one example under 'fire' is required");
    }
    if (m.examples.clean.isEmpty()) {
      throw new RuleFileException(where + ": examples: at least one example under 'clean' is required");
    }
    try {
      for (RuleFileModel.FireModel f : m.examples.fire) {
        if (f.text == null) {
          throw new IllegalArgumentException("each 'fire' example needs 'text' (and 'correction' unless the rule "
              + "gives no suggestion)");
        }
        examples.add(Example.firing(f.text, kind.equals("line") ? lineCorrection(f.correction) : f.correction));
      }
      for (String c : m.examples.clean) {
        examples.add(Example.clean(c));
      }
    } catch (IllegalArgumentException ex) {
      throw new RuleFileException(where + ": examples: " + ex.getMessage());
    }
    RuleSpec spec = new RuleSpec(m.id, kind, category, severity, prior, message, m.description, group,
        sourceLanguage, on, examples, where);
    try {
      return switch (kind) {
        case "lexicon" -> LexiconRule.of(spec, m, evidence);
        case "pattern" -> PatternRule.of(spec, m);
        case "line" -> LineRule.of(spec, m);
        default -> RuleFamilies.create(spec, m.family, m.params, evidence);
      };
    } catch (IllegalArgumentException ex) {
      throw new RuleFileException(where + ": " + ex.getMessage());
    }
  }

  /**
   * A line rule's one suggestion is deleting the line, so its examples need no correction: left
   * out, it means that deletion. Any other text could never come true.
   */
  private static String lineCorrection(String correction) {
    if (correction != null && !correction.isEmpty()) {
      throw new IllegalArgumentException("a line rule always suggests deleting the whole line; leave out "
          + "'correction' (or give \"\"), not \"" + correction + "\"");
    }
    return "";
  }

  private static String or(String a, String b) {
    return a != null ? a : b;
  }

  /** The line of a top-level key, or 1. */
  static int lineOfKey(String text, String key) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith(key + ":")) {
        return i + 1;
      }
    }
    return 1;
  }

  /** The line of "id: X" in the file, so semantic errors point at the rule. */
  static int lineOf(String text, String id) {
    if (id == null) {
      return 1;
    }
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i].trim();
      if (l.startsWith("- ")) {
        l = l.substring(2).trim();
      }
      if (l.startsWith("id:") && l.substring(3).trim().replace("\"", "").replace("'", "").equals(id)) {
        return i + 1;
      }
    }
    return 1;
  }
}
