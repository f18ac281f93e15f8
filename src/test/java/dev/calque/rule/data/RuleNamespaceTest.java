package dev.calque.rule.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.calque.rule.Rule;

/** Bundled rule files are named after the ids they hold; user folders need only the folder prefix. */
class RuleNamespaceTest {
  private static final String RULE = """
      rules:
        - id: ID
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

  @TempDir
  Path dir;

  @Test
  void aBundledFileNamesTheNamespaceOfItsIds() {
    assertEquals("es-en.idiom", RuleLoader.namespaceOf("rules/es-en/idiom.yaml"));
    assertEquals("common.repetition", RuleLoader.namespaceOf("rules/common/repetition.yml"));
    assertEquals(1, loader.parse("rules/es-en/idiom.yaml", "es-en", "es-en.idiom",
        RULE.replace("ID", "es-en.idiom.colour")).size());
  }

  @Test
  void aBundledRuleOfAnotherNamespaceIsRefused() {
    RuleFileException e = assertThrows(RuleFileException.class, () -> loader.parse("rules/es-en/journalese.yaml",
        "es-en", RuleLoader.namespaceOf("rules/es-en/journalese.yaml"), RULE.replace("ID", "es-en.epithet.colour")));
    assertEquals("rules/es-en/journalese.yaml:2: id: 'es-en.epithet.colour' must start with 'es-en.journalese.', "
        + "the file's folder and name (a rule of another namespace goes in its own file)", e.getMessage());
    // a size-split file names no namespace of its rules
    assertThrows(RuleFileException.class, () -> loader.parse("rules/es-en/idioms-2.yaml", "es-en",
        RuleLoader.namespaceOf("rules/es-en/idioms-2.yaml"), RULE.replace("ID", "es-en.idiom.colour")));
  }

  @Test
  void bundledRuleFilesLiveInAGroupFolder() {
    for (String bad : List.of("rules/house.yaml", "rules/es-en/more/idiom.yaml", "rules/Spanish/idiom.yaml",
        "rules/en/Idioms.yaml")) {
      RuleFileException e = assertThrows(RuleFileException.class, () -> RuleLoader.namespaceOf(bad), bad);
      assertEquals(bad + ": a bundled rule file is rules/<group>/<name>.yaml, with <group> common, a language (en) or "
          + "a pair (es-en), and <name> lower case, the middle part of its rules' ids", e.getMessage());
    }
  }

  @Test
  void userFilesMayGatherSeveralNamespaces() throws Exception {
    Path en = Files.createDirectories(dir.resolve("en"));
    Files.writeString(en.resolve("house.yaml"), RULE.replace("ID", "en.dash.colour")
        + RULE.replace("rules:\n", "").replace("ID", "en.quote.colour"));
    List<Rule> rules = loader.loadDirectory(dir);
    assertEquals(List.of("en.dash.colour", "en.quote.colour"), rules.stream().map(Rule::id).toList());
  }
}
