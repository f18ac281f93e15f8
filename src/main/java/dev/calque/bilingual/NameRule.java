package dev.calque.bilingual;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.calque.lexicon.EditDistance;
import dev.calque.rule.Finding;
import dev.calque.rule.RuleSpec;
import dev.calque.rule.Span;

/**
 * A known name of the source (a gazetteer name, or one with a form of its own in the target
 * language: "Pekín", "Beijing") that the translation does not carry, in its own form, its target
 * form or a spelling one edit away per five letters ("Zelenski", "Zelensky"). Only known names:
 * capitalised words are names in some languages and nouns or institutions in others ("el
 * Gobierno"), so an unknown capitalised word proves nothing.
 */
final class NameRule extends AbstractBilingualRule {
  private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’.-]*");
  /** A capitalised word, lower case after its first letter (no acronym, no "QoL"), parts joined by hyphens. */
  private static final Pattern PROPER = Pattern.compile(
      "(?<![\\p{L}\\p{M}\\p{N}])\\p{Lu}[\\p{Ll}\\p{M}]+(?:-\\p{Lu}?[\\p{Ll}\\p{M}]+)*(?![\\p{L}\\p{M}\\p{N}])");
  /** What comes before a word that may be capitalised for its place, not for being a name. */
  static final Pattern OPENING = Pattern.compile("(?:^|[.!?:;«“\"(¿¡—–-])\\s*$");
  /** Fewest letters for a name's skeleton to be sought inside a longer word ("Afrika" in "Südafrika"). */
  private static final int MIN_INSIDE = 5;

  /** known: names of the gazetteer and tables; unlisted: words the source's dictionary knows only as names. */
  private final boolean unlisted;

  NameRule(RuleSpec spec, List<BilingualExample> examples, Map<String, Object> params) {
    super(spec, examples);
    unlisted = params.containsKey("report") && choice(params, "report", "known", "unlisted").equals("unlisted");
  }

  private record Mention(Span span, String folded) {
  }

  @Override
  public void check(BilingualContext ctx, Consumer<Finding> out) {
    if (ctx.sourceCode().equals(ctx.targetCode())) {
      return;
    }
    NameTable table = NameTable.of(ctx.sourceCode(), ctx.targetCode());
    String targetFolded = NameTable.fold(ctx.target());
    List<String> targetWords = List.of(targetFolded.split("[^\\p{L}\\p{N}']+"));
    if (unlisted) {
      checkUnlisted(ctx, table, targetFolded, targetWords, out);
      return;
    }
    for (Mention m : mentions(ctx.source(), table)) {
      if (!present(table.forms(m.folded()), targetFolded, targetWords)) {
        Set<String> forms = table.forms(m.folded());
        forms.remove(m.folded());
        String expected = forms.isEmpty() ? ctx.source(m.span()) : capitalise(forms.iterator().next());
        String message = spec.message("", expected, "source", ctx.source(m.span()));
        out.accept(finding(ctx, new Span(0, ctx.target().length()), m.span(), message, List.of(), 0));
      }
    }
  }

  /**
   * Capitalised words inside a sentence that the source's dictionary knows only as proper nouns or
   * not at all ("Chapultepec", "Basilea"; not "Gobierno", whose lower case is a word), that are
   * neither months nor known names (the known rule checks those), and that the translation carries
   * in no form: the same or a close spelling, a form from the tables, or inside a compound.
   */
  private void checkUnlisted(BilingualContext ctx, NameTable table, String targetFolded, List<String> targetWords,
      Consumer<Finding> out) {
    var dictionary = Dictionaries.of(ctx.sourceCode());
    // Where every noun is capitalised (German), a capital says nothing of a name.
    if (dictionary.isEmpty() || !dictionary.get().profile().capitalisationMarksNames()
        || Scripts.dominant(ctx.target()) != Character.UnicodeScript.LATIN) {
      return;
    }
    NumberWords months = NumberWords.of(ctx.sourceLanguage());
    List<String> skeletons = new ArrayList<>();
    for (String w : targetWords) {
      skeletons.add(Coverage.skeleton(w));
    }
    Matcher m = PROPER.matcher(ctx.source());
    while (m.find()) {
      String word = m.group();
      if (OPENING.matcher(ctx.source().substring(0, m.start())).find() || months.month(word) > 0
          || table.isName(word) || !onlyName(dictionary.get(), word)) {
        continue;
      }
      Set<String> forms = table.forms(NameTable.fold(word));
      if (present(forms, targetFolded, targetWords) || carried(Coverage.skeleton(word), skeletons)) {
        continue;
      }
      Span span = new Span(m.start(), m.end());
      out.accept(finding(ctx, new Span(0, ctx.target().length()), span, spec.message("", word, "source", word),
          List.of(), 0));
    }
  }

  /** Whether the dictionary knows no part of the word in lower case, and the word as no common noun or adjective. */
  private static boolean onlyName(dev.calque.analysis.Morphology dictionary, String word) {
    for (String part : word.split("-")) {
      if (!dictionary.readings(part.toLowerCase(java.util.Locale.ROOT)).isEmpty()) {
        return false;
      }
      for (var r : dictionary.readings(part)) {
        // Proper nouns are NP… in LanguageTool's Spanish tags and NNP… in its English ones.
        if (!r.pos().startsWith("NP") && !r.pos().startsWith("NNP")) {
          return false;
        }
      }
    }
    return true;
  }

  /** A target word close to the name, or a longer one holding it (German compounds: "Südafrika"). */
  private static boolean carried(String skeleton, List<String> targetSkeletons) {
    for (String t : targetSkeletons) {
      if (Coverage.cognates(skeleton, t) || (skeleton.length() >= MIN_INSIDE && t.contains(skeleton))) {
        return true;
      }
    }
    return false;
  }

  /** Runs of capitalised words that are known names, longest first, not overlapping. */
  private static List<Mention> mentions(String text, NameTable table) {
    List<Span> words = new ArrayList<>();
    Matcher m = CAPITALISED.matcher(text);
    while (m.find()) {
      words.add(new Span(m.start(), m.end()));
    }
    List<Mention> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Mention best = null;
      int bestLen = 0;
      for (int n = Math.min(table.longest(), words.size() - i); n >= 1 && best == null; n--) {
        Span span = words.get(i).union(words.get(i + n - 1));
        // Words of a name run together with spaces or short particles between ("Buenos Aires", "Ciudad de México").
        String raw = text.substring(span.start(), span.end());
        if (raw.split("\\s+").length > n + 2) {
          continue;
        }
        if (table.isName(raw)) {
          best = new Mention(span, NameTable.fold(raw));
          bestLen = n;
        }
      }
      if (best != null) {
        out.add(best);
        i += bestLen;
      } else {
        i++;
      }
    }
    return out;
  }

  private static boolean present(Set<String> forms, String target, List<String> targetWords) {
    for (String f : forms) {
      if (containsWords(target, f)) {
        return true;
      }
      if (!f.contains(" ") && f.length() >= 5) {
        for (String w : targetWords) {
          // A word made from the name carries it too: "Brazilian" for "Brasil", "brasileño" for "Brazil".
          if (!w.isEmpty() && w.charAt(0) == f.charAt(0) && (EditDistance.between(w, f) <= f.length() / 5
              || w.startsWith(f))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean containsWords(String text, String phrase) {
    int at = text.indexOf(phrase);
    while (at >= 0) {
      boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      int end = at + phrase.length();
      // A possessive or plural still carries the name: "Beijing's", "the Kennedys".
      boolean after = end >= text.length() || !Character.isLetter(text.charAt(end)) || text.charAt(end) == 's';
      if (before && after) {
        return true;
      }
      at = text.indexOf(phrase, at + 1);
    }
    return false;
  }

  private static String capitalise(String folded) {
    StringBuilder b = new StringBuilder();
    for (String w : folded.split(" ")) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return b.toString();
  }
}
