package dev.calque.bilingual;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.CharArraySet;
import dev.calque.language.Stopwords;
import dev.calque.lexicon.EditDistance;
import dev.calque.rule.Span;

/**
 * Which content words of a source have a counterpart in its translation, found through anchors
 * that need no full dictionary: numbers, the same word (names, acronyms, codes), cognates (close
 * spellings once accents and a few spelling habits are folded: "pacientes", "patients"), and a
 * small lexicon of frequent words that have no cognate (corpora/lexicon/SRC-TGT.tsv). A long run
 * of source content words none of which has a counterpart is where a translation may have left
 * something out.
 */
final class Coverage {
  /** Fewest letters for a word to count as content: shorter ones are mostly function words. */
  private static final int MIN_LETTERS = 4;
  private static final Map<String, Map<String, Set<String>>> LEXICONS = new ConcurrentHashMap<>();

  /** A run of source content words without counterpart: its span and how many words it holds. */
  record Gap(Span span, int words) {
  }

  private final int content;
  private final int covered;
  private final Gap longest;

  private Coverage(int content, int covered, Gap longest) {
    this.content = content;
    this.covered = covered;
    this.longest = longest;
  }

  /** The source's content words. */
  int content() {
    return content;
  }

  /** Those with a counterpart in the translation. */
  int covered() {
    return covered;
  }

  /** The longest run of content words without counterpart (no words when all are covered). */
  Gap longestGap() {
    return longest;
  }

  static Coverage of(BilingualContext ctx) {
    Stems src = Stems.of(ctx.sourceLanguage());
    Stems tgt = Stems.of(ctx.targetLanguage());
    CharArraySet stop = Stopwords.of(ctx.sourceCode());
    List<Stems.Word> targetWords = tgt.words(ctx.target());
    Set<String> targetKeys = new HashSet<>();
    List<String> targetSkeletons = new ArrayList<>();
    for (Stems.Word w : targetWords) {
      targetKeys.add(w.key());
      targetSkeletons.add(skeleton(ctx.target(w.span())));
    }
    Map<String, Set<String>> lexicon = lexicon(ctx.sourceCode(), ctx.targetCode());
    int content = 0;
    int covered = 0;
    Gap best = new Gap(new Span(0, 0), 0);
    Span run = null;
    int runWords = 0;
    for (Stems.Word w : src.words(ctx.source())) {
      String text = ctx.source(w.span());
      if (!isContent(text, stop)) {
        continue;
      }
      content++;
      if (hasCounterpart(text, w.key(), skeleton(text), targetKeys, targetSkeletons, lexicon)) {
        covered++;
        run = null;
        runWords = 0;
        continue;
      }
      run = run == null ? w.span() : run.union(w.span());
      runWords++;
      if (runWords > best.words()) {
        best = new Gap(run, runWords);
      }
    }
    return new Coverage(content, covered, best);
  }

  private static boolean isContent(String word, CharArraySet stop) {
    if (word.chars().anyMatch(Character::isDigit)) {
      return true;
    }
    return word.codePointCount(0, word.length()) >= MIN_LETTERS && !stop.contains(word.toLowerCase());
  }

  private static boolean hasCounterpart(String word, String key, String skeleton, Set<String> targetKeys,
      List<String> targetSkeletons, Map<String, Set<String>> lexicon) {
    Set<String> renderings = lexicon.get(key);
    if (renderings != null) {
      for (String r : renderings) {
        if (targetKeys.contains(r)) {
          return true;
        }
      }
    }
    for (String t : targetSkeletons) {
      if (cognates(skeleton, t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Two skeletons close enough to be one word in two languages: equal, one the other's start, or
   * few edits for their length (a third of the longer, counted on their first eight letters, where
   * languages' endings do not yet differ).
   */
  static boolean cognates(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    if (a.isEmpty() || b.isEmpty() || a.charAt(0) != b.charAt(0) || Math.min(a.length(), b.length()) < 3) {
      return false;
    }
    String x = a.length() > 8 ? a.substring(0, 8) : a;
    String y = b.length() > 8 ? b.substring(0, 8) : b;
    return EditDistance.between(x, y) * 3 <= Math.max(x.length(), y.length());
  }

  /**
   * A word folded for comparison across Latin-script languages: no case or accents, and letters
   * that spell one sound differently by language written one way (ph/f, th/t, qu/k/c, y/i, z/s,
   * c before e or i/s: "Cylons", "Zylonen"),
   * doubled letters single; digits keep only digits ("2.000" and "2,000" alike).
   */
  static String skeleton(String word) {
    String f = NameTable.fold(word);
    if (f.chars().anyMatch(Character::isDigit)) {
      return f.replaceAll("[^0-9]", "");
    }
    f = f.replace("ph", "f").replace("th", "t").replace("qu", "c").replace('k', 'c').replace('y', 'i')
        .replace('z', 's').replace("-", "").replace("'", "").replaceAll("c(?=[ei])", "s");
    StringBuilder b = new StringBuilder(f.length());
    for (int i = 0; i < f.length(); i++) {
      if (i == 0 || f.charAt(i) != f.charAt(i - 1)) {
        b.append(f.charAt(i));
      }
    }
    return b.toString();
  }

  /** Source key to target keys of a lexicon read either way, empty when the pair has none. */
  private static Map<String, Set<String>> lexicon(String source, String target) {
    return LEXICONS.computeIfAbsent(source + "-" + target, k -> {
      Map<String, Set<String>> out = new HashMap<>();
      Stems s = Stems.of(source);
      Stems t = Stems.of(target);
      for (String[] row : NameTable.rows("corpora/lexicon/" + source + "-" + target + ".tsv")) {
        for (String r : row.length < 2 ? new String[0] : row[1].split("\\|")) {
          out.computeIfAbsent(s.key(row[0].strip()), x -> new HashSet<>()).add(t.key(r.strip()));
        }
      }
      for (String[] row : NameTable.rows("corpora/lexicon/" + target + "-" + source + ".tsv")) {
        for (String r : row.length < 2 ? new String[0] : row[1].split("\\|")) {
          out.computeIfAbsent(s.key(r.strip()), x -> new HashSet<>()).add(t.key(row[0].strip()));
        }
      }
      return Map.copyOf(out);
    });
  }
}
