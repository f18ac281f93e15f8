package dev.calque.rule.family;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import dev.calque.analysis.Document;
import dev.calque.analysis.Paragraph;
import dev.calque.rule.AbstractRule;
import dev.calque.rule.Finding;
import dev.calque.rule.RuleContext;
import dev.calque.rule.RuleSpec;

/**
 * A paragraph or headline printed again later in the same document (an extraction or MT pipeline
 * artefact). The later copy is proposed for deletion; short lines such as "Photo" or "***" are left
 * alone because they legitimately recur.
 */
final class ParagraphRepetitionRule extends AbstractRule {
  private final int minWords;

  ParagraphRepetitionRule(RuleSpec spec, Params params) {
    super(spec);
    this.minWords = params.integer("min-words", 4);
  }

  @Override
  public void check(RuleContext ctx, Consumer<Finding> out) {
    Document doc = ctx.document();
    Map<String, Paragraph> seen = new HashMap<>();
    for (Paragraph p : doc.paragraphs()) {
      String text = doc.text(p);
      if (text.split("\\s+").length < minWords) {
        continue;
      }
      String key = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      Paragraph earlier = seen.putIfAbsent(key, p);
      if (earlier != null) {
        out.accept(finding(p.start(), p.end(),
            spec.message(text, "", "line", String.valueOf(earlier.line())), List.of(""), 0));
      }
    }
  }
}
