package dev.calque.bilingual;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.calque.analysis.Morphology;
import dev.calque.rule.Finding;
import dev.calque.rule.RuleSpec;
import dev.calque.rule.Span;

/**
 * Words of the source left in a translation: a word of the target that the target language's
 * dictionary does not know, the source language's does (in lower case, so a common word and not
 * a name), and the source itself holds ("odds ratio" left in Spanish, "Conclusiones" in English).
 * Capitalised words inside a sentence are names and acronyms are the acronym rule's; neighbouring
 * words make one finding. Both languages need a dictionary (a calque profile).
 */
final class SourceWordRule extends AbstractBilingualRule {
  /**
   * A word of letters, lower case after its first (acronyms and codes are left out), hyphenated
   * parts joined, not part of a domain or file name ("ClinicalTrials.gov").
   */
  private static final Pattern WORD = Pattern.compile(
      "(?<![\\p{L}\\p{M}\\p{N}.])\\p{L}[\\p{Ll}\\p{M}]+(?:-[\\p{Ll}\\p{M}]+)*(?![\\p{L}\\p{M}\\p{N}]|\\.\\p{L})");
  /** Fewest letters: shorter words are too often shared by chance or abbreviations ("pro", "min", "Esp"). */
  private static final int MIN_LETTERS = 4;

  private static final Pattern NEXT_CAPITALISED = Pattern.compile("[\\s-]+\\p{Lu}");

  SourceWordRule(RuleSpec spec, List<BilingualExample> examples, Map<String, Object> params) {
    super(spec, examples);
  }

  @Override
  public void check(BilingualContext ctx, Consumer<Finding> out) {
    if (ctx.sourceCode().equals(ctx.targetCode())) {
      return;
    }
    var sourceDictionary = Dictionaries.of(ctx.sourceCode());
    var targetDictionary = Dictionaries.of(ctx.targetCode());
    if (sourceDictionary.isEmpty() || targetDictionary.isEmpty()) {
      return;
    }
    Set<String> sourceWords = new HashSet<>();
    Matcher s = WORD.matcher(ctx.source());
    while (s.find()) {
      sourceWords.add(s.group().toLowerCase(Locale.ROOT));
    }
    Span run = null;
    Matcher m = WORD.matcher(ctx.target());
    while (m.find()) {
      Span here = new Span(m.start(), m.end());
      boolean left = leftInSource(ctx, m.group(), m.start(), sourceWords, sourceDictionary.get(),
          targetDictionary.get());
      if (left && run != null && ctx.target().substring(run.end(), here.start()).isBlank()) {
        run = run.union(here);
      } else {
        report(ctx, run, out);
        run = left ? here : null;
      }
    }
    report(ctx, run, out);
  }

  private boolean leftInSource(BilingualContext ctx, String word, int at, Set<String> sourceWords,
      Morphology sourceDictionary, Morphology targetDictionary) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (word.codePointCount(0, word.length()) < MIN_LETTERS || !sourceWords.contains(lower)) {
      return false;
    }
    // Capitalised inside a sentence, or before another capitalised word: a name or a title ("Systemic Clinical").
    if (Character.isUpperCase(word.charAt(0)) && (!NameRule.OPENING.matcher(ctx.target().substring(0, at)).find()
        || NEXT_CAPITALISED.matcher(ctx.target()).region(at + word.length(), ctx.target().length()).lookingAt())) {
      return false;
    }
    return !known(targetDictionary, word) && !known(targetDictionary, lower) && known(sourceDictionary, lower);
  }

  private static boolean known(Morphology dictionary, String word) {
    for (String part : word.split("-")) {
      if (dictionary.readings(part).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private void report(BilingualContext ctx, Span run, Consumer<Finding> out) {
    if (run != null) {
      // Where the source has the same words, when it has them together; otherwise no source span.
      String words = ctx.target(run).toLowerCase(Locale.ROOT);
      int at = ctx.source().toLowerCase(Locale.ROOT).indexOf(words);
      Span source = at < 0 || ctx.source().toLowerCase(Locale.ROOT).length() != ctx.source().length() ? null
          : new Span(at, at + words.length());
      out.accept(finding(ctx, run, source, spec.message(ctx.target(run), null), List.of(), 0));
    }
  }
}
