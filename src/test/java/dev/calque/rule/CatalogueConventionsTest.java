package dev.calque.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import dev.calque.io.ResourceTree;
import dev.calque.rule.data.RuleLoader;
import dev.calque.rule.family.Evidence;
import dev.calque.rule.family.RuleFamilies;

/**
 * Conventions of the bundled catalogue that no single rule file can break, each written as a check
 * over a list of rules or paths so that it is also run on a broken list and seen to fail. (What the
 * loader refuses, such as duplicate ids or a rule without clean examples, needs no test here: a
 * broken catalogue would not load.)
 */
class CatalogueConventionsTest {
  // --- the checks ---

  /** Registered families that no rule uses: dead code, or a family whose rule was lost. */
  static List<String> unusedFamilies(Map<String, Class<?>> families, Collection<Rule> rules) {
    Set<Class<?>> used = new HashSet<>();
    rules.forEach(r -> used.add(r.getClass()));
    List<String> problems = new ArrayList<>();
    families.forEach((name, type) -> {
      if (!used.contains(type)) {
        problems.add("family '" + name + "' is registered but no bundled rule uses it");
      }
    });
    return problems;
  }

  /**
   * Rules outside the namespace their file names (rules/es-en/idiom.yaml holds es-en.idiom.*), and
   * namespaces split over several files.
   */
  static List<String> idsOutsideTheirFile(Collection<RuleSpec> specs) {
    List<String> problems = new ArrayList<>();
    Map<String, Set<String>> filesOf = new TreeMap<>();
    for (RuleSpec s : specs) {
      String file = s.location().substring(0, s.location().lastIndexOf(':'));
      String[] parts = file.split("/");
      String namespace = parts[parts.length - 2] + "." + parts[parts.length - 1].replaceFirst("\\.[^.]*$", "");
      if (!s.id().startsWith(namespace + ".")) {
        problems.add(s.id() + " (" + s.location() + "): should be in the file of its namespace");
      }
      String idNamespace = s.id().substring(0, s.id().lastIndexOf('.'));
      filesOf.computeIfAbsent(idNamespace, k -> new TreeSet<>()).add(file);
    }
    filesOf.forEach((ns, files) -> {
      if (files.size() > 1) {
        problems.add(ns + ".* is split over " + files);
      }
    });
    return problems;
  }

  /** Target-language folders (rules/en/) without a LanguageTool policy (rules/languagetool/en.yaml). */
  static List<String> targetsWithoutPolicy(Collection<String> paths) {
    List<String> problems = new ArrayList<>();
    for (String lang : folders(paths, "[a-z]{2}")) {
      if (!paths.contains(policy(lang))) {
        problems.add("rules/" + lang + "/ has no LanguageTool policy " + policy(lang));
      }
    }
    return problems;
  }

  /**
   * Pair folders (rules/es-en/) whose target language has no LanguageTool policy: the pair's rules
   * check English text, which calque can only check with a policy for English.
   */
  static List<String> pairsWithoutTarget(Collection<String> paths) {
    List<String> problems = new ArrayList<>();
    for (String pair : folders(paths, "[a-z]{2}-[a-z]{2}")) {
      String target = pair.substring(3);
      if (!paths.contains(policy(target))) {
        problems.add("rules/" + pair + "/ has no target language: " + policy(target) + " is missing");
      }
    }
    return problems;
  }

  /** Rules whose message is too short to say what is wrong and why. */
  static List<String> thinMessages(Collection<RuleSpec> specs) {
    List<String> problems = new ArrayList<>();
    for (RuleSpec s : specs) {
      if (s.message().length() < 20) {
        problems.add(s.id() + ": message too thin to say why");
      }
    }
    return problems;
  }

  /** Weights of the evidence table no rule has read: stale entries, or a rule reading another name. */
  static List<String> unusedWeights(Evidence table) {
    return table.unread().stream().map(n -> Evidence.FILE + ": '" + n + "' is read by no rule").toList();
  }

  private static Set<String> folders(Collection<String> paths, String pattern) {
    Set<String> out = new TreeSet<>();
    for (String p : paths) {
      String[] parts = p.split("/");
      if (parts.length == 3 && parts[0].equals("rules") && parts[1].matches(pattern)) {
        out.add(parts[1]);
      }
    }
    return out;
  }

  private static String policy(String lang) {
    return "rules/languagetool/" + lang + ".yaml";
  }

  // --- on the bundled catalogue ---

  /** Loaded here rather than taken from the engine: these checks need nothing but the loader. */
  private static final List<Rule> BUNDLED = new RuleLoader().loadBundled();

  private static List<RuleSpec> bundledSpecs() {
    return BUNDLED.stream().map(Rule::spec).toList();
  }

  private static List<String> bundledPaths() {
    return ResourceTree.list("rules", ".yaml", ".yml").stream().map(ResourceTree.Entry::name).toList();
  }

  /** Each registered family by the class of the rules it builds (one throwaway rule each). */
  private static Map<String, Class<?>> registeredFamilies() {
    Map<String, Class<?>> out = new TreeMap<>();
    for (String name : RuleFamilies.names()) {
      // A pair rule, so that families which need a source language can be built too.
      RuleSpec probe = new RuleSpec("probe.family." + name, "java", Category.GRAMMAR, Severity.MINOR, 0.5,
          "probe", null, "es-en", "es", true, List.of(), "probe");
      out.put(name, RuleFamilies.create(probe, name, new HashMap<>(), Evidence.load()).getClass());
    }
    return out;
  }

  @Test
  void theCatalogueLoads() {
    assertTrue(BUNDLED.size() >= 40, "expected the bundled catalogue, found " + BUNDLED.size() + " rules");
  }

  @Test
  void everyFamilyIsUsed() {
    assertEquals(List.of(), unusedFamilies(registeredFamilies(), BUNDLED));
    List<Rule> withoutWordRepetition = BUNDLED.stream()
        .filter(r -> !r.id().equals("common.repetition.word")).toList();
    assertEquals(List.of("family 'word-repetition' is registered but no bundled rule uses it"),
        unusedFamilies(registeredFamilies(), withoutWordRepetition));
  }

  @Test
  void everyIdIsInTheFileOfItsNamespace() {
    assertEquals(List.of(), idsOutsideTheirFile(bundledSpecs()));
    RuleSpec idiom = bundledSpecs().stream().filter(s -> s.id().startsWith("es-en.idiom.")).findFirst().orElseThrow();
    RuleSpec moved = withLocation(idiom, "rules/es-en/journalese.yaml:3");
    RuleSpec split = withLocation(idiom, "rules/es-en/idiom.yml:3");
    assertEquals(List.of(idiom.id() + " (rules/es-en/journalese.yaml:3): should be in the file of its namespace",
        "es-en.idiom.* is split over [rules/es-en/idiom.yaml, rules/es-en/journalese.yaml]"),
        idsOutsideTheirFile(List.of(idiom, moved)));
    assertEquals(List.of("es-en.idiom.* is split over [rules/es-en/idiom.yaml, rules/es-en/idiom.yml]"),
        idsOutsideTheirFile(List.of(idiom, split)));
  }

  @Test
  void everyTargetFolderHasALanguageToolPolicy() {
    assertEquals(List.of(), targetsWithoutPolicy(bundledPaths()));
    assertEquals(List.of("rules/fr/ has no LanguageTool policy rules/languagetool/fr.yaml"),
        targetsWithoutPolicy(List.of("rules/en/a.yaml", "rules/languagetool/en.yaml", "rules/fr/b.yaml")));
  }

  @Test
  void everyPairFolderHasItsTargetLanguage() {
    assertEquals(List.of(), pairsWithoutTarget(bundledPaths()));
    assertEquals(List.of("rules/es-de/ has no target language: rules/languagetool/de.yaml is missing"),
        pairsWithoutTarget(List.of("rules/es-en/a.yaml", "rules/es-de/b.yaml", "rules/languagetool/en.yaml")));
  }

  @Test
  void everyMessageSaysWhy() {
    assertEquals(List.of(), thinMessages(bundledSpecs()));
    RuleSpec s = bundledSpecs().get(0);
    RuleSpec thin = new RuleSpec(s.id(), s.kind(), s.category(), s.severity(), s.prior(), "Wrong.", s.description(),
        s.group(), s.sourceLanguage(), s.defaultOn(), s.examples(), s.location());
    assertEquals(List.of(s.id() + ": message too thin to say why"), thinMessages(List.of(thin)));
  }

  @Test
  void everyEvidenceWeightIsRead() {
    Evidence table = Evidence.load(); // a copy of its own: only the bundled rules built here read it
    new RuleLoader(table).loadBundled();
    assertEquals(List.of(), unusedWeights(table));
    Evidence stale = Evidence.parse(Evidence.FILE, "a.used: 1.0  # read\na.stale: -0.5  # read by nothing\n");
    stale.weight("a.used");
    assertEquals(List.of(Evidence.FILE + ": 'a.stale' is read by no rule"), unusedWeights(stale));
  }

  private static RuleSpec withLocation(RuleSpec s, String location) {
    return new RuleSpec(s.id(), s.kind(), s.category(), s.severity(), s.prior(), s.message(), s.description(),
        s.group(), s.sourceLanguage(), s.defaultOn(), s.examples(), location);
  }
}
