package dev.calque.bilingual;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import dev.calque.io.ResourceTree;
import dev.calque.rule.Category;
import dev.calque.rule.RuleSpec;
import dev.calque.rule.Severity;
import dev.calque.rule.data.RuleFileException;

/**
 * Reads bilingual rule files: the bundled rules/bilingual/*.yaml. Problems are reported as
 * "file:line: key: what is wrong", like the monolingual loader's, and a file with any problem is
 * refused whole. (The monolingual loader skips that folder.)
 */
public final class BilingualRuleLoader {
  /** The bundled folder; RuleLoader leaves it out of the monolingual rules. */
  public static final String FOLDER = "rules/bilingual";
  public static final String GROUP = "bilingual";
  private static final Pattern ID = Pattern.compile("bilingual(\\.[a-z0-9-]+)+");
  private static final Pattern PAIR = Pattern.compile("([a-z]{2})-([a-z]{2})");

  private final ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  /** The bilingual rules bundled on the classpath. */
  public List<BilingualRule> loadBundled() {
    List<BilingualRule> all = new ArrayList<>();
    Map<String, String> ids = new HashMap<>();
    for (ResourceTree.Entry e : ResourceTree.list(FOLDER, ".yaml", ".yml")) {
      String text;
      try (InputStream in = e.open()) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException ex) {
        throw new RuleFileException(e.name() + ": cannot be read: " + ex.getMessage());
      }
      for (BilingualRule r : parse(e.name(), text)) {
        String before = ids.putIfAbsent(r.id(), r.spec().location());
        if (before != null) {
          throw new RuleFileException(r.spec().location() + ": id: '" + r.id() + "' is already defined at " + before);
        }
        all.add(r);
      }
    }
    return all;
  }

  /** Parses one file; public for tests. */
  public List<BilingualRule> parse(String file, String text) {
    if (text.isBlank()) {
      return List.of();
    }
    BilingualRuleFile model;
    try {
      model = mapper.readValue(text, BilingualRuleFile.class);
    } catch (JsonProcessingException ex) {
      int line = ex.getLocation() == null ? 1 : ex.getLocation().getLineNr();
      throw new RuleFileException(file + ":" + line + ": " + ex.getOriginalMessage().split("\n")[0]);
    }
    if (model == null) {
      return List.of();
    }
    List<BilingualRule> out = new ArrayList<>();
    for (BilingualRuleFile.RuleModel m : model.rules) {
      String where = file + ":" + lineOf(text, m.id);
      try {
        out.add(build(where, model.pair, m));
      } catch (IllegalArgumentException ex) {
        throw new RuleFileException(where + ": " + ex.getMessage());
      }
    }
    return out;
  }

  private static BilingualRule build(String where, String filePair, BilingualRuleFile.RuleModel m) {
    if (m.id == null || !ID.matcher(m.id).matches()) {
      throw new IllegalArgumentException("id: '" + m.id + "' must be dotted lower case starting with 'bilingual.'");
    }
    if (!"java".equals(m.kind)) {
      throw new IllegalArgumentException("kind: bilingual rules are Java families ('java'), not '" + m.kind + "'");
    }
    if (m.category == null || !Category.isKnown(m.category)) {
      throw new IllegalArgumentException("category: '" + m.category + "' is not an MQM category calque knows");
    }
    Severity severity;
    try {
      severity = Severity.parse(m.severity);
    } catch (IllegalArgumentException ex) {
      throw new IllegalArgumentException("severity: " + ex.getMessage());
    }
    if (m.prior == null || m.prior <= 0 || m.prior >= 1) {
      throw new IllegalArgumentException("prior: required, strictly between 0 and 1");
    }
    if (m.message == null || m.message.isBlank()) {
      throw new IllegalArgumentException("message: required; say what is wrong and why");
    }
    if (m.defaultState != null && !m.defaultState.equals("on") && !m.defaultState.equals("off")) {
      throw new IllegalArgumentException("default: use 'on' or 'off'");
    }
    List<BilingualExample> examples = examples(filePair, m.examples);
    RuleSpec spec = new RuleSpec(m.id, m.kind, m.category, severity, m.prior, m.message, m.description, GROUP, null,
        !"off".equals(m.defaultState), List.of(), where);
    return BilingualFamilies.create(spec, examples, m.family, m.params == null ? Map.of() : m.params);
  }

  private static List<BilingualExample> examples(String filePair, BilingualRuleFile.ExamplesModel em) {
    if (em == null || em.fire.isEmpty() || em.clean.isEmpty()) {
      throw new IllegalArgumentException("examples: at least one under 'fire' and one under 'clean' are required");
    }
    List<BilingualExample> out = new ArrayList<>();
    for (boolean fire : new boolean[] {true, false}) {
      for (BilingualRuleFile.ExampleModel e : fire ? em.fire : em.clean) {
        if (e.source == null || e.target == null) {
          throw new IllegalArgumentException("examples: each example needs 'source' and 'target'");
        }
        String pair = e.pair != null ? e.pair : filePair;
        var pm = pair == null ? null : PAIR.matcher(pair);
        if (pm == null || !pm.matches()) {
          throw new IllegalArgumentException("examples: pair: '" + pair + "' is not a language pair such as es-en "
              + "(give 'pair' for the file or the example)");
        }
        String source = e.source;
        String target = e.target;
        List<dev.calque.bitext.InlineCode> sourceCodes = List.of();
        List<dev.calque.bitext.InlineCode> targetCodes = List.of();
        if (Boolean.TRUE.equals(e.inline)) {
          var s = dev.calque.bitext.InlineMarkup.read(source);
          var t = dev.calque.bitext.InlineMarkup.read(target);
          source = s.text();
          target = t.text();
          sourceCodes = s.codes();
          targetCodes = t.codes();
        }
        dev.calque.bitext.Glossary glossary = null;
        if (e.glossary != null) {
          try {
            glossary = dev.calque.bitext.GlossaryReader.read("example glossary", e.glossary);
          } catch (dev.calque.io.InputException ex) {
            throw new IllegalArgumentException("examples: glossary: " + ex.getMessage());
          }
        }
        BilingualContext.Extras extras = new BilingualContext.Extras(sourceCodes, targetCodes, glossary);
        if (fire) {
          out.add(BilingualExample.firing(source, target, e.correction, pm.group(1), pm.group(2), extras));
        } else {
          if (e.correction != null) {
            throw new IllegalArgumentException("examples: a clean example has no correction: " + e.target);
          }
          out.add(BilingualExample.clean(source, target, pm.group(1), pm.group(2), extras));
        }
      }
    }
    return out;
  }

  /** The line of "id: X" in the file, so problems point at the rule. */
  private static int lineOf(String text, String id) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; id != null && i < lines.length; i++) {
      String l = lines[i].trim();
      l = l.startsWith("- ") ? l.substring(2).trim() : l;
      if (l.startsWith("id:") && l.substring(3).trim().replace("\"", "").replace("'", "").equals(id)) {
        return i + 1;
      }
    }
    return 1;
  }
}
