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
 * part of the match; replacements may use $1..$9 and ${name}. Optional triggers (words, found through
 * the document's stem index, or literal strings) name what a paragraph must hold for the regex to
 * run on it at all: a regex is tried at every position of the text it scans, a stem lookup is not.
 */
public final class PatternRule extends AbstractRule {
  private static final Pattern GROUP_REF = Pattern.compile("\\$(\\d)|\\$\\{([A-Za-z][A-Za-z0-9]*)}");
  private final Pattern pattern;
  private final List<String> replacements;
  private final boolean hasSpanGroup;
  /** Trigger words (matched on their stems) and literal strings; both empty when the rule has no triggers. */
  private final List<String> triggerWords;
  private final List<String> triggerStrings;
  private volatile java.util.Set<String> triggerStems;
  /**
   * Whether a trigger lets the regex run over its whole paragraph rather than near it: for patterns
   * whose matches may reach further than {@link #TRIGGER_REACH} from their trigger, or that anchor at
   * the paragraph's start or end (a stretch cut out of a paragraph would make its edges match ^ and $).
   */
  private final boolean paragraphScope;

  private PatternRule(RuleSpec spec, Pattern pattern, List<String> replacements, List<String> triggers,
      boolean paragraphScope) {
    super(spec);
    this.paragraphScope = paragraphScope;
    this.pattern = pattern;
    this.replacements = replacements;
    this.hasSpanGroup = pattern.pattern().contains("(?<span>");
    List<String> words = new ArrayList<>();
    List<String> strings = new ArrayList<>();
    for (String t : triggers) {
      // a word of two letters or more is looked up by its stems; anything else is a literal string
      (t.length() > 1 && t.codePoints().allMatch(Character::isLetter) ? words : strings).add(t);
    }
    this.triggerWords = List.copyOf(words);
    this.triggerStrings = List.copyOf(strings);
  }

  static PatternRule of(RuleSpec spec, RuleFileModel.RuleModel m) {
    // the loader has refused keys of other kinds (Kinds)
    if (m.pattern == null) {
      throw new IllegalArgumentException("pattern: a pattern rule needs a regular expression");
    }
    if (m.trigger != null && m.trigger.stream().anyMatch(t -> t == null || t.isEmpty())) {
      throw new IllegalArgumentException("trigger: each trigger is a word or a string, not empty");
    }
    if (m.triggerScope != null && !m.triggerScope.equals("near") && !m.triggerScope.equals("paragraph")) {
      throw new IllegalArgumentException("trigger-scope: use near or paragraph, not '" + m.triggerScope + "'");
    }
    if (m.triggerScope != null && (m.trigger == null || m.trigger.isEmpty())) {
      throw new IllegalArgumentException("trigger-scope: says where triggers let the pattern run; give trigger too");
    }
    int flags = Pattern.UNICODE_CASE | (Boolean.TRUE.equals(m.caseSensitive) ? 0 : Pattern.CASE_INSENSITIVE);
    try {
      return new PatternRule(spec, Pattern.compile(m.pattern, flags), m.replace == null ? List.of() : List.copyOf(m.replace),
          m.trigger == null ? List.of() : List.copyOf(m.trigger), "paragraph".equals(m.triggerScope));
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("pattern: " + e.getDescription() + " near index " + e.getIndex());
    }
  }

  /**
   * How far around a trigger a match may reach: a trigger lies inside the match it stands for, and
   * no match of a triggered pattern is longer than this.
   */
  static final int TRIGGER_REACH = 160;

  @Override
  public void check(RuleContext ctx, Consumer<Finding> out) {
    Document doc = ctx.document();
    int[] around = triggerOffsets(ctx);
    int next = 0;
    for (Paragraph p : doc.paragraphs()) {
      if (around == null) {
        scan(ctx, p, p.start(), p.end(), out);
        continue;
      }
      // the stretches of this paragraph within reach of a trigger, merged
      while (next < around.length && around[next] < p.start()) {
        next++;
      }
      if (paragraphScope) {
        if (next < around.length && around[next] < p.end()) {
          scan(ctx, p, p.start(), p.end(), out);
        }
        continue;
      }
      int from = -1;
      int to = -1;
      while (next < around.length && around[next] < p.end()) {
        int lo = Math.max(p.start(), around[next] - TRIGGER_REACH);
        int hi = Math.min(p.end(), around[next] + TRIGGER_REACH);
        if (from >= 0 && lo > to) {
          scan(ctx, p, from, to, out);
          from = -1;
        }
        if (from < 0) {
          from = lo;
        }
        to = Math.max(to, hi);
        next++;
      }
      if (from >= 0) {
        scan(ctx, p, from, to, out);
      }
    }
  }

  /** Matches the pattern over [from, to) of one paragraph (the text around it stays visible to lookarounds). */
  private void scan(RuleContext ctx, Paragraph p, int from, int to, Consumer<Finding> out) {
    Document doc = ctx.document();
    Matcher m = pattern.matcher(BoundedText.forSpan(doc.text(), to - from));
    m.useTransparentBounds(true);
    m.region(from, to);
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
      return;
    }
    found.forEach(out);
  }

  /**
   * The offsets of this window's triggers (each trigger word's tokens, each trigger string's
   * occurrences), sorted; null when the rule has no triggers (every paragraph is scanned whole).
   */
  private int[] triggerOffsets(RuleContext ctx) {
    if (triggerWords.isEmpty() && triggerStrings.isEmpty()) {
      return null;
    }
    java.util.Set<String> stems = triggerStems;
    if (stems == null) {
      stems = new java.util.HashSet<>();
      for (String w : triggerWords) {
        stems.addAll(ctx.morphology().formStems(w));
      }
      triggerStems = stems;
    }
    List<dev.calque.analysis.Token> tokens = ctx.document().tokens();
    java.util.List<int[]> parts = new ArrayList<>();
    int n = 0;
    for (String stem : stems) {
      List<Integer> at = ctx.tokensWithStem(stem);
      int[] offsets = new int[at.size()];
      for (int i = 0; i < offsets.length; i++) {
        offsets[i] = tokens.get(at.get(i)).start();
      }
      parts.add(offsets);
      n += offsets.length;
    }
    for (String literal : triggerStrings) {
      int[] offsets = ctx.offsetsOfLiteral(literal);
      parts.add(offsets);
      n += offsets.length;
    }
    int[] all = new int[n];
    int k = 0;
    for (int[] part : parts) {
      System.arraycopy(part, 0, all, k, part.length);
      k += part.length;
    }
    java.util.Arrays.sort(all);
    return all;
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
