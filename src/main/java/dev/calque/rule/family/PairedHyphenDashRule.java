package dev.calque.rule.family;

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
 * Parenthetical dashes typed as hyphens. Glued to the aside (" -after the elections- ") it is the
 * Spanish habit carried over by MT; spaced (" - the second - ") it is also common in plain-text
 * English news, so that style is a separate rule, off by default. English prints an aside between
 * dashes; a hyphen only joins words.
 */
final class PairedHyphenDashRule extends AbstractRule {
  // Glued: " -aside- " (a space, a hyphen glued to the aside, a hyphen glued to its end). Hyphens
  // inside words of the aside ("face-to-face") are allowed in both forms.
  private static final Pattern GLUED =
      Pattern.compile("(?<=\\S) -(\\p{L}(?:[^\\n\\-–—]|(?<=\\p{L})-(?=\\p{L})){0,120}?[\\p{L}\\p{N}])-( |(?=[,.;:)]))");
  // Spaced: " - aside - " where both hyphens stand alone; an aside starting with a digit is a score.
  private static final Pattern SPACED =
      Pattern.compile("(?<=\\S) - (\\p{L}(?:[^\\n\\-–—]|(?<=\\p{L})-(?=\\p{L})){0,120}?) - ( ?)(?=\\S)");

  private final Pattern pattern;

  PairedHyphenDashRule(RuleSpec spec, Params params) {
    super(spec);
    String style = params.string("style", "glued");
    this.pattern = switch (style) {
      case "glued" -> GLUED;
      case "spaced" -> SPACED;
      default -> throw new IllegalArgumentException("params.style: use glued or spaced");
    };
  }

  @Override
  public void check(RuleContext ctx, Consumer<Finding> out) {
    Document doc = ctx.document();
    int hint = -1;
    for (Paragraph p : doc.paragraphs()) {
      if (hint != Integer.MAX_VALUE && hint < p.start()) {
        hint = doc.text().indexOf(" -", p.start()); // one linear pass over the text in all
        hint = hint < 0 ? Integer.MAX_VALUE : hint;
      }
      if (hint < p.end()) {
        report(doc, p, pattern, out);
      }
    }
  }

  /** The aside between spaced em dashes (news style); a closing dash before punctuation is dropped. */
  private void report(Document doc, Paragraph p, Pattern pattern, Consumer<Finding> out) {
    Matcher m = pattern.matcher(doc.text()).region(p.start(), p.end());
    m.useTransparentBounds(true);
    while (m.find()) {
      boolean closes = m.end() > m.end(1) + 1;
      String repl = " \u2014 " + m.group(1) + (closes ? " \u2014 " : "");
      out.accept(finding(m.start(), m.end(), spec.message(m.group(), repl), List.of(repl), 0));
    }
  }
}
