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
 * part of the match; replacements may use $1..$9 and ${name}. Optional triggers (words, found in
 * any of their inflected spellings through the document's index of words, or literal strings) name
 * what a paragraph must hold for the regex to run on it at all: a regex is tried at every position
 * of the text it scans, a lookup is not.
 */
public final class PatternRule extends AbstractRule {
  private static final Pattern GROUP_REF = Pattern.compile("\\$(\\d)|\\$\\{([A-Za-z][A-Za-z0-9]*)}");
  private final Pattern pattern;
  private final List<String> replacements;
  private final boolean hasSpanGroup;
  /** Trigger words (matched on their stems) and literal strings; both empty when the rule has no triggers. */
  private final List<String> triggerWords;
  private final List<String> triggerStrings;
  /** Every spelling of the trigger words (all their inflections, lower-cased), once computed. */
  private volatile java.util.Set<String> triggerForms;
  /** Where a trigger lets the regex run. */
  private final Scope scope;
  private final Shape shape;

  /** The trigger-scope values. */
  enum Scope {
    /** Within {@link #TRIGGER_REACH} characters of a trigger (the default). */
    NEAR,
    /**
     * Over the trigger's whole paragraph: for patterns whose matches may reach further than
     * {@link #TRIGGER_REACH} from their trigger, or that anchor at the paragraph's start or end (a
     * stretch cut out of a paragraph would make its edges match ^ and $).
     */
    PARAGRAPH,
    /**
     * Only where a trigger starts: for patterns that begin with their trigger word ("that he the plan
     * supported" from "that"), tried once per trigger instead of at every position near it.
     */
    START
  }

  private PatternRule(RuleSpec spec, Pattern pattern, List<String> replacements, List<String> triggers,
      Scope scope) {
    super(spec);
    this.scope = scope;
    this.shape = new Shape(pattern.pattern(), pattern.flags(), List.copyOf(triggers), scope, List.copyOf(replacements));
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
    if (m.triggerScope != null && !List.of("near", "paragraph", "start").contains(m.triggerScope)) {
      throw new IllegalArgumentException("trigger-scope: use near, paragraph or start, not '" + m.triggerScope + "'");
    }
    if (m.triggerScope != null && (m.trigger == null || m.trigger.isEmpty())) {
      throw new IllegalArgumentException("trigger-scope: says where triggers let the pattern run; give trigger too");
    }
    int flags = Pattern.UNICODE_CASE | (Boolean.TRUE.equals(m.caseSensitive) ? 0 : Pattern.CASE_INSENSITIVE);
    try {
      return new PatternRule(spec, Pattern.compile(m.pattern, flags), m.replace == null ? List.of() : List.copyOf(m.replace),
          m.trigger == null ? List.of() : List.copyOf(m.trigger),
          m.triggerScope == null ? Scope.NEAR : Scope.valueOf(m.triggerScope.toUpperCase(java.util.Locale.ROOT)));
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
  public java.util.Collection<String> literals() {
    return triggerStrings;
  }

  /**
   * What decides a rule's matches: rules of several pairs that share it (the same calque of age in
   * Spanish, French, Italian and Portuguese MT) are matched once per window and differ only in their
   * findings' ids and messages.
   */
  private record Shape(String pattern, int flags, List<String> triggers, Scope scope, List<String> replacements) {
  }

  /** One match: the finding's span and its corrections. */
  private record Match(int start, int end, List<String> replacements) {
  }

  /** A window's matches of one shape, and the paragraphs the pattern could not finish. */
  private record Matches(List<Match> found, List<String> problems) {
  }

  @Override
  public void check(RuleContext ctx, Consumer<Finding> out) {
    Matches matches = ctx.shared(shape, () -> matches(ctx));
    for (String problem : matches.problems()) {
      ctx.problem(id(), problem);
    }
    for (Match m : matches.found()) {
      String matched = ctx.document().text(m.start(), m.end());
      List<String> repl = m.replacements();
      out.accept(finding(m.start(), m.end(), spec.message(matched, repl.isEmpty() ? null : repl.get(0)), repl, 0));
    }
  }

  private Matches matches(RuleContext ctx) {
    Document doc = ctx.document();
    List<Match> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int[] around = triggerOffsets(ctx);
    int next = 0;
    for (Paragraph p : doc.paragraphs()) {
      if (around == null) {
        scan(doc, p, p.start(), p.end(), out, problems);
        continue;
      }
      // the stretches of this paragraph within reach of a trigger, merged
      while (next < around.length && around[next] < p.start()) {
        next++;
      }
      if (scope == Scope.PARAGRAPH) {
        if (next < around.length && around[next] < p.end()) {
          scan(doc, p, p.start(), p.end(), out, problems);
        }
        continue;
      }
      if (scope == Scope.START) {
        int after = p.start(); // where the last match ended: matches do not overlap, as with find()
        for (; next < around.length && around[next] < p.end(); next++) {
          if (around[next] >= after) {
            after = Math.max(after, matchAt(doc, p, around[next], out, problems));
          }
        }
        continue;
      }
      int from = -1;
      int to = -1;
      while (next < around.length && around[next] < p.end()) {
        int lo = Math.max(p.start(), around[next] - TRIGGER_REACH);
        int hi = Math.min(p.end(), around[next] + TRIGGER_REACH);
        if (from >= 0 && lo > to) {
          scan(doc, p, from, to, out, problems);
          from = -1;
        }
        if (from < 0) {
          from = lo;
        }
        to = Math.max(to, hi);
        next++;
      }
      if (from >= 0) {
        scan(doc, p, from, to, out, problems);
      }
    }
    return new Matches(List.copyOf(out), List.copyOf(problems));
  }

  /**
   * Tries the pattern once, starting at one offset of a paragraph (the text around it stays visible
   * to lookarounds); returns where the match ended, or the offset when there was none.
   */
  private int matchAt(Document doc, Paragraph p, int at, List<Match> out, List<String> problems) {
    Matcher m = pattern.matcher(BoundedText.forSpan(doc.text(), p.end() - at));
    m.useTransparentBounds(true);
    m.region(at, p.end());
    try {
      if (!m.lookingAt()) {
        return at;
      }
      add(m, out);
      return m.end();
    } catch (BoundedText.Exceeded | StackOverflowError e) {
      problems.add(BoundedText.failure(e, p.line()));
      return at;
    }
  }

  /**
   * Matches the pattern over [from, to) of one paragraph (the text around it stays visible to
   * lookarounds); a stretch the pattern could not finish gives no match at all.
   */
  private void scan(Document doc, Paragraph p, int from, int to, List<Match> out, List<String> problems) {
    Matcher m = pattern.matcher(BoundedText.forSpan(doc.text(), to - from));
    m.useTransparentBounds(true);
    m.region(from, to);
    List<Match> found = new ArrayList<>();
    try {
      while (m.find()) {
        add(m, found);
      }
    } catch (BoundedText.Exceeded | StackOverflowError e) {
      problems.add(BoundedText.failure(e, p.line()));
      return;
    }
    out.addAll(found);
  }

  /** The matcher's current match, unless its span group is empty. */
  private void add(Matcher m, List<Match> out) {
    int start = hasSpanGroup ? m.start("span") : m.start();
    int end = hasSpanGroup ? m.end("span") : m.end();
    if (start < 0 || end <= start) {
      return;
    }
    List<String> repl = new ArrayList<>(replacements.size());
    for (String r : replacements) {
      repl.add(expand(r, m));
    }
    out.add(new Match(start, end, List.copyOf(repl)));
  }

  /**
   * The offsets of this window's triggers (each trigger word's tokens, each trigger string's
   * occurrences), sorted; null when the rule has no triggers (every paragraph is scanned whole).
   */
  private int[] triggerOffsets(RuleContext ctx) {
    if (triggerWords.isEmpty() && triggerStrings.isEmpty()) {
      return null;
    }
    // by spelling rather than by stem: the window's spellings are indexed anyway, its stems would
    // cost every distinct word a trip through the stemmer
    java.util.Set<String> forms = triggerForms;
    if (forms == null) {
      forms = new java.util.HashSet<>();
      for (String w : triggerWords) {
        forms.addAll(ctx.morphology().forms(w));
      }
      triggerForms = forms;
    }
    List<dev.calque.analysis.Token> tokens = ctx.document().tokens();
    java.util.List<int[]> parts = new ArrayList<>();
    int n = 0;
    for (String form : forms) {
      List<Integer> at = ctx.tokensWithLower(form);
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
