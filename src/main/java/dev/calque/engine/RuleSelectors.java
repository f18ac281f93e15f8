package dev.calque.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import dev.calque.lexicon.EditDistance;
import dev.calque.rule.Category;
import dev.calque.rule.Rule;

/**
 * Checks --enable/--disable values against what they can name, so a typo in a CI configuration is
 * an error instead of a selector that silently switches nothing. LanguageTool's rule ids are taken
 * on trust when well formed: listing them means building LanguageTool (3-4 s) just for this.
 */
public final class RuleSelectors {
  private static final Pattern LANGUAGETOOL = Pattern.compile("languagetool\\.?|languagetool\\.[A-Z][A-Z0-9_]*");
  private static final int SUGGESTIONS = 3;

  private RuleSelectors() {
  }

  /**
   * One line naming every selector that matches no rule id, id prefix or category among the given
   * rules (of any language), each with the closest names; null when all of them match something.
   */
  public static String unknown(String option, Collection<String> selectors, List<Rule> rules) {
    List<String> problems = new ArrayList<>();
    Set<String> names = null;
    for (String s : new LinkedHashSet<>(selectors)) {
      if (known(s, rules)) {
        continue;
      }
      if (s.isBlank()) {
        problems.add("an empty one (a stray comma?)");
        continue;
      }
      names = names == null ? names(rules) : names;
      List<String> close = closest(s, names);
      problems.add("'" + s + "'" + (close.isEmpty() ? "" : " (did you mean " + String.join(" or ", close) + "?)"));
    }
    if (problems.isEmpty()) {
      return null;
    }
    String what = problems.size() == 1 ? "no rule id, id prefix or category matches "
        : problems.size() + " names match no rule id, id prefix or category: ";
    return option + ": " + what + String.join(", ", problems) + "; calque rules list shows every id";
  }

  /** The selectors that name none of the bilingual rules (those are checked against the others). */
  public static List<String> notNaming(Collection<String> selectors,
      List<dev.calque.bilingual.BilingualRule> bilingual) {
    List<String> out = new ArrayList<>();
    for (String s : selectors) {
      boolean names = false;
      for (var r : bilingual) {
        names |= CheckOptions.selects(Set.of(s), r.id(), r.spec().category()) && !isCategory(s);
      }
      if (!names) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * Whether a selector names something: a rule id, id prefix or category of these rules, an MQM
   * category or dimension, or a well-formed LanguageTool id ("languagetool.EN_QUOTES").
   */
  public static boolean known(String s, List<Rule> rules) {
    if (LANGUAGETOOL.matcher(s).matches() || isCategory(s)) {
      return true;
    }
    Set<String> one = Set.of(s);
    for (Rule r : rules) {
      if (CheckOptions.selects(one, r.id(), r.spec().category())) {
        return true;
      }
    }
    return false;
  }

  /** A category ("fluency/spelling") or a dimension of one ("fluency"). */
  private static boolean isCategory(String s) {
    for (String c : Category.ALL) {
      if (c.equals(s) || c.startsWith(s + "/")) {
        return true;
      }
    }
    return false;
  }

  /** Everything a selector may name: ids, their dotted prefixes (with and without the final dot), categories. */
  private static Set<String> names(List<Rule> rules) {
    Set<String> names = new TreeSet<>();
    for (Rule r : rules) {
      String id = r.id();
      names.add(id);
      for (int dot = id.indexOf('.'); dot > 0; dot = id.indexOf('.', dot + 1)) {
        names.add(id.substring(0, dot));
        names.add(id.substring(0, dot + 1));
      }
    }
    for (String c : Category.ALL) {
      names.add(c);
      names.add(c.substring(0, c.indexOf('/')));
    }
    return names;
  }

  /**
   * The names whose last part is the selector ("spelling" for fluency/spelling), else the names at
   * the smallest edit distance if it is small for the selector's length; a LanguageTool id typed in
   * lower case gets its upper-case form.
   */
  static List<String> closest(String selector, Set<String> names) {
    String s = selector.toLowerCase(Locale.ROOT);
    if (s.startsWith("languagetool.") && LANGUAGETOOL.matcher("languagetool." + selector.substring(13)
        .toUpperCase(Locale.ROOT)).matches()) {
      return List.of("'languagetool." + selector.substring(13).toUpperCase(Locale.ROOT) + "'");
    }
    List<String> candidates = new ArrayList<>();
    for (String n : names) {
      if (n.endsWith(".") == s.endsWith(".")) { // "es-en." is offered for "es-em.", "es-en" for "es-em"
        candidates.add(n);
      }
    }
    List<String> out = new ArrayList<>();
    String bare = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    for (String n : candidates) {
      String name = n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
      if (name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf('/')) + 1).equals(bare)) {
        out.add("'" + n + "'");
      }
    }
    if (!out.isEmpty()) {
      return out.subList(0, Math.min(SUGGESTIONS, out.size()));
    }
    int limit = Math.max(2, s.length() / 4);
    int best = Integer.MAX_VALUE;
    for (String n : candidates) {
      int d = EditDistance.between(s, n);
      if (d > limit || d > best) {
        continue;
      }
      if (d < best) {
        best = d;
        out.clear();
      }
      if (out.size() < SUGGESTIONS) {
        out.add("'" + n + "'");
      }
    }
    return out;
  }
}
