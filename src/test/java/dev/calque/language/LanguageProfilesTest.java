package dev.calque.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenStream;
import org.junit.jupiter.api.Test;
import dev.calque.io.ResourceTree;

/**
 * What adding a target language must bring, checked over lists so that each check is also seen to
 * fail on a broken input: every profile has its LanguageTool policy, its LanguageTool module and a
 * data file with every key the profile API reads; every rule folder's target has a profile.
 */
class LanguageProfilesTest {
  /** Every data accessor of the profile API: a key missing from profile.yaml fails one of these. */
  private static final Map<String, Function<LanguageProfile, Object>> ACCESSORS = new java.util.LinkedHashMap<>();

  static {
    ACCESSORS.put("function-words", LanguageProfile::functionWords);
    ACCESSORS.put("auxiliaries", LanguageProfile::auxiliaries);
    ACCESSORS.put("weekdays", LanguageProfile::weekdays);
    ACCESSORS.put("legitimate-doubles", LanguageProfile::legitimateDoubles);
    ACCESSORS.put("decimal-separator", LanguageProfile::decimalSeparator);
    ACCESSORS.put("grouping-separator", LanguageProfile::groupingSeparator);
    ACCESSORS.put("quotes", LanguageProfile::quotes);
    ACCESSORS.put("source-inference", p -> p.sourceInference("xx")); // an unlisted source: the default
    ACCESSORS.put("languagetool module", LanguageProfile::languageTool);
  }

  // --- the checks ---

  static List<String> profileProblems(Collection<LanguageProfile> profiles) {
    List<String> problems = new ArrayList<>();
    for (LanguageProfile p : profiles) {
      if (LanguageProfile.class.getClassLoader().getResource(p.languageToolPolicy()) == null) {
        problems.add(p.code() + ": no LanguageTool policy " + p.languageToolPolicy());
      }
      ACCESSORS.forEach((key, read) -> {
        try {
          if (read.apply(p) == null) {
            problems.add(p.code() + ": " + key + ": none");
          }
        } catch (RuntimeException e) {
          problems.add(p.code() + ": " + key + ": " + e.getMessage());
        }
      });
    }
    return problems;
  }

  /** Rule folders (rules/es/, rules/es-en/) whose target language has no profile. */
  static List<String> foldersWithoutProfile(Collection<String> paths, Set<String> codes) {
    Set<String> problems = new TreeSet<>();
    for (String path : paths) {
      String[] parts = path.split("/");
      if (parts.length != 3 || !parts[0].equals("rules")) {
        continue;
      }
      String folder = parts[1];
      String target = folder.matches("[a-z]{2}-[a-z]{2}") ? folder.substring(3) : folder.matches("[a-z]{2}") ? folder
          : null;
      if (target != null && !codes.contains(target)) {
        problems.add("rules/" + folder + "/ checks '" + target + "' text, but no language profile has that code");
      }
    }
    return List.copyOf(problems);
  }

  // --- on what is bundled ---

  @Test
  void everyProfileHasItsPolicyAndData() {
    LanguageProfiles found = LanguageProfiles.discover();
    assertTrue(found.codes().containsAll(Set.of("en", "es")), found.codes().toString());
    List<LanguageProfile> all = found.codes().stream().map(found::get).toList();
    assertEquals(List.of(), profileProblems(all));
  }

  @Test
  void aBrokenProfileIsReported() {
    String res = "dev/calque/language/zz/profile.yaml";
    assertEquals(List.of("zz: no LanguageTool policy rules/languagetool/zz.yaml",
        "zz: auxiliaries: " + res + ": 'auxiliaries' must be a list of words",
        "zz: weekdays: " + res + ": 'weekdays' must be a list of words",
        "zz: legitimate-doubles: " + res + ": 'legitimate-doubles' must be a list of words",
        "zz: grouping-separator: " + res + ": 'grouping-separator' must be a single value",
        "zz: quotes: " + res + ": 'quotes' must be a list",
        "zz: source-inference: " + res + ": source-inference needs min-evidence, evidence-confidence and min-specific for 'xx' or a default"),
        profileProblems(List.of(new Broken("zz", "en-US"))));
    assertTrue(profileProblems(List.of(new Broken("es", "qq"))).stream()
        .anyMatch(p -> p.startsWith("es: languagetool module: ")), "an unknown LanguageTool code is reported");
  }

  @Test
  void everyRuleFolderHasAProfileForItsTarget() {
    List<String> paths = ResourceTree.list("rules", ".yaml", ".yml").stream().map(ResourceTree.Entry::name).toList();
    assertEquals(List.of(), foldersWithoutProfile(paths, LanguageProfiles.discover().codes()));
    assertEquals(List.of("rules/de-fr/ checks 'fr' text, but no language profile has that code",
        "rules/fr/ checks 'fr' text, but no language profile has that code"),
        foldersWithoutProfile(List.of("rules/es/a.yaml", "rules/es-en/b.yaml", "rules/fr/c.yaml", "rules/de-fr/d.yaml",
            "rules/common/e.yaml", "rules/languagetool/en.yaml", "rules/evidence.yaml"), Set.of("en", "es")));
  }

  /** A profile with a test data file (zz) or a wrong LanguageTool code; never registered as a service. */
  private static final class Broken extends LanguageProfile {
    private final String code;
    private final String ltCode;

    Broken(String code, String ltCode) {
      this.code = code;
      this.ltCode = ltCode;
    }

    @Override
    public String code() {
      return code;
    }

    @Override
    protected String languageToolCode() {
      return ltCode;
    }

    @Override
    public String name() {
      return "Broken";
    }

    @Override
    public WordClass wordClass(String tag) {
      return WordClass.OTHER;
    }

    @Override
    public Set<Form> forms(String tag) {
      return Set.of();
    }

    @Override
    public TokenStream lookupFilters(TokenStream lowerCased) {
      return lowerCased;
    }
  }
}
