package dev.calque.rule.family;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import dev.calque.analysis.Sentence;
import dev.calque.analysis.Token;
import dev.calque.lexicon.EditDistance;
import dev.calque.lexicon.NameFolding;
import dev.calque.rule.AbstractRule;
import dev.calque.rule.Finding;
import dev.calque.rule.RuleContext;
import dev.calque.rule.RuleSpec;

/**
 * One name spelt two ways in the same document ("Zelensky" here, "Zelenskiy" there). Names are
 * capitalised words that are not common words; two spellings one edit apart with the same first letter
 * are taken for one name unless both are known names (Shanxi and Shaanxi are two provinces). The
 * known spelling wins, else the more frequent, else the first; the other is flagged.
 */
final class NameConsistencyRule extends AbstractRule {
  private final int minLength;

  NameConsistencyRule(RuleSpec spec, Params params) {
    super(spec);
    this.minLength = params.integer("min-length", 6);
  }

  @Override
  public void check(RuleContext ctx, Consumer<Finding> out) {
    Map<String, List<Token>> byForm = new LinkedHashMap<>();
    List<Token> tokens = ctx.document().tokens();
    for (Sentence s : ctx.document().sentences()) {
      for (int i = s.tokenFrom(); i < s.tokenTo(); i++) {
        Token t = tokens.get(i);
        if (t.isCapitalized() && t.isWord() && t.text().length() >= minLength && isName(ctx, t)) {
          byForm.computeIfAbsent(NameFolding.fold(t.text()), k -> new ArrayList<>()).add(t);
        }
      }
    }
    List<String> forms = new ArrayList<>(byForm.keySet());
    for (long pair : candidatePairs(forms)) {
      String x = forms.get((int) (pair >>> 32));
      String y = forms.get((int) pair);
      if (!sameName(x, y)) {
        continue;
      }
      boolean knownX = known(ctx, byForm.get(x).get(0));
      boolean knownY = known(ctx, byForm.get(y).get(0));
      if (knownX && knownY) {
        continue; // two names the dictionary or gazetteer knows (Shanxi, Shaanxi) are two names
      }
      String keep = knownX ? x : knownY ? y : byForm.get(x).size() >= byForm.get(y).size() ? x : y;
      String drop = keep.equals(x) ? y : x;
      String canonical = byForm.get(keep).get(0).text();
      for (Token t : byForm.get(drop)) {
        out.accept(finding(t.start(), t.end(), spec.message(t.text(), canonical), List.of(canonical), 0));
      }
    }
  }

  /**
   * The pairs (a, b), a before b, of forms that may be one edit apart, in the order of the nested
   * loop over all pairs, without comparing all pairs: two strings one insertion, deletion,
   * substitution or adjacent swap apart share one of their one-deletion variants (or one is such a
   * variant of the other), so forms are blocked by those keys. Encoded as a &lt;&lt; 32 | b.
   */
  private static long[] candidatePairs(List<String> forms) {
    Map<String, List<Integer>> byKey = new HashMap<>();
    for (int i = 0; i < forms.size(); i++) {
      String f = forms.get(i);
      Set<String> keys = new HashSet<>();
      keys.add(f);
      for (int k = 0; k < f.length(); k++) {
        keys.add(f.substring(0, k) + f.substring(k + 1));
      }
      for (String key : keys) {
        byKey.computeIfAbsent(key, x -> new ArrayList<>(2)).add(i);
      }
    }
    Set<Long> pairs = new HashSet<>();
    for (List<Integer> block : byKey.values()) {
      for (int p = 0; p < block.size(); p++) {
        for (int q = p + 1; q < block.size(); q++) {
          pairs.add((long) block.get(p) << 32 | block.get(q));
        }
      }
    }
    long[] out = new long[pairs.size()];
    int n = 0;
    for (long pair : pairs) {
      out[n++] = pair;
    }
    Arrays.sort(out);
    return out;
  }

  private static boolean isName(RuleContext ctx, Token t) {
    return ctx.mentionAt(t.index()) != null || !t.isCommonWord();
  }

  /**
   * One edit apart, the same first letter, and not merely a plural: "Zelensky"/"Zelenskyi". Names
   * that differ in their first letter (Changhai, Shanghai) or by more are different names.
   */
  private static boolean sameName(String x, String y) {
    if (x.equals(y + "s") || y.equals(x + "s") || x.charAt(0) != y.charAt(0)) {
      return false;
    }
    return Math.abs(x.length() - y.length()) <= 1 && EditDistance.between(x, y) == 1;
  }

  /** Known to the gazetteer or listed as a proper noun in the dictionary. */
  private static boolean known(RuleContext ctx, Token t) {
    return ctx.mentionAt(t.index()) != null || t.isKnownWord();
  }

}
