package dev.calque.rule.data;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import dev.calque.analysis.Document;
import dev.calque.analysis.Paragraph;
import dev.calque.rule.AbstractRule;
import dev.calque.rule.BoundedText;
import dev.calque.rule.Finding;
import dev.calque.rule.RuleContext;
import dev.calque.rule.RuleSpec;

/**
 * A regular expression over each paragraph's text, for surface conventions (punctuation, number
 * formats) where words and morphology do not matter. A named group "span" narrows the finding to
 * part of the match; replacements may use $1..$9 and ${name}.
 */
public final class PatternRule extends AbstractRule {
  private static final Pattern GROUP_REF = Pattern.compile("\\$(\\d)|\\$\\{([A-Za-z][A-Za-z0-9]*)}");
  private final Pattern pattern;
  private final List<String> replacements;
  private final boolean hasSpanGroup;

  private PatternRule(RuleSpec spec, Pattern pattern, List<String> replacements) {
    super(spec);
    this.pattern = pattern;
    this.replacements = replacements;
    this.hasSpanGroup = pattern.pattern().contains("(?<span>");
  }

  static PatternRule of(RuleSpec spec, RuleFileModel.RuleModel m) {
    // the loader has refused keys of other kinds (Kinds)
    if (m.pattern == null) {
      throw new IllegalArgumentException("pattern: a pattern rule needs a regular expression");
    }
    int flags = Pattern.UNICODE_CASE | (Boolean.TRUE.equals(m.caseSensitive) ? 0 : Pattern.CASE_INSENSITIVE);
    try {
      return new PatternRule(spec, Pattern.compile(m.pattern, flags), m.replace == null ? List.of() : List.copyOf(m.replace));
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("pattern: " + e.getDescription() + " near index " + e.getIndex());
    }
  }

  @Override
  public void check(RuleContext ctx, Consumer<Finding> out) {
    Document doc = ctx.document();
    for (Paragraph p : doc.paragraphs()) {
      Matcher m = pattern.matcher(BoundedText.forSpan(doc.text(), p.end() - p.start()));
      m.useTransparentBounds(true);
      m.region(p.start(), p.end());
      List<Finding> found = new ArrayList<>();
      try {
        while (m.find()) {
          int start = hasSpanGroup ? m.start("span") : m.start();
          int end = hasSpanGroup ? m.end("span") : m.end();
          if (start < 0 || end <= start) {
            continue;
          }
          List<String> repl = new ArrayList<>(replacements.size());
          for (String r : replacements) {
            repl.add(expand(r, m));
          }
          String matched = doc.text(start, end);
          found.add(finding(start, end, spec.message(matched, repl.isEmpty() ? null : repl.get(0)), repl, 0));
        }
      } catch (BoundedText.Exceeded | StackOverflowError e) {
        ctx.problem(id(), BoundedText.failure(e, p.line()));
        continue;
      }
      found.forEach(out);
    }
  }

  private static String expand(String template, Matcher m) {
    Matcher g = GROUP_REF.matcher(template);
    StringBuilder b = new StringBuilder();
    while (g.find()) {
      String v = g.group(1) != null ? m.group(Integer.parseInt(g.group(1))) : m.group(g.group(2));
      g.appendReplacement(b, Matcher.quoteReplacement(v == null ? "" : v));
    }
    g.appendTail(b);
    return b.toString();
  }
}
