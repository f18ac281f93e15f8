package dev.calque.rule.family;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import dev.calque.analysis.Sentence;
import dev.calque.analysis.Token;
import dev.calque.io.ResourceTree;
import dev.calque.lexicon.NameFolding;
import dev.calque.rule.AbstractRule;
import dev.calque.rule.Finding;
import dev.calque.rule.RuleContext;
import dev.calque.rule.RuleSpec;

/**
 * Names left in their Spanish form in English text: Spanish exonyms ("Pekín", "Varsovia") and
 * Spanish transliterations of Russian, Ukrainian and Arabic names ("Volodímir Zelenski", "Járkov",
 * "Jamenei"). Known forms come from corpora/transliteration/es-en.tsv; an unseen capitalised word
 * with a Spanish mark (an accent, "j" for "kh", "y" for "zh") is respelled the English way and
 * looked up among the gazetteer's name words.
 */
final class SpanishNameFormRule extends AbstractRule {
  private static final int MAX_WORDS = 3;
  private final double unlistedForm;
  private final Map<String, String> known = new HashMap<>();
  private final java.util.Set<String> firstWords = new java.util.HashSet<>();
  private final dev.calque.util.BoundedCache<String, Optional<String>> unseen = new dev.calque.util.BoundedCache<>(50_000);

  SpanishNameFormRule(RuleSpec spec, Params params) {
    super(spec);
    this.unlistedForm = params.weight("unlisted-form");
    // Only this pair's table: another pair's transliterations follow other conventions.
    String table = "corpora/transliteration/" + spec.group() + ".tsv";
    for (ResourceTree.Entry e : ResourceTree.list("corpora/transliteration", ".tsv")) {
      if (!e.name().equals(table)) {
        continue;
      }
      try (BufferedReader r = new BufferedReader(new InputStreamReader(e.open(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          String[] cols = line.split("\t");
          if (line.startsWith("#") || cols.length != 2) {
            continue;
          }
          if (!NameFolding.fold(cols[0]).equals(NameFolding.fold(cols[1]))) {
            known.put(NameFolding.fold(cols[0]), cols[1].trim());
            firstWords.add(NameFolding.fold(cols[0].trim().split(" ")[0]));
          }
        }
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
  }

  @Override
  public void check(RuleContext ctx, Consumer<Finding> out) {
    List<Token> tokens = ctx.document().tokens();
    for (Sentence s : ctx.document().sentences()) {
      int i = s.tokenFrom();
      while (i < s.tokenTo()) {
        int used = knownForm(ctx, tokens, i, s.tokenTo(), out);
        if (used == 0) {
          unseenForm(ctx, tokens.get(i), out);
          used = 1;
        }
        i += used;
      }
    }
  }

  /** Longest listed Spanish form starting at token i; returns the tokens it covers, 0 if none. */
  private int knownForm(RuleContext ctx, List<Token> tokens, int i, int limit, Consumer<Finding> out) {
    if (!tokens.get(i).isCapitalized() || !firstWords.contains(NameFolding.fold(tokens.get(i).text()))) {
      return 0;
    }
    for (int n = Math.min(MAX_WORDS, limit - i); n >= 1; n--) {
      StringBuilder key = new StringBuilder();
      for (int k = 0; k < n; k++) {
        key.append(k == 0 ? "" : " ").append(NameFolding.fold(tokens.get(i + k).text()));
      }
      String english = known.get(key.toString());
      if (english != null) {
        int start = tokens.get(i).start();
        int end = tokens.get(i + n - 1).end();
        String text = ctx.document().text(start, end);
        out.accept(finding(start, end, spec.message(text, english), List.of(english), 0));
        return n;
      }
    }
    return 0;
  }

  private boolean unseenForm(RuleContext ctx, Token t, Consumer<Finding> out) {
    if (!t.isCapitalized() || t.text().length() < 5 || t.isCommonWord() || ctx.mentionAt(t.index()) != null
        || !spanishMark(t.text())) {
      return false;
    }
    Optional<String> name = unseen.get(t.text(), w -> englishName(ctx, w));
    if (name.isEmpty()) {
      return false;
    }
    out.accept(finding(t.start(), t.end(), spec.message(t.text(), name.get()), List.of(name.get()), unlistedForm));
    return true;
  }

  /** The known name word this Spanish-looking word respells to, if any (cached per word). */
  private static Optional<String> englishName(RuleContext ctx, String word) {
    String respelled = respell(word);
    if (respelled.equals(NameFolding.fold(word))) {
      return Optional.empty(); // an accent alone: Spanish names keep theirs in English ("José Martínez")
    }
    Optional<String> name = ctx.gazetteer().fuzzyPart(respelled, respelled.length() >= 8 ? 2 : 1);
    return name.filter(n -> !NameFolding.fold(n).equals(NameFolding.fold(word)));
  }

  /** An accented vowel, a "j" (Spanish for "kh"), or a "y" between vowels (Spanish for "zh"). */
  private static boolean spanishMark(String w) {
    String lower = w.toLowerCase(java.util.Locale.ROOT);
    if (lower.matches(".*[áéíóú].*") || lower.indexOf('j') >= 0) {
      return true;
    }
    return lower.matches(".*[aeiou]y[aeiou].*");
  }

  /** The English transliteration conventions: no accents, "kh" for "j", "zh" for "y" between vowels. */
  static String respell(String w) {
    String s = NameFolding.fold(w);
    s = s.replace("j", "kh");
    s = s.replaceAll("([aeiou])y([aeiou])", "$1zh$2");
    return s;
  }
}
