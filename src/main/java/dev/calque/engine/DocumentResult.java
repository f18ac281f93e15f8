package dev.calque.engine;

import java.util.List;
import dev.calque.analysis.LineIndex;
import dev.calque.rule.Category;
import dev.calque.rule.Finding;

/** The findings for one document, sorted by start, with what reports need to show them. */
public record DocumentResult(String path, String text, LineIndex lines, String language, String sourceLanguage,
    int words, List<Finding> findings, List<String> notes) {

  public DocumentResult {
    findings = List.copyOf(findings);
    notes = List.copyOf(notes);
  }

  /** WMT-weighted MQM penalty per 1,000 words (minor punctuation weighs 0.1). */
  public double mqmScore() {
    if (words == 0) {
      return 0;
    }
    double penalty = 0;
    for (Finding f : findings) {
      double w = f.severity().weight();
      if (f.severity() == dev.calque.rule.Severity.MINOR && Category.isPunctuation(f.category())) {
        w = 0.1;
      }
      if (f.category().equals(Category.UNTRANSLATED) && f.severity() != dev.calque.rule.Severity.MINOR) {
        w = 25;
      }
      penalty += w;
    }
    return Math.round(penalty * 1000.0 / words * 10) / 10.0;
  }
}
