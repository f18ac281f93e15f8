package dev.calque.bilingual;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.calque.rule.Finding;
import dev.calque.rule.RuleSpec;
import dev.calque.rule.Span;

/**
 * A negation lost or added in translation: the source says "no", "nunca", "sin" and the
 * translation has no negation at all ({@code report: lost}), or the reverse ({@code report:
 * added}). Counting only "some" against "none" keeps double negation ("no vino nadie": "nobody
 * came") clean. Cue words per language come from the rule file ({@code cues}); phrases that look
 * negative but are not ("sin embargo": however; "not only") are listed under {@code not-negation}
 * and removed first. A word with a negative prefix ({@code prefixes}: "unplanned" for "no
 * planeados") on the side without cues keeps the rule quiet. Languages without cues are not
 * checked.
 */
final class NegationRule extends AbstractBilingualRule {
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)?");

  private final boolean lost;
  private final Map<String, Set<String>> cues = new HashMap<>();
  private final Map<String, List<Pattern>> exceptions = new HashMap<>();
  /** Negative prefixes ("un", "non"): a word with one may carry the source's negation ("no planeados": "unplanned"). */
  private final Map<String, List<String>> prefixes;

  NegationRule(RuleSpec spec, List<BilingualExample> examples, Map<String, Object> params) {
    super(spec, examples);
    lost = choice(params, "report", "lost", "added").equals("lost");
    for (var e : languageLists(params, "cues").entrySet()) {
      cues.put(e.getKey(), Set.copyOf(e.getValue()));
    }
    prefixes = languageLists(params, "prefixes");
    for (var e : languageLists(params, "not-negation").entrySet()) {
      List<Pattern> ps = new ArrayList<>();
      for (String phrase : e.getValue()) {
        ps.add(Pattern.compile("(?iu)(?<![\\p{L}])" + Pattern.quote(phrase) + "(?![\\p{L}])"));
      }
      exceptions.put(e.getKey(), ps);
    }
  }

  private static Map<String, List<String>> languageLists(Map<String, Object> params, String key) {
    Object v = params.get(key);
    if (!(v instanceof Map<?, ?> m)) {
      throw new IllegalArgumentException("params." + key + ": a map from language code to a list of words");
    }
    Map<String, List<String>> out = new HashMap<>();
    for (var e : m.entrySet()) {
      if (!(e.getValue() instanceof List<?> l)) {
        throw new IllegalArgumentException("params." + key + "." + e.getKey() + ": a list of words");
      }
      List<String> words = new ArrayList<>();
      for (Object o : l) {
        words.add(String.valueOf(o).toLowerCase(Locale.ROOT));
      }
      out.put(String.valueOf(e.getKey()), words);
    }
    return out;
  }

  @Override
  public void check(BilingualContext ctx, Consumer<Finding> out) {
    String from = lost ? ctx.sourceCode() : ctx.targetCode();
    String to = lost ? ctx.targetCode() : ctx.sourceCode();
    if (!cues.containsKey(from) || !cues.containsKey(to)) {
      return;
    }
    List<Span> there = negations(lost ? ctx.source() : ctx.target(), from);
    String other = lost ? ctx.target() : ctx.source();
    if (there.isEmpty() || !negations(other, to).isEmpty() || prefixed(other, to)) {
      return;
    }
    Span first = there.get(0);
    if (lost) {
      String message = spec.message("", null, "cue", ctx.source(first));
      out.accept(finding(ctx, new Span(0, ctx.target().length()), first, message, List.of(), 0));
    } else {
      String message = spec.message(ctx.target(first), null, "cue", ctx.target(first));
      out.accept(finding(ctx, first, new Span(0, ctx.source().length()), message, List.of(), 0));
    }
  }

  /**
   * Whether some word starts with a negative prefix of the language: not proof of a negation
   * ("under" starts with "un"), so it only ever keeps this rule quiet.
   */
  private boolean prefixed(String text, String language) {
    List<String> ps = prefixes.getOrDefault(language, List.of());
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      boolean hyphen = m.end() < text.length() && text.charAt(m.end()) == '-';
      for (String p : ps) {
        if (w.startsWith(p) && (w.length() > p.length() + 2 || (hyphen && w.equals(p)))) {
          return true; // "unplanned", and "non-" written apart ("non-randomised")
        }
      }
    }
    return false;
  }

  /** Where the negation cues of a text are, phrases that only look negative blanked out first. */
  private List<Span> negations(String text, String language) {
    String t = text;
    for (Pattern p : exceptions.getOrDefault(language, List.of())) {
      Matcher m = p.matcher(t);
      StringBuilder b = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(b, " ".repeat(m.end() - m.start()));
      }
      m.appendTail(b);
      t = b.toString();
    }
    Set<String> words = cues.get(language);
    List<Span> out = new ArrayList<>();
    Matcher m = WORD.matcher(t);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
      if (words.contains(w) || (w.endsWith("n't") && words.contains("n't"))) {
        out.add(new Span(m.start(), m.end()));
      }
    }
    return out;
  }
}
