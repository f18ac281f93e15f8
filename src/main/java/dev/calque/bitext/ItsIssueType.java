package dev.calque.bitext;

import java.util.Map;
import dev.calque.rule.Category;
import dev.calque.rule.Finding;
import dev.calque.rule.Severity;

/** A finding in ITS 2.0 Localization Quality Issue terms: its issue type and a severity from 0 to 100. */
public final class ItsIssueType {
  /** Rule families whose ITS type is finer than their MQM category's. */
  private static final Map<String, String> BY_PREFIX = Map.of(
      "bilingual.numbers.", "numbers",
      "bilingual.markup.", "markup",
      "bilingual.names.", "inconsistent-entities",
      "bilingual.glossary.", "terminology");

  private static final Map<String, String> BY_CATEGORY = Map.ofEntries(
      Map.entry(Category.MISTRANSLATION, "mistranslation"),
      Map.entry(Category.UNTRANSLATED, "untranslated"),
      Map.entry(Category.ADDITION, "addition"),
      Map.entry(Category.OMISSION, "omission"),
      Map.entry(Category.GRAMMAR, "grammar"),
      Map.entry(Category.SPELLING, "misspelling"),
      Map.entry(Category.PUNCTUATION, "typographical"),
      Map.entry(Category.INCONSISTENCY, "inconsistency"),
      Map.entry(Category.REGISTER, "register"),
      Map.entry(Category.UNIDIOMATIC, "style"),
      Map.entry(Category.WRONG_TERM, "terminology"),
      Map.entry(Category.NUMBER_FORMAT, "locale-violation"),
      Map.entry(Category.LOCALE_PUNCTUATION, "locale-violation"),
      Map.entry(Category.TIME_FORMAT, "locale-violation"),
      Map.entry(Category.NON_TRANSLATION, "untranslated"));

  private ItsIssueType() {
  }

  public static String of(Finding f) {
    if (f.rule().languageTool() != null) {
      return f.rule().languageTool().issueType();
    }
    for (var e : BY_PREFIX.entrySet()) {
      if (f.ruleId().startsWith(e.getKey())) {
        return e.getValue();
      }
    }
    return BY_CATEGORY.getOrDefault(f.category(), "other");
  }

  /** ITS severity: 0 (none) to 100 (most severe); MQM minor, major and critical at 30, 70 and 100. */
  public static int severity(Severity s) {
    return switch (s) {
      case MINOR -> 30;
      case MAJOR -> 70;
      case CRITICAL -> 100;
    };
  }
}
