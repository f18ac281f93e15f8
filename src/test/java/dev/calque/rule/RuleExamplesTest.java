package dev.calque.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import dev.calque.engine.Engines;

/**
 * The one generic rule test: every example of every bundled rule (the catalogue's conventions are
 * CatalogueConventionsTest). Each rule reports all of its failing examples at once.
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
}
