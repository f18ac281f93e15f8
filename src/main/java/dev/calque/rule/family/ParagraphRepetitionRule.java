package dev.calque.rule.family;

import java.util.HashMap;
import java.util.List;
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

  /** Headlines are repeated near the top, often once with a section label fused in front. */
  private static final int HEADLINE_ZONE = 6;
  private static final int MAX_LABEL_WORDS = 3;

  /** An earlier paragraph that is this one with up to three words in front ("Society" + headline). */
  private static Paragraph labelledCopy(Map<String, Paragraph> seen, String key) {
    for (Map.Entry<String, Paragraph> e : seen.entrySet()) {
      String k = e.getKey();
      if (e.getValue().index() < HEADLINE_ZONE && k.length() > key.length() && k.endsWith(" " + key)) {
        String prefix = k.substring(0, k.length() - key.length()).trim();
        if (prefix.split(" ").length <= MAX_LABEL_WORDS) {
          return e.getValue();
        }
      }
    }
    return null;
  }

  /** Lower case with runs of white space as one space. */
  private static String normalise(String text) {
    StringBuilder b = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
        continue;
      }
      if (space && b.length() > 0) {
        b.append(' ');
      }
      space = false;
      b.append(Character.toLowerCase(c));
    }
    return b.toString();
  }

  @Override
  public void check(RuleContext ctx, Consumer<Finding> out) {
    Document doc = ctx.document();
    Map<String, Paragraph> seen = new HashMap<>();
    for (Paragraph p : doc.paragraphs()) {
      if (doc.sentences().get(p.sentenceTo() - 1).tokenTo() - doc.sentences().get(p.sentenceFrom()).tokenFrom()
          < minWords) {
        continue;
      }
      String text = doc.text(p);
      String key = normalise(text);
      Paragraph earlier = seen.putIfAbsent(key, p);
      if (earlier == null && p.index() < HEADLINE_ZONE) {
        earlier = labelledCopy(seen, key);
      }
      if (earlier != null) {
        out.accept(finding(p.start(), p.end(),
            spec.message(text, "", "line", String.valueOf(earlier.line())), List.of(""), 0));
      }
    }
  }
}
