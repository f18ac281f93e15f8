package dev.calque.rule.family;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import dev.calque.analysis.Sentence;
import dev.calque.analysis.Token;
import dev.calque.io.ResourceTree;
import dev.calque.lexicon.NameFolding;
import dev.calque.rule.AbstractRule;
import dev.calque.rule.Finding;
import dev.calque.rule.RuleContext;
import dev.calque.rule.RuleSpec;

/**
 * Names left in the source language's form in English text: exonyms ("Pekín", "Pékin", "Varsovie")
 * and the source language's transliterations of Russian, Ukrainian and Arabic names ("Volodímir
 * Zelenski", "Loukachenko", "Jamenei"). Known forms come from the pair's table,
 * corpora/transliteration/SRC-TGT.tsv. An unseen capitalised word that shows one of the pair's
 * transliteration marks (param {@code marks}, a regex over the lower-cased word: Spanish "j" for
 * "kh", French "tch" for "ch") is respelled the English way (param {@code respell}, ordered
 * "regex => replacement" steps over the accent-folded word) and looked up among the gazetteer's
 * name words. Without marks only the table is used.
 */
final class SourceNameFormRule extends AbstractRule {
  /** Tokens of the longest listed form: "La Nouvelle - Orléans" is four (a hyphen is a token). */
  private static final int MAX_WORDS = 6;
  /** Null when only the table is used (no respelled forms, so nothing unlisted). */
  private final dev.calque.rule.Weight unlistedForm;
  /** What makes an unseen word worth respelling; null when only the table is used. */
  private final Pattern marks;
  /** The respelling steps, in order: pattern and replacement. */
  private final List<Map.Entry<Pattern, String>> respell = new ArrayList<>();
  private final Map<String, String> known = new HashMap<>();
  /**
   * First words of the listed forms as a token may spell them, lower-cased: with and without accents,
   * and whole when hyphenated ("saint-pétersbourg", one token in LanguageTool's analysis). A token not
   * in this set starts no listed form, and is ruled out without folding it.
   */
  private final java.util.Set<String> firstWords = new java.util.HashSet<>();
  private final dev.calque.util.BoundedCache<String, Optional<String>> unseen = new dev.calque.util.BoundedCache<>(50_000);

  SourceNameFormRule(RuleSpec spec, Params params) {
    super(spec);
    String markRegex = params.string("marks", null);
    this.marks = markRegex == null ? null : Pattern.compile(markRegex);
    for (String step : params.strings("respell", List.of())) {
      int arrow = step.indexOf("=>");
      if (arrow < 0) {
        throw new IllegalArgumentException("params.respell: each step is 'regex => replacement', got '" + step + "'");
      }
      respell.add(Map.entry(Pattern.compile(step.substring(0, arrow).trim()), step.substring(arrow + 2).trim()));
    }
    if (marks == null != respell.isEmpty()) {
      throw new IllegalArgumentException("params: marks and respell go together (marks say which unseen words to respell)");
    }
    this.unlistedForm = marks == null ? null : params.weight("unlisted-form");
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
          String key = key(cols[0]);
          if (!key.equals(key(cols[1]))) {
            known.put(key, cols[1].trim());
            String first = cols[0].trim().split(" ")[0].toLowerCase(java.util.Locale.ROOT);
            firstWords.add(key.split(" ")[0]);
            firstWords.add(first);
            firstWords.add(NameFolding.fold(first));
            firstWords.add(first.split("-")[0]);
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
    int covered = 0; // tokens before this are part of a form already reported
    for (int i : ctx.capitalizedWords()) { // every form starts with a capital
      if (i < covered) {
        continue;
      }
      Sentence s = ctx.document().sentenceOf(tokens.get(i));
      int used = knownForm(ctx, tokens, i, s.tokenTo(), out);
      if (used == 0) {
        unseenForm(ctx, tokens.get(i), out);
        used = 1;
      }
      covered = i + used;
    }
  }

  /** Longest listed form starting at token i; returns the tokens it covers, 0 if none. */
  private int knownForm(RuleContext ctx, List<Token> tokens, int i, int limit, Consumer<Finding> out) {
    if (!tokens.get(i).isCapitalized() || !firstWords.contains(tokens.get(i).lower())) {
      return 0;
    }
    for (int n = Math.min(MAX_WORDS, limit - i); n >= 1; n--) {
      StringBuilder joined = new StringBuilder();
      for (int k = 0; k < n; k++) {
        joined.append(k == 0 ? "" : " ").append(tokens.get(i + k).text());
      }
      String english = known.get(key(joined.toString()));
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
    // A respelled name is a word the English dictionary does not know ("Loukachenko"); known words
    // (names included) are left to the listed forms, which also keeps this loop off most tokens.
    if (marks == null || !t.isCapitalized() || t.text().length() < 5 || t.isKnownWord()
        || ctx.mentionAt(t.index()) != null || !marks.matcher(t.text().toLowerCase(java.util.Locale.ROOT)).find()) {
      return false;
    }
    Optional<String> name = unseen.get(t.text(), w -> englishName(ctx, w));
    if (name.isEmpty()) {
      return false;
    }
    out.accept(finding(t.start(), t.end(), spec.message(t.text(), name.get()), List.of(name.get()),
        dev.calque.rule.Weight.applied(unlistedForm)));
    return true;
  }

  /** The known name word this source-looking word respells to, if any (cached per word). */
  private Optional<String> englishName(RuleContext ctx, String word) {
    String respelled = respell(word);
    if (respelled.equals(NameFolding.fold(word))) {
      return Optional.empty(); // an accent alone: names keep theirs in English ("José Martínez", "Élisabeth Borne")
    }
    Optional<String> name = ctx.gazetteer().fuzzyPart(respelled, respelled.length() >= 8 ? 2 : 1);
    return name.filter(n -> !NameFolding.fold(n).equals(NameFolding.fold(word)));
  }

  private static final Pattern SPACED_HYPHEN = Pattern.compile("(?<=\\p{L})\\s*-\\s*(?=\\p{L})");
  private static final Pattern SPACED_APOSTROPHE = Pattern.compile("\\s*['\u2019]\\s*");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /**
   * A name's lookup key, the same whichever analysis tokenised it: folded, a hyphen between letters
   * spaced ("saint - petersbourg"), an apostrophe unspaced ("cote d'ivoire"). A plain word (the
   * common case, asked for every capitalised token) is only folded.
   */
  private static String key(String form) {
    String folded = NameFolding.fold(form.trim());
    boolean plain = true;
    for (int i = 0; i < folded.length() && plain; i++) {
      char c = folded.charAt(i);
      plain = c != '-' && c != '\'' && c != '\u2019' && !Character.isWhitespace(c);
    }
    if (plain) {
      return folded;
    }
    String k = SPACED_HYPHEN.matcher(folded).replaceAll(" - ");
    k = SPACED_APOSTROPHE.matcher(k).replaceAll("'");
    return SPACES.matcher(k).replaceAll(" ");
  }

  /** The word spelt by the English conventions: accents folded, then the pair's respelling steps. */
  String respell(String w) {
    String s = NameFolding.fold(w);
    for (Map.Entry<Pattern, String> step : respell) {
      s = step.getKey().matcher(s).replaceAll(step.getValue());
    }
    return s;
  }
}
