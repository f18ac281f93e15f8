package dev.calque.rule.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import dev.calque.analysis.Morphology;
import dev.calque.language.Form;
import dev.calque.language.WordClass;
import dev.calque.analysis.Reading;
import dev.calque.analysis.Sentence;
import dev.calque.analysis.Token;
import dev.calque.rule.AbstractRule;
import dev.calque.rule.Finding;
import dev.calque.rule.RuleContext;
import dev.calque.rule.RuleSpec;
import dev.calque.rule.family.Evidence;

/**
 * A literal rendering MT produces (a calque, a false friend) and its corrections. Phrases match on
 * Lucene stems, so inflected forms match; context conditions on neighbouring words keep legitimate
 * uses clean; suggestions are re-inflected like the matched word ("squires" gives "henchmen").
 */
public final class LexiconRule extends AbstractRule {
  private final List<String> suggestions;
  private final String pos;
  private final boolean allowCapitalized;
  private final boolean caseSensitive;
  private final List<String[]> surfaces;
  private final String origin;
  private final Integer window;
  private final Set<String> exclude;
  private final List<String> before;
  private final List<String> notBefore;
  private final List<String> after;
  private final List<String> notAfter;
  private final List<String> near;
  private final List<String> notNear;
  private final List<String> boostNear;
  /** Evidence (log-odds) that a word from boost-near adds. */
  private final dev.calque.rule.Weight boost;
  private volatile Compiled compiled;
  private volatile Context context;

  /** The phrases' stems and forms: what finds candidates, needed by every check. */
  private record Compiled(List<List<Set<String>>> phrases, List<List<Set<String>>> forms, List<int[]> order,
      List<String[][]> formArrays, List<int[][]> formIds) {
  }

  /**
   * The context words' stems, needed only once a phrase matched: most rules match nothing in a short
   * text, and their context lists are most of what compiling costs (every word expanded to all its
   * inflections through the synthesizer).
   */
  private record Context(Set<String> before, Set<String> notBefore, Set<String> after, Set<String> notAfter,
      Set<String> near, Set<String> notNear, Set<String> boostNear) {
  }

  private LexiconRule(RuleSpec spec, RuleFileModel.RuleModel m, Evidence evidence) {
    super(spec);
    this.suggestions = List.copyOf(m.suggest);
    this.pos = m.pos;
    this.caseSensitive = Boolean.TRUE.equals(m.caseSensitive);
    // case-sensitive entries ("the Executive") also accept mid-sentence capitals, which they require
    this.allowCapitalized = Boolean.TRUE.equals(m.allowCapitalized) || caseSensitive;
    List<String[]> sf = new ArrayList<>();
    Set<List<String>> distinct = new HashSet<>();
    for (String p : m.match) {
      for (String[] v : new String[][] {words(p, true), words(p, false)}) {
        if (distinct.add(List.of(v))) {
          sf.add(v);
        }
      }
    }
    this.surfaces = List.copyOf(sf);
    this.origin = m.origin == null ? "" : m.origin;
    RuleFileModel.ContextModel c = m.context == null ? new RuleFileModel.ContextModel() : m.context;
    this.window = c.window;
    this.exclude = c.exclude == null ? Set.of() : Set.copyOf(c.exclude);
    this.before = orEmpty(c.before);
    this.notBefore = orEmpty(c.notBefore);
    this.after = orEmpty(c.after);
    this.notAfter = orEmpty(c.notAfter);
    this.near = orEmpty(c.near);
    this.notNear = orEmpty(c.notNear);
    this.boostNear = orEmpty(c.boostNear);
    // read only by rules that weigh it, so that a weight no rule uses shows up as unread
    this.boost = boostNear.isEmpty() ? null : evidence.weighed("lexicon.boost-near");
  }

  static LexiconRule of(RuleSpec spec, RuleFileModel.RuleModel m, Evidence evidence) {
    // the loader has refused keys of other kinds (Kinds); case-sensitive here means each word keeps the case
    // of its first letter
    if (m.match == null || m.match.isEmpty()) {
      throw new IllegalArgumentException("match: a lexicon rule needs the English phrase(s) MT produces");
    }
    if (m.suggest == null || m.suggest.isEmpty()) {
      throw new IllegalArgumentException("suggest: a lexicon rule needs at least one correction");
    }
    if (m.pos != null && !Set.of("noun", "verb", "adj", "adv").contains(m.pos)) {
      throw new IllegalArgumentException("pos: use noun, verb, adj or adv");
    }
    if (m.context != null && m.context.window != null && m.context.window < 1) {
      throw new IllegalArgumentException("context.window: must be a positive number of words");
    }
    return new LexiconRule(spec, m, evidence);
  }

  /**
   * A phrase's words as each analysis tokenises them, split at spaces and before a possessive "'s".
   * The light analysis (Unicode word boundaries) makes a hyphen between letters a token of its own
   * and keeps an apostrophe inside its word ("outre", "-", "Rhin"; "d'Orsay"); LanguageTool keeps
   * the hyphenated word whole and splits at the apostrophe ("outre-Rhin"; "d", "'", "Orsay").
   */
  private static String[] words(String phrase, boolean light) {
    String p = phrase.trim().replaceAll("(?<=\\p{L})(['\u2019]s)\\b", " $1");
    p = light ? p.replaceAll("(?<=\\p{L})-(?=\\p{L})", " - ")
        : p.replaceAll("(?<=\\p{L})(['\u2019])(?=\\p{L})", " $1 ");
    return p.split("\\s+");
  }

  private static List<String> orEmpty(List<String> l) {
    return l == null ? List.of() : List.copyOf(l);
  }

  private Compiled compiled(Morphology morph) {
    Compiled c = compiled;
    if (c == null) {
      List<List<Set<String>>> ps = new ArrayList<>();
      List<List<Set<String>>> fs = new ArrayList<>();
      for (String[] p : surfaces) {
        List<Set<String>> words = new ArrayList<>();
        List<Set<String>> forms = new ArrayList<>();
        for (String w : p) {
          words.add(morph.formStems(w));
          Set<String> f = new HashSet<>(morph.forms(w));
          f.removeAll(exclude);
          forms.add(f);
        }
        ps.add(words);
        fs.add(forms);
      }
      List<int[]> order = new ArrayList<>();
      surfaces.forEach(p -> order.add(countingOrder(p)));
      List<String[][]> arrays = new ArrayList<>();
      List<int[][]> ids = new ArrayList<>();
      for (List<Set<String>> forms : fs) {
        String[][] a = new String[forms.size()][];
        int[][] id = new int[forms.size()][];
        for (int k = 0; k < a.length; k++) {
          a[k] = forms.get(k).toArray(new String[0]);
          id[k] = java.util.Arrays.stream(a[k]).mapToInt(dev.calque.rule.WordIds::of).toArray();
        }
        arrays.add(a);
        ids.add(id);
      }
      c = new Compiled(ps, fs, order, arrays, ids);
      compiled = c;
    }
    return c;
  }

  private Context context(Morphology morph) {
    Context c = context;
    if (c == null) {
      c = new Context(stems(morph, before), stems(morph, notBefore), stems(morph, after), stems(morph, notAfter),
          stems(morph, near), stems(morph, notNear), stems(morph, boostNear));
      context = c;
    }
    return c;
  }

  private static Set<String> stems(Morphology morph, List<String> words) {
    Set<String> s = new HashSet<>();
    for (String w : words) {
      s.addAll(morph.formStems(w));
    }
    return s;
  }

  @Override
  public void check(RuleContext ctx, Consumer<Finding> out) {
    Compiled c = compiled(ctx.morphology());
    List<Token> tokens = ctx.document().tokens();
    Set<Integer> seen = null;
    for (int p = 0; p < c.phrases().size(); p++) {
      List<Set<String>> phrase = c.phrases().get(p);
      List<Set<String>> forms = c.forms().get(p);
      // looked up by its spellings, which needs no stemming of the text (a match must be one of the
      // forms anyway), then its stem is checked as well
      int anchor = anchor(ctx, c.formArrays().get(p), c.formIds().get(p), c.order().get(p));
      if (anchor < 0) {
        continue;
      }
      if (seen == null) {
        seen = new HashSet<>();
      }
      for (String form : forms.get(anchor)) {
        for (int at : ctx.tokensWithLower(form)) {
          int i = at - anchor;
          // spellings first: a look-up per word, where the anchor's stem may cost a trip through the stemmer
          if (i >= 0 && formsFit(tokens, i, forms) && !seen.contains(i)
              && phrase.get(anchor).contains(tokens.get(at).stem()) && caseFits(tokens, i, surfaces.get(p))
              && check(ctx, tokens, phrase, i, out)) {
            seen.add(i); // one finding per position, whichever phrase matched
          }
        }
      }
    }
  }

  /**
   * Where to start looking for the phrase: its longest word, which is the likeliest to be rare ("the
   * tenant of the Elysee" is looked up by "Elysee"); -1 when a word does not occur at all, so the
   * phrase cannot match (most phrases, in most texts). Whether a word occurs is one bit per spelling,
   * and longer words are asked first, as the likeliest to be missing. Only words are indexed, so
   * punctuation or a clitic inside a phrase ("outre - Rhin", "citizen 's money") is never the anchor.
   */
  private static int anchor(RuleContext ctx, String[][] forms, int[][] ids, int[] order) {
    for (int k : order) {
      boolean occurs = false;
      for (int j = 0; j < ids[k].length && !occurs; j++) {
        occurs = ctx.hasWord(ids[k][j], forms[k][j]);
      }
      if (!occurs) {
        return -1;
      }
    }
    return order.length == 0 ? -1 : order[0];
  }

  /** A phrase's word positions to ask for, longest word first; punctuation and clitics left out. */
  private static int[] countingOrder(String[] surface) {
    return java.util.stream.IntStream.range(0, surface.length)
        .filter(k -> Character.isLetterOrDigit(surface[k].codePointAt(0)))
        .boxed()
        .sorted(java.util.Comparator.comparingInt((Integer k) -> -surface[k].length()))
        .mapToInt(Integer::intValue)
        .toArray();
  }

  /** Stems find candidates; the words must also be real forms of the phrase's words. */
  private static boolean formsFit(List<Token> tokens, int i, List<Set<String>> forms) {
    for (int k = 0; k < forms.size(); k++) {
      if (i + k >= tokens.size() || !forms.get(k).contains(tokens.get(i + k).lower())) {
        return false;
      }
    }
    return true;
  }

  private boolean caseFits(List<Token> tokens, int i, String[] words) {
    if (!caseSensitive) {
      return true;
    }
    for (int k = 0; k < words.length && i + k < tokens.size(); k++) {
      boolean upper = Character.isUpperCase(words[k].codePointAt(0));
      if (k == 0 && tokens.get(i).isCapitalized() && !upper) {
        continue; // a sentence may capitalise its first word
      }
      if (upper != tokens.get(i + k).isCapitalized()) {
        return false;
      }
    }
    return true;
  }

  /** Reports a finding when the phrase matches at token i and its context allows; returns whether it did. */
  private boolean check(RuleContext ctx, List<Token> tokens, List<Set<String>> phrase, int i,
      Consumer<Finding> out) {
    Sentence s = ctx.document().sentenceOf(tokens.get(i));
    int end = i + phrase.size();
    if (end > s.tokenTo() || !matches(tokens, i, phrase)) {
      return false;
    }
    Token first = tokens.get(i);
    if (first.isCapitalized() && i != s.tokenFrom() && !allowCapitalized) {
      return false; // mid-sentence capital: a name or a title, not the common word
    }
    Token head = "verb".equals(pos) ? first : tokens.get(end - 1);
    Morphology morph = ctx.morphology();
    String headTag = headTag(morph, head,
        i > s.tokenFrom() && ctx.profile().auxiliaries().contains(tokens.get(i - 1).lower()));
    if (pos != null && headTag == null) {
      return false;
    }
    if (i > s.tokenFrom()
        && !classFits(morph, tokens.get(i - 1), end < s.tokenTo() ? tokens.get(end) : null, headTag)) {
      return false;
    }
    Context c = context(morph);
    if (!contextAllows(c, ctx, tokens, s, i, end)) {
      return false;
    }
    List<dev.calque.rule.Weight> evidence = dev.calque.rule.Weight.applied(
        !c.boostNear().isEmpty() && anyNear(c.boostNear(), ctx, tokens, s, i, end) ? boost : null);
    List<String> repl = new ArrayList<>();
    for (String sug : suggestions) {
      repl.add(adapt(ctx.morphology(), sug, headTag, first.isCapitalized() && i == s.tokenFrom()));
    }
    int start = first.start();
    if (i > s.tokenFrom()) {
      List<String> withArticle = articleAgreeing(ctx.profile(), tokens.get(i - 1), repl);
      if (withArticle != null) { // "an amendment to the totality" → "a motion to reject", article and all
        start = tokens.get(i - 1).start();
        repl = withArticle;
      }
    }
    String matched = ctx.document().text(start, tokens.get(end - 1).end());
    out.accept(finding(start, tokens.get(end - 1).end(),
        spec.message(matched, repl.get(0), "origin", origin), repl, evidence));
    return true;
  }

  /**
   * The corrections with the indefinite article before the match in front of each, when some
   * correction needs the other one ("an" before "amendment", "a" before "motion"); null when the
   * word before is no indefinite article, every correction takes it as it stands, or the language
   * has no such alternation.
   */
  private static List<String> articleAgreeing(dev.calque.language.LanguageProfile profile, Token before,
      List<String> corrections) {
    String article = before.lower();
    if (!article.equals("a") && !article.equals("an")) {
      return null;
    }
    List<String> out = new ArrayList<>(corrections.size());
    boolean changes = false;
    for (String c : corrections) {
      String word = c.split(" ", 2)[0];
      String wanted = profile.functionWords().contains(word.toLowerCase(Locale.ROOT)) ? null
          : profile.indefiniteArticle(word);
      if (wanted == null) {
        return null; // "the country", "its own figures": a correction with its own determiner is left as it is
      }
      changes |= !wanted.equals(article);
      String written = before.isCapitalized() ? Character.toUpperCase(wanted.charAt(0)) + wanted.substring(1) : wanted;
      out.add(written + " " + c);
    }
    return changes ? out : null;
  }

  private static boolean anyKey(Token t, Set<String> words) {
    return !words.isEmpty() && (words.contains(t.stem()) || words.contains(t.tailStem()));
  }

  private static boolean matches(List<Token> tokens, int i, List<Set<String>> phrase) {
    for (int k = 1; k < phrase.size(); k++) {
      if (!phrase.get(k).contains(tokens.get(i + k).stem())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The word before the match must allow the entry's word class, since light analysis does not
   * disambiguate: "social support" is a noun (after an adjective), "to squire" a verb.
   */
  private boolean classFits(Morphology morph, Token prev, Token next, String headTag) {
    if ("verb".equals(pos)) {
      if (prev.is(WordClass.POSSESSIVE) || (prev.is(WordClass.DETERMINER) && !prev.is(WordClass.RELATIVE))) {
        return false; // "the support", "its support": a noun
      }
      if (prev.lower().equals("of") && !morph.profile().forms(headTag).contains(Form.GERUND)) {
        return false;
      }
      if (morph.profile().adjectivesPrecedeNouns() && prev.is(WordClass.ADJECTIVE) && !prev.is(WordClass.ADVERB)
          && !prev.is(WordClass.VERB) && !prev.is(WordClass.AUXILIARY)) {
        // after a word that may be an adjective ("social support", "the country retired"), the verb
        // reading needs an object-like word after it
        return next != null && (next.is(WordClass.DETERMINER) || next.is(WordClass.PRONOUN)
            || next.is(WordClass.POSSESSIVE) || next.is(WordClass.NUMBER) || next.is(WordClass.INFINITIVE_MARKER)
            || next.lower().equals("that"));
      }
      return true;
    }
    if ("noun".equals(pos)) {
      return !(prev.is(WordClass.INFINITIVE_MARKER) || prev.is(WordClass.AUXILIARY));
    }
    return true;
  }

  /** The POS tag of the head's reading in the entry's word class; "" when no class was declared. */
  private String headTag(Morphology morph, Token head, boolean prevIsAuxiliary) {
    if (pos == null) {
      return "";
    }
    WordClass wanted = switch (pos) {
      case "noun" -> WordClass.NOUN;
      case "verb" -> WordClass.VERB;
      case "adj" -> WordClass.ADJECTIVE;
      default -> WordClass.ADVERB;
    };
    // Prefer an inflected reading ("squires" as squire/NNS over the noun "squires"/NN), so the
    // correction is inflected the same way.
    String fallback = null;
    // Dictionary readings, not the disambiguated ones: the word class is the entry's condition on the
    // word, and grammar mode must find what the light analysis finds ("was embarrassed" keeps its adjective).
    List<Reading> readings = head.dictionaryReadings();
    if ("verb".equals(pos) && prevIsAuxiliary) {
      for (Reading r : readings) {
        if (morph.has(r, WordClass.VERB, Form.PARTICIPLE)) {
          return r.pos(); // "were translated": a participle
        }
      }
    }
    for (Reading r : readings) {
      if (r.pos() != null && morph.wordClass(r) == wanted) {
        if (r.lemma() != null && !r.lemma().equalsIgnoreCase(head.text())) {
          return r.pos();
        }
        if (fallback == null) {
          fallback = r.pos();
        }
      }
    }
    if (fallback != null) {
      return fallback;
    }
    if (wanted == WordClass.ADJECTIVE) {
      for (Reading r : readings) {
        if (morph.has(r, WordClass.VERB, Form.PARTICIPLE)) {
          return r.pos(); // a participle the dictionary lists only as a verb: "está devastada"
        }
      }
    }
    return head.isKnownWord() ? null : "";
  }

  private String adapt(Morphology morph, String suggestion, String headTag, boolean capitalize) {
    String s = suggestion;
    // An inflected head (plural, past, participle, …) passes its inflection on to the correction.
    if (headTag != null && !headTag.isEmpty() && morph.profile().passesInflection(headTag)) {
      String[] words = s.split(" ");
      int h = "verb".equals(pos) ? 0 : words.length - 1;
      words[h] = morph.inflect(words[h], headTag);
      s = String.join(" ", words);
    }
    if (capitalize && !s.isEmpty()) {
      s = s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
    return s;
  }

  private boolean contextAllows(Context c, RuleContext ctx, List<Token> tokens, Sentence s, int from, int to) {
    Token prev = from > s.tokenFrom() ? tokens.get(from - 1) : null;
    Token next = to < s.tokenTo() ? tokens.get(to) : null;
    if (!c.before().isEmpty() && (prev == null || !anyKey(prev, c.before()))) {
      return false;
    }
    if (prev != null && anyKey(prev, c.notBefore())) {
      return false;
    }
    if (!c.after().isEmpty() && (next == null || !anyKey(next, c.after()))) {
      return false;
    }
    if (next != null && anyKey(next, c.notAfter())) {
      return false;
    }
    if (!c.near().isEmpty() && !anyNear(c.near(), ctx, tokens, s, from, to)) {
      return false;
    }
    return c.notNear().isEmpty() || !anyNear(c.notNear(), ctx, tokens, s, from, to);
  }

  private boolean anyNear(Set<String> words, RuleContext ctx, List<Token> tokens, Sentence s, int from, int to) {
    int lo = window == null ? s.tokenFrom() : Math.max(0, from - window);
    int hi = window == null ? s.tokenTo() : Math.min(tokens.size(), to + window);
    for (int k = lo; k < hi; k++) {
      if ((k < from || k >= to) && anyKey(tokens.get(k), words)) {
        return true;
      }
    }
    return false;
  }
}
