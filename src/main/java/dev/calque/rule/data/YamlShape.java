package dev.calque.rule.data;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;

/**
 * A first pass over a rule file's YAML events, before binding, for what binding would pass over
 * in silence: an empty file, anchors and aliases (Jackson binds an alias "*a" as the text "a"),
 * a second document after "---" (Jackson reads only the first), and syntax errors, which surface
 * here with their whole message. It also notes the line of each rule and of each of its keys, which
 * binding loses, and which keys a rule has (binding cannot tell an absent key from one left empty).
 *
 * @param empty the file holds no YAML value (empty, comments only, or a lone null)
 * @param ruleLines the line of each item of the top-level rules: list, in order
 * @param ruleKeys the keys of each item of the rules: list as written, each with its line, in order
 */
record YamlShape(boolean empty, List<Integer> ruleLines, List<Map<String, Integer>> ruleKeys) {
  private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");

  /** Where the event walk stands: a mapping (expecting a key or a value) or a sequence. */
  private static final class Frame {
    final boolean mapping;
    boolean expectKey = true;
    String key;
    /** For a rule's mapping: its keys and their lines; null elsewhere. */
    Map<String, Integer> keyLines;

    Frame(boolean mapping) {
      this.mapping = mapping;
    }
  }

  static YamlShape of(String file, String text) {
    List<Integer> ruleLines = new ArrayList<>();
    List<Map<String, Integer>> ruleKeys = new ArrayList<>();
    Deque<Frame> stack = new ArrayDeque<>();
    int documents = 0;
    Event root = null;
    try {
      for (Event e : new Yaml(new LoaderOptions()).parse(new StringReader(text))) {
        if (e instanceof DocumentStartEvent && ++documents == 2) {
          throw new RuleFileException(file + ":" + line(e.getStartMark()) + ": a rule file holds one YAML document; "
              + "a second one starts here (after '---'): put all rules under one 'rules:' list");
        }
        if (e instanceof AliasEvent || (e instanceof NodeEvent n && n.getAnchor() != null)) {
          // Refused rather than supported: expanding aliases needs the node graph (losing the line
          // numbers messages need) and invites alias bombs; `defaults:` already shares values.
          throw new RuleFileException(file + ":" + line(e.getStartMark())
              + ": YAML anchors and aliases are not supported in rule files");
        }
        if (e instanceof CollectionEndEvent) {
          stack.pop();
        } else if (e instanceof NodeEvent) {
          root = root == null ? e : root;
          boolean rule = startsRule(stack);
          if (rule) {
            ruleLines.add(line(e.getStartMark()));
            ruleKeys.add(new LinkedHashMap<>());
          }
          advance(stack.peek(), e);
          if (e instanceof MappingStartEvent || e instanceof SequenceStartEvent) {
            stack.push(new Frame(e instanceof MappingStartEvent));
            if (rule) {
              stack.peek().keyLines = ruleKeys.get(ruleKeys.size() - 1);
            }
          }
        }
      }
    } catch (YAMLException ex) {
      throw YamlErrors.ofYaml(file, text, ex);
    }
    boolean empty = root == null || (root instanceof ScalarEvent s && s.isPlain() && NULLS.contains(s.getValue()));
    return new YamlShape(empty, ruleLines, ruleKeys);
  }

  /** Whether the next node is an item of the top-level "rules" list. */
  private static boolean startsRule(Deque<Frame> stack) {
    return stack.size() == 2 && !stack.peek().mapping && stack.peekLast().mapping
        && "rules".equals(stack.peekLast().key);
  }

  /** In a mapping, nodes alternate between key and value; a scalar key is remembered. */
  private static void advance(Frame top, Event e) {
    if (top == null || !top.mapping) {
      return;
    }
    if (top.expectKey) {
      top.key = e instanceof ScalarEvent s ? s.getValue() : null;
      if (top.keyLines != null && top.key != null) {
        top.keyLines.putIfAbsent(top.key, line(e.getStartMark()));
      }
    }
    top.expectKey = !top.expectKey;
  }

  private static int line(Mark m) {
    return m == null ? 1 : m.getLine() + 1;
  }
}
