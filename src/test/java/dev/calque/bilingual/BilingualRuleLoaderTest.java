package dev.calque.bilingual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import dev.calque.rule.data.RuleFileException;

class BilingualRuleLoaderTest {
  private static final String GOOD = """
      pair: es-en
      rules:
        - id: bilingual.test.numbers
          kind: java
          family: number-mismatch
          params: {report: changed}
          category: accuracy/mistranslation
          severity: major
          prior: 0.8
          message: "'{match}' is not the source's '{source}'."
          examples:
            fire:
              - source: "Murieron [[14]] personas."
                target: "[[40]] people died."
                correction: "14"
              - source: "Son [[3]] casas."
                target: "Ce sont [[4]] maisons."
                correction: "3"
                pair: es-fr
            clean:
              - source: "Murieron 14 personas."
                target: "14 people died."
      """;

  private static String error(String yaml) {
    return assertThrows(RuleFileException.class, () -> new BilingualRuleLoader().parse("b.yaml", yaml)).getMessage();
  }

  @Test
  void aValidFileGivesRulesWhoseExamplesRun() {
    List<BilingualRule> rules = new BilingualRuleLoader().parse("b.yaml", GOOD);
    assertEquals(1, rules.size());
    BilingualRule r = rules.get(0);
    assertEquals("bilingual.test.numbers", r.id());
    assertEquals("b.yaml:3", r.spec().location());
    assertEquals("bilingual", r.spec().group());
    assertEquals("fr", r.examples().get(1).targetLanguage());
    assertEquals(List.of(), BilingualExampleRunner.run(r));
  }

  @Test
  void problemsNameTheFileTheLineAndTheKey() {
    assertTrue(error(GOOD.replace("kind: java", "kind: pattern")).startsWith("b.yaml:3: kind:"));
    assertTrue(error(GOOD.replace("id: bilingual.test", "id: en.test")).startsWith("b.yaml:3: id:"));
    assertTrue(error(GOOD.replace("family: number-mismatch", "family: nope")).contains("family: 'nope'"));
    assertTrue(error(GOOD.replace("{report: changed}", "{report: both}")).contains("params.report"));
    assertTrue(error(GOOD.replace("{report: changed}", "{report: changed, x: 1}")).contains("unknown key 'x'"));
    assertTrue(error(GOOD.replace("pair: es-en\n", "")).contains("pair: 'null'"));
    assertTrue(error(GOOD.replace("severity: major", "severity: huge")).contains("severity:"));
    assertTrue(error(GOOD.replace("prior: 0.8", "prior: 1.5")).contains("prior:"));
    assertTrue(error(GOOD.replace("message: ", "mesage: ")).contains("mesage"));
    assertTrue(error(GOOD.replace("\"[[40]] people died.\"", "\"40 people died.\"")).contains("correction"));
    String noClean = GOOD.substring(0, GOOD.indexOf("      clean:"));
    assertTrue(error(noClean).contains("'clean'"));
  }

  @Test
  void theExampleRunnerReportsExamplesThatMisbehave() {
    List<BilingualRule> rules = new BilingualRuleLoader().parse("b.yaml", GOOD.replace("correction: \"14\"",
        "correction: \"15\"").replace("target: \"14 people died.\"", "target: \"41 people died.\""));
    List<String> problems = BilingualExampleRunner.run(rules.get(0));
    assertEquals(2, problems.size(), problems::toString);
    assertTrue(problems.get(0).contains("expected correction \"15\" but got \"14\""), problems::toString);
    assertTrue(problems.get(1).contains("fired on clean example"), problems::toString);
  }
}
