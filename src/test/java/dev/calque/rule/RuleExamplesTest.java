package dev.calque.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import dev.calque.engine.Engines;

/**
 * The one generic rule test: every example of every bundled rule, plus the catalogue conventions.
 * Each rule reports all of its failing examples at once.
 */
class RuleExamplesTest {
  static Stream<Rule> rules() {
    return Engines.runtime().bundledRules().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void examplesBehave(Rule rule) {
    List<String> problems = Engines.examples(rule);
    assertEquals(List.of(), problems, () -> String.join("\n", problems));
  }

  @Test
  void catalogueConventions() {
    List<String> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Rule r : Engines.runtime().bundledRules()) {
      RuleSpec s = r.spec();
      if (!ids.add(s.id())) {
        problems.add(s.id() + ": duplicate id");
      }
      if (!s.id().startsWith(s.group() + ".")) {
        problems.add(s.id() + ": id does not start with its folder " + s.group());
      }
      if (s.examples().stream().noneMatch(Example::mustFire) || s.examples().stream().allMatch(Example::mustFire)) {
        problems.add(s.id() + ": needs examples that fire and examples that stay clean");
      }
      if (s.message().length() < 20) {
        problems.add(s.id() + ": message too thin to say why");
      }
      if (s.group().contains("-") && s.sourceLanguage() == null) {
        problems.add(s.id() + ": pair rule without a source language");
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
    assertTrue(ids.size() >= 40, "expected the bundled catalogue, found " + ids.size() + " rules");
  }
}
