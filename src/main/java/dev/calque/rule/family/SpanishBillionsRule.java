package dev.calque.rule.family;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.calque.analysis.Document;
import dev.calque.analysis.Paragraph;
import dev.calque.rule.AbstractRule;
import dev.calque.rule.Finding;
import dev.calque.rule.RuleContext;
import dev.calque.rule.RuleSpec;

/**
 * Spanish "mil millones" carried over as thousands of millions with a thousands dot: "2.000 million"
 * is 2 billion in English, "1.500 million" is 1.5 billion. Only round hundreds after the dot are
 * taken: "4.176 million" is a plain English decimal (4,176,000).
 */
final class SpanishBillionsRule extends AbstractRule {
  private static final Pattern THOUSANDS_OF_MILLIONS =
      Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:\\.\\d00)(?:\\.\\d{3})*)(?:,(\\d+))?\\s+million\\b");

  SpanishBillionsRule(RuleSpec spec, Params params) {
    super(spec);
  }

  @Override
  public void check(RuleContext ctx, Consumer<Finding> out) {
    Document doc = ctx.document();
    int hint = -1;
    for (Paragraph p : doc.paragraphs()) {
      if (hint != Integer.MAX_VALUE && hint < p.start()) {
        hint = doc.text().indexOf(" million", p.start()); // one linear pass over the text in all
        hint = hint < 0 ? Integer.MAX_VALUE : hint;
      }
      if (hint >= p.end()) {
        continue;
      }
      Matcher m = THOUSANDS_OF_MILLIONS.matcher(doc.text()).region(p.start(), p.end());
      while (m.find()) {
        BigDecimal millions = new BigDecimal(m.group(1).replace(".", "") + (m.group(2) == null ? "" : "." + m.group(2)));
        if (millions.compareTo(BigDecimal.valueOf(1000)) < 0) {
          continue;
        }
        String billions = millions.movePointLeft(3).stripTrailingZeros().toPlainString();
        String repl = billions + " billion";
        out.accept(finding(m.start(), m.end(), spec.message(m.group(), repl), List.of(repl), 0));
      }
    }
  }
}
