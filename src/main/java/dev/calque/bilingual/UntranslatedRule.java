package dev.calque.bilingual;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import dev.calque.language.Stopwords;
import dev.calque.rule.Finding;
import dev.calque.rule.RuleSpec;
import dev.calque.rule.Span;

/**
 * Text left in the source language. {@code report: segment}: the whole translation is the source
 * again (copied, or written in the source's script or function words). {@code report: fragment}:
 * inside a translated segment, a run of words copied from the source that reads as the source
 * language (it holds the source's function words, not the target's), or a run of the source's
 * script in a target written in another. Names, titles and codes copied on purpose are capitalised
 * or hold no function words, and stay clean.
 */
final class UntranslatedRule extends AbstractBilingualRule {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’-]*");
  /** A run of the source's script this long (in letters) left in the target is a fragment. */
  private static final int SCRIPT_RUN = 2;
  /** Evidence against an untranslated acronym when it stands for a proper name, often kept as its own. */
  private static final double PROPER_NAME = -1.0;

  /** An acronym defined in parentheses: "(MLG)", "(RR)", "(TCDs)". */
  private static final Pattern DEFINED = Pattern.compile("\\((\\p{Lu}{2,6})s?\\)");

  private final String report;
  private final boolean segment;
  private final int minWords;

  UntranslatedRule(RuleSpec spec, List<BilingualExample> examples, Map<String, Object> params) {
    super(spec, examples);
    report = choice(params, "report", "segment", "fragment", "acronym");
    segment = report.equals("segment");
    Object min = params.getOrDefault("min-words", 3);
    if (!(min instanceof Integer m) || m < 2) {
      throw new IllegalArgumentException("params.min-words: a whole number of at least 2");
    }
    minWords = (Integer) min;
  }

  /** A word; capitalised ones after the first are left out of function-word counts ("El Salvador", "Los Angeles"). */
  private record Word(Span span, String lower, boolean inName) {
  }

  private static List<Word> words(String text) {
    List<Word> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      boolean capital = Character.isUpperCase(m.group().charAt(0));
      out.add(new Word(new Span(m.start(), m.end()), m.group().toLowerCase(Locale.ROOT), capital && !out.isEmpty()));
    }
    return out;
  }

  @Override
  public void check(BilingualContext ctx, Consumer<Finding> out) {
    if (ctx.sourceCode().equals(ctx.targetCode())) {
      return;
    }
    CharArraySet srcStop = Stopwords.of(ctx.sourceCode());
    CharArraySet tgtStop = Stopwords.of(ctx.targetCode());
    Character.UnicodeScript srcScript = Scripts.dominant(ctx.source());
    Character.UnicodeScript tgtScript = Scripts.dominant(ctx.target());
    boolean foreignScript = srcScript != null && srcScript != Character.UnicodeScript.LATIN;
    List<Word> source = words(ctx.source());
    List<Word> target = words(ctx.target());
    Span whole = new Span(0, ctx.target().length());
    Span wholeSource = new Span(0, ctx.source().length());
    if (report.equals("acronym")) {
      acronyms(ctx, srcStop, tgtStop, out);
      return;
    }
    if (segment) {
      boolean copied = normal(ctx.source()).equals(normal(ctx.target())) && readsAsLanguage(source, srcStop, tgtStop,
          foreignScript);
      boolean inSourceScript = foreignScript && tgtScript == srcScript && !expectsScript(ctx.targetCode(), srcScript);
      boolean inSourceWords = !foreignScript && target.size() >= 4 && stopwords(target, srcStop, tgtStop) >= 2
          && stopwords(target, srcStop, tgtStop) >= target.size() / 4;
      if (copied || inSourceScript || inSourceWords) {
        String message = spec.message(ctx.target(whole), null);
        out.accept(finding(ctx, whole, wholeSource, message, List.of(), 0));
      }
      return;
    }
    if (normal(ctx.source()).equals(normal(ctx.target()))) {
      return; // the whole segment: the segment rule's business
    }
    if (foreignScript && !expectsScript(ctx.targetCode(), srcScript) && tgtScript != srcScript) {
      scriptRuns(ctx, srcScript, out);
      return;
    }
    copiedRuns(ctx, source, target, srcStop, tgtStop, out);
  }

  /** Runs of the source's script in a target that is mostly in another. */
  private void scriptRuns(BilingualContext ctx, Character.UnicodeScript script, Consumer<Finding> out) {
    String t = ctx.target();
    int i = 0;
    while (i < t.length()) {
      if (!Scripts.isIn(t.charAt(i), script)) {
        i++;
        continue;
      }
      int start = i;
      int letters = 0;
      while (i < t.length() && (Scripts.isIn(t.charAt(i), script) || (!Character.isLetter(t.charAt(i))
          && !Character.isWhitespace(t.charAt(i)) && i + 1 < t.length() && Scripts.isIn(t.charAt(i + 1), script)))) {
        letters += Character.isLetter(t.charAt(i)) ? 1 : 0;
        i++;
      }
      if (letters >= SCRIPT_RUN) {
        Span span = new Span(start, i);
        int at = ctx.source().indexOf(t.substring(start, i));
        Span src = at >= 0 ? new Span(at, at + (i - start)) : new Span(0, ctx.source().length());
        out.accept(finding(ctx, span, src, spec.message(t.substring(start, i), null), List.of(), 0));
      }
    }
  }

  /**
   * Runs of target words copied in order from the source, at least minWords of them with letters
   * (numbers and codes are copied on purpose), that read as the source language.
   */
  private void copiedRuns(BilingualContext ctx, List<Word> source, List<Word> target, CharArraySet srcStop,
      CharArraySet tgtStop, Consumer<Finding> out) {
    int i = 0;
    while (i < target.size()) {
      int bestLen = 0;
      int bestAt = -1;
      for (int j = 0; j < source.size(); j++) {
        int k = 0;
        while (i + k < target.size() && j + k < source.size() && target.get(i + k).lower().equals(source.get(j + k)
            .lower())) {
          k++;
        }
        if (k > bestLen) {
          bestLen = k;
          bestAt = j;
        }
      }
      if (bestLen >= minWords) {
        List<Word> run = target.subList(i, i + bestLen);
        long letterWords = run.stream().filter(w -> w.lower().chars().anyMatch(Character::isLetter)).count();
        if (letterWords >= minWords && readsAsLanguage(run, srcStop, tgtStop, false)
            && !capitalised(ctx.target(), run)) {
          Span span = run.get(0).span().union(run.get(run.size() - 1).span());
          Span src = source.get(bestAt).span().union(source.get(bestAt + bestLen - 1).span());
          out.accept(finding(ctx, span, src, spec.message(ctx.target(span), null), List.of(), 0));
        }
        i += bestLen;
      } else {
        i++;
      }
    }
  }

  /**
   * An acronym the source defines by its own words ("masa libre de grasa (MLG)") kept in a target
   * that defines it by words of its own language that do not make it ("fat-free mass (MLG)"): the
   * expansion was translated and the acronym was not. Every use of it in the target is reported,
   * with the initials of the target's words as the correction.
   */
  private void acronyms(BilingualContext ctx, CharArraySet srcStop, CharArraySet tgtStop, Consumer<Finding> out) {
    Matcher sm = DEFINED.matcher(ctx.source());
    java.util.Set<String> done = new java.util.HashSet<>();
    while (sm.find()) {
      String acronym = sm.group(1);
      if (!done.add(acronym) || !initialsMake(ctx.source().substring(0, sm.start()), acronym, srcStop)) {
        continue;
      }
      Matcher tm = DEFINED.matcher(ctx.target());
      String own = null;
      while (tm.find()) {
        if (tm.group(1).equals(acronym)) {
          String before = ctx.target().substring(0, tm.start());
          if (initialsMake(before, acronym, tgtStop)) {
            own = null;
            break; // the target's words make it too: an acronym both languages share
          }
          own = initials(before, acronym.length(), tgtStop);
        }
      }
      if (own == null || own.equals(acronym)) {
        continue;
      }
      Span src = new Span(sm.start(1), sm.end(1));
      // The acronym of a proper name ("Instituto Mexicano del Seguro Social (IMSS)") is often kept as the name's own.
      double evidence = capitalisedExpansion(ctx.source().substring(0, sm.start()), acronym.length(), srcStop)
          ? PROPER_NAME : 0;
      Matcher use = Pattern.compile("(?<![\\p{L}\\p{N}])" + acronym + "(?![\\p{L}\\p{N}])").matcher(ctx.target());
      while (use.find()) {
        Span at = new Span(use.start(), use.end());
        out.accept(finding(ctx, at, src, spec.message(acronym, own), List.of(own), evidence));
      }
    }
  }

  /** Whether the content words an acronym stands for are all capitalised. */
  private static boolean capitalisedExpansion(String before, int n, CharArraySet stop) {
    Matcher m = Pattern.compile("\\p{L}+").matcher(before);
    List<String> words = new ArrayList<>();
    while (m.find()) {
      words.add(m.group());
    }
    int seen = 0;
    for (int i = words.size() - 1; i >= 0 && seen < n; i--) {
      if (!stop.contains(words.get(i).toLowerCase(Locale.ROOT))) {
        seen++;
        if (!Character.isUpperCase(words.get(i).charAt(0))) {
          return false;
        }
      }
    }
    return seen == n;
  }

  /** Whether the acronym's letters are the initials of the content words just before a point, in order. */
  private static boolean initialsMake(String before, String acronym, CharArraySet stop) {
    String initials = initials(before, acronym.length(), stop);
    return initials != null && initials.equalsIgnoreCase(acronym);
  }

  /** The initials of the last n content words of a text (hyphenated parts count apart), upper case; null if fewer. */
  private static String initials(String before, int n, CharArraySet stop) {
    List<String> words = new ArrayList<>();
    Matcher m = Pattern.compile("\\p{L}+").matcher(before);
    while (m.find()) {
      words.add(m.group());
    }
    StringBuilder b = new StringBuilder();
    for (int i = words.size() - 1; i >= 0 && b.length() < n; i--) {
      String w = words.get(i);
      if (stop.contains(w.toLowerCase(Locale.ROOT))) {
        continue;
      }
      b.insert(0, Character.toUpperCase(w.charAt(0)));
    }
    return b.length() == n ? b.toString() : null;
  }

  /** Source function words outnumber target ones (a name or a code has none of either). */
  private static boolean readsAsLanguage(List<Word> run, CharArraySet srcStop, CharArraySet tgtStop,
      boolean foreignScript) {
    if (foreignScript) {
      return !run.isEmpty();
    }
    int src = 0;
    int tgt = 0;
    for (Word w : run) {
      if (w.inName()) {
        continue;
      }
      boolean s = srcStop.contains(w.lower());
      boolean t = tgtStop.contains(w.lower());
      src += s && !t ? 1 : 0;
      tgt += t && !s ? 1 : 0;
    }
    return src >= 1 && src > tgt;
  }

  private static int stopwords(List<Word> words, CharArraySet srcStop, CharArraySet tgtStop) {
    int n = 0;
    for (Word w : words) {
      n += !w.inName() && srcStop.contains(w.lower()) && !tgtStop.contains(w.lower()) ? 1 : 0;
    }
    return n;
  }

  /** Every content word capitalised: a title or a name, copied on purpose. */
  private static boolean capitalised(String text, List<Word> run) {
    for (Word w : run) {
      if (w.span().length() > 3 && !Character.isUpperCase(text.charAt(w.span().start()))) {
        return false;
      }
    }
    return true;
  }

  /** Whether text in this target language is itself written in the script (Japanese uses Han). */
  private static boolean expectsScript(String targetCode, Character.UnicodeScript script) {
    return switch (targetCode) {
      case "zh", "ja" -> script == Character.UnicodeScript.HAN;
      case "ru", "uk", "bg", "sr" -> script == Character.UnicodeScript.CYRILLIC;
      default -> false;
    };
  }

  private static String normal(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{P}]+", " ").strip();
  }
}
