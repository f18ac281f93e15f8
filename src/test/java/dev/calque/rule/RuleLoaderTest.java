package dev.calque.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import dev.calque.rule.data.RuleFileException;
import dev.calque.rule.data.RuleLoader;

class RuleLoaderTest {
  private static final String GOOD = """
      rules:
        - id: en.test.colour
          kind: pattern
          category: locale/punctuation
          severity: minor
          prior: 0.6
          pattern: "colour"
          replace: ["color"]
          message: "US spelling is wanted in this house style."
          examples:
            fire:
              - text: "A [[colour]] photo."
                correction: "color"
            clean:
              - "A color photo."
      """;

  private final RuleLoader loader = new RuleLoader();

  @Test
  void loadsAWellFormedFile() {
    List<Rule> rules = loader.parse("rules/en/test.yaml", "en", GOOD);
    assertEquals(1, rules.size());
    assertEquals("en.test.colour", rules.get(0).id());
    assertEquals(List.of(), ExampleRunner.run(rules.get(0), "en"));
  }

  @Test
  void unknownKeyNamesFileLineAndKey() {
    String bad = GOOD.replace("    severity: minor", "    severity: minor\n    colour: red");
    RuleFileException e = assertThrows(RuleFileException.class, () -> loader.parse("x.yaml", "en", bad));
    assertTrue(e.getMessage().startsWith("x.yaml:6:"), e.getMessage());
    assertTrue(e.getMessage().contains("unknown key 'colour'"), e.getMessage());
  }

  @Test
  void badValuesNameTheKey() {
    assertMessage(GOOD.replace("locale/punctuation", "fluency/nonsense"), "x.yaml:2: category:");
    assertMessage(GOOD.replace("severity: minor", "severity: huge"), "x.yaml:2: severity:");
    assertMessage(GOOD.replace("prior: 0.6", "prior: 1.5"), "x.yaml:2: prior:");
    assertMessage(GOOD.replace("pattern: \"colour\"", "pattern: \"col(our\""), "x.yaml:2: pattern:");
    assertMessage(GOOD.replace("en.test.colour", "es-en.test.colour"), "id:");
  }

  @Test
  void kindsRefuseForeignKeysAndFamiliesCheckParams() {
    assertMessage(GOOD.replace("    replace: [\"color\"]", "    replace: [\"color\"]\n    match: [colour]"),
        "match: does not apply");
    String java = GOOD.replace("kind: pattern", "kind: java\n    family: word-repetition\n    params: {bogus: 1}")
        .replace("    pattern: \"colour\"\n    replace: [\"color\"]\n", "");
    assertMessage(java, "unknown key 'bogus'");
    assertMessage(java.replace("word-repetition", "no-such-family").replace("{bogus: 1}", "{}"), "unknown family");
  }

  @Test
  void examplesAreRequired() {
    String noClean = GOOD.replaceAll("(?m)^\\s*clean:\\n\\s*- \"A color photo.\"\\n", "");
    assertMessage(noClean, "examples: at least one example under 'clean'");
    String unmarked = GOOD.replace("[[colour]]", "colour");
    assertMessage(unmarked, "[[marked span]]");
  }

  private void assertMessage(String yaml, String expected) {
    RuleFileException e = assertThrows(RuleFileException.class, () -> loader.parse("x.yaml", "en", yaml));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
