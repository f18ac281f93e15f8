package dev.calque.bilingual;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.calque.rule.Finding;
import dev.calque.rule.RuleSpec;
import dev.calque.rule.Span;

/**
 * A date whose month the translation changed: "3 de marzo" rendered "April 3". Month names are
 * read in each text's language; a source month the target does not name is paired, in text order,
 * with a target month the source does not name, and reported with the source's month in the
 * target's words. A month dropped or written in digits ("03/03") is not this rule's business.
 */
final class MonthRule extends AbstractBilingualRule {
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  MonthRule(RuleSpec spec, List<BilingualExample> examples, Map<String, Object> params) {
    super(spec, examples);
  }

  private record Month(Span span, int number) {
  }

  private static List<Month> months(String text, NumberWords words) {
    List<Month> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      int n = words.month(m.group());
      if (n > 0) {
        out.add(new Month(new Span(m.start(), m.end()), n));
      }
    }
    return out;
  }

  @Override
  public void check(BilingualContext ctx, Consumer<Finding> out) {
    NumberWords sourceWords = NumberWords.of(ctx.sourceLanguage());
    NumberWords targetWords = NumberWords.of(ctx.targetLanguage());
    if (targetWords.monthName(1) == null) {
      return;
    }
    List<Month> source = months(ctx.source(), sourceWords);
    List<Month> target = months(ctx.target(), targetWords);
    List<Month> unmatchedSource = new ArrayList<>(source);
    List<Month> unmatchedTarget = new ArrayList<>(target);
    for (Month s : source) {
      for (Month t : unmatchedTarget) {
        if (t.number() == s.number()) {
          unmatchedTarget.remove(t);
          unmatchedSource.remove(s);
          break;
        }
      }
    }
    for (int i = 0; i < Math.min(unmatchedSource.size(), unmatchedTarget.size()); i++) {
      Month s = unmatchedSource.get(i);
      Month t = unmatchedTarget.get(i);
      String fix = targetWords.monthName(s.number());
      String message = spec.message(ctx.target(t.span()), fix, "source", ctx.source(s.span()));
      out.accept(finding(ctx, t.span(), s.span(), message, List.of(fix), 0));
    }
  }
}
