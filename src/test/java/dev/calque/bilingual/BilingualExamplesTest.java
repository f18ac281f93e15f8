package dev.calque.bilingual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import dev.calque.rule.Rule;
import dev.calque.rule.data.RuleLoader;

/** The generic test of bilingual rules: every example of every bundled one, and the conventions. */
class BilingualExamplesTest {
  static Stream<BilingualRule> rules() {
    return new BilingualRuleLoader().loadBundled().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void examplesBehave(BilingualRule rule) {
    List<String> problems = BilingualExampleRunner.run(rule);
    assertEquals(List.of(), problems, () -> String.join("\n", problems));
  }

  @Test
  void catalogueConventions() {
    List<String> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<BilingualRule> all = rules().toList();
    for (BilingualRule r : all) {
      if (!ids.add(r.id())) {
        problems.add(r.id() + ": duplicate id");
      }
      if (r.examples().stream().noneMatch(BilingualExample::mustFire)
          || r.examples().stream().allMatch(BilingualExample::mustFire)) {
        problems.add(r.id() + ": needs examples that fire and examples that stay clean");
      }
      if (r.spec().message().length() < 20) {
        problems.add(r.id() + ": message too thin to say why");
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
    assertFalse(all.isEmpty(), "no bundled bilingual rules");
    for (Rule r : new RuleLoader().loadBundled()) {
      assertFalse(ids.contains(r.id()) || r.id().startsWith("bilingual."), r.id() + " loaded as a monolingual rule");
    }
  }
}
