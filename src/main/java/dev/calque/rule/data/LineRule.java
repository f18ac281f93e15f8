package dev.calque.rule.data;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import dev.calque.analysis.Document;
import dev.calque.analysis.Paragraph;
import dev.calque.analysis.TextChars;
import dev.calque.rule.AbstractRule;
import dev.calque.rule.BoundedText;
import dev.calque.rule.Example;
import dev.calque.rule.Finding;
import dev.calque.rule.RuleContext;
import dev.calque.rule.RuleSpec;

/**
 * A whole line that is publisher boilerplate or extraction debris (trust trailers, "More
 * information:" lines, timestamps, bylines). Position matters: a byline is debris at the top of an
 * article and a sentence in its middle, so a line rule looks only near the edge it names.
 */
public final class LineRule extends AbstractRule {
  private final Pattern line;
  private final String position;
  private final int within;
  private final int maxWords;

  private LineRule(RuleSpec spec, Pattern line, String position, int within, int maxWords) {
    super(spec);
    this.line = line;
    this.position = position;
    this.within = within;
    this.maxWords = maxWords;
  }

  static LineRule of(RuleSpec spec, RuleFileModel.RuleModel m) {
    // the loader has refused keys of other kinds (Kinds)
    if (m.line == null) {
      throw new IllegalArgumentException("line: a line rule needs a regular expression that matches the whole line");
    }
    String position = m.position == null ? "any" : m.position;
    if (!Set.of("first", "last", "any").contains(position)) {
      throw new IllegalArgumentException("position: use first, last or any");
    }
    int within = m.within == null ? 3 : m.within;
    if (within < 1) {
      throw new IllegalArgumentException("within: must be at least 1");
    }
    Pattern p;
    try {
      // case-insensitive unless the rule asks: boilerplate comes in any capitalisation
      int flags = Boolean.TRUE.equals(m.caseSensitive) ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
      p = Pattern.compile(m.line, flags);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("line: " + e.getDescription() + " near index " + e.getIndex());
    }
    for (Example e : spec.examples()) {
      if (e.mustFire()) {
        refusePartialMatch(p, lineAround(e.text(), e.start()));
      }
    }
    return new LineRule(spec, p, position, within, m.maxWords == null ? 40 : m.maxWords);
  }

  /**
   * A line pattern must match the whole line, and one written like a search ("read more:") would
   * silently never fire. The rule's own fire examples show the mistake: the pattern is found in
   * the example's line but does not match all of it. (No match at all is left to the example run.)
   */
  private static void refusePartialMatch(Pattern p, String line) {
    try {
      if (p.matcher(BoundedText.forSpan(line, line.length())).matches()) {
        return;
      }
      Matcher found = p.matcher(BoundedText.forSpan(line, line.length()));
      if (!found.find()) {
        return;
      }
      String fix = found.start() == 0 ? "add .* at the end" : found.end() == line.length()
          ? "add .* at the start" : "add .* at both ends";
      throw new IllegalArgumentException("line: must match the whole line, but matches only '"
          + line.substring(found.start(), found.end()) + "' of the fire example's line '" + line + "'; " + fix);
    } catch (BoundedText.Exceeded | StackOverflowError e) {
      // too costly to tell here; the example run reports a pattern that does not fire
    }
  }

  /** The line of an example text holding the offset, without the edge blanks analysis drops. */
  private static String lineAround(String text, int at) {
    int start = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
    int end = text.indexOf('\n', at);
    end = end < 0 ? text.length() : Math.max(start, end);
    while (start < end && TextChars.isBlank(text.charAt(start))) {
      start++;
    }
    while (end > start && TextChars.isBlank(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  @Override
  public void check(RuleContext ctx, Consumer<Finding> out) {
    Document doc = ctx.document();
    List<Paragraph> ps = doc.paragraphs();
    for (Paragraph p : ps) {
      boolean inPlace = switch (position) {
        case "first" -> doc.isFirstWindow() && p.index() < within;
        case "last" -> doc.isLastWindow() && p.index() >= ps.size() - within;
        default -> true;
      };
      if (!inPlace) {
        continue;
      }
      if (!Words.atMost(doc.text(), p.start(), p.end(), maxWords)) {
        continue;
      }
      String text = doc.text(p);
      Matcher m = line.matcher(BoundedText.forSpan(text, text.length()));
      boolean whole;
      try {
        whole = m.matches();
      } catch (BoundedText.Exceeded | StackOverflowError e) {
        ctx.problem(id(), BoundedText.failure(e, p.line()));
        continue;
      }
      if (whole) {
        out.accept(finding(p.start(), p.end(), spec.message(text, ""), List.of(""), 0));
      }
    }
  }
}
