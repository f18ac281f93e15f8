package dev.calque.rule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import dev.calque.analysis.Document;
import dev.calque.analysis.Morphology;
import dev.calque.analysis.Sentence;
import dev.calque.analysis.Token;
import dev.calque.lexicon.EntityMention;
import dev.calque.lexicon.Gazetteer;

/**
 * What a rule sees of one document: its analysis, the shared lookups, and per-document indexes that
 * are built on first use and then shared by every rule (stems to token positions, entity mentions).
 */
public final class RuleContext {
  private final Document document;
  private final Morphology morphology;
  private final Gazetteer gazetteer;
  private final String sourceLanguage;
  private Map<String, List<Integer>> stemIndex;
  private Map<String, List<Integer>> lowerIndex;
  private int[] capitalizedWords;
  private final Map<String, int[]> literalOffsets = new HashMap<>();
  /** The literals the rules will ask for, found together on the first request for any of them. */
  private final Literals literals;
  private boolean literalsFound;
  private EntityMention[] mentionAt;
  private List<EntityMention> mentions;
  private final Map<String, String> problems = new java.util.LinkedHashMap<>();
  private final Map<Object, Object> shared = new HashMap<>();
  /** Which of the words rules look for (by {@link WordIds}) this window holds, for ids below presentKnown. */
  private java.util.BitSet present;
  private int presentKnown;

  public RuleContext(Document document, Morphology morphology, Gazetteer gazetteer, String sourceLanguage) {
    this(document, morphology, gazetteer, sourceLanguage, Literals.NONE);
  }

  /** @param literals the trigger strings of the rules that will run (each is then found in one shared pass) */
  public RuleContext(Document document, Morphology morphology, Gazetteer gazetteer, String sourceLanguage,
      Literals literals) {
    this.literals = literals;
    this.document = document;
    this.morphology = morphology;
    this.gazetteer = gazetteer;
    this.sourceLanguage = sourceLanguage;
  }

  public Document document() {
    return document;
  }

  public Morphology morphology() {
    return morphology;
  }

  /** The target language's profile (word classes, word lists, conventions). */
  public dev.calque.language.LanguageProfile profile() {
    return morphology.profile();
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** The source language given by the user, or null when unknown. */
  public String sourceLanguage() {
    return sourceLanguage;
  }

  /**
   * Records that a rule could not finish part of this document (a regex over its step budget, a
   * paragraph it had to skip). Only the first problem of each rule is kept: one line per rule in
   * the report, however many paragraphs it skipped.
   */
  public void problem(String ruleId, String what) {
    problems.putIfAbsent(ruleId, what);
  }

  /** The problems recorded so far, one line per rule. */
  public List<String> problems() {
    List<String> out = new ArrayList<>(problems.size());
    problems.forEach((id, what) -> out.add("rule " + id + ": " + what));
    return out;
  }

  /**
   * A result several rules compute alike for this window (identical patterns of several pairs),
   * computed by the first that asks. The key must say everything the result depends on.
   */
  @SuppressWarnings("unchecked")
  public <T> T shared(Object key, java.util.function.Supplier<T> compute) {
    Object v = shared.get(key);
    if (v == null) {
      v = compute.get();
      shared.put(key, v);
    }
    return (T) v;
  }

  /** Positions of the word tokens with this stem. */
  public List<Integer> tokensWithStem(String stem) {
    if (stemIndex == null) {
      stemIndex = stemIndex();
    }
    return stemIndex.getOrDefault(stem, List.of());
  }

  /**
   * The word tokens' positions by stem, from the spellings' index: each distinct spelling is stemmed
   * once (a token's stem is that of its lower-cased form), not every token.
   */
  private Map<String, List<Integer>> stemIndex() {
    Map<String, List<Integer>> index = new HashMap<>();
    List<String> merged = new ArrayList<>();
    List<Token> tokens = document.tokens();
    lowerIndex().forEach((lower, positions) -> {
      String stem = tokens.get(positions.get(0)).stem();
      List<Integer> at = index.get(stem);
      if (at == null) {
        index.put(stem, new ArrayList<>(positions));
      } else {
        at.addAll(positions);
        merged.add(stem);
      }
    });
    for (String stem : merged) {
      index.get(stem).sort(null); // in text order, as the tokens come
    }
    return index;
  }

  /** The word tokens' positions by a key of each (its lower-cased form). */
  private Map<String, List<Integer>> wordIndex(java.util.function.Function<Token, String> key) {
    Map<String, List<Integer>> index = new HashMap<>();
    for (Token t : document.tokens()) {
      if (t.isWord()) {
        index.computeIfAbsent(key.apply(t), k -> new ArrayList<>(2)).add(t.index());
      }
    }
    return index;
  }

  /** Positions of the capitalised word tokens, in order (where names can start). */
  public int[] capitalizedWords() {
    if (capitalizedWords == null) {
      List<Token> tokens = document.tokens();
      int[] out = new int[tokens.size()];
      int n = 0;
      for (Token t : tokens) {
        if (t.isWord() && t.isCapitalized()) {
          out[n++] = t.index();
        }
      }
      capitalizedWords = java.util.Arrays.copyOf(out, n);
    }
    return capitalizedWords;
  }

  /**
   * Whether a word token of the window is spelt this way, lower-cased; {@code id} is the word's
   * {@link WordIds} id. Words given ids before the window's first question are answered from a bit
   * set, later ones from the spellings' index.
   */
  public boolean hasWord(int id, String lower) {
    if (present == null) {
      int known = WordIds.published();
      java.util.BitSet bits = new java.util.BitSet(known);
      for (String w : lowerIndex().keySet()) {
        int i = WordIds.find(w);
        if (i >= 0 && i < known) {
          bits.set(i);
        }
      }
      present = bits;
      presentKnown = known;
    }
    return id < presentKnown ? present.get(id) : lowerIndex().containsKey(lower);
  }

  private Map<String, List<Integer>> lowerIndex() {
    if (lowerIndex == null) {
      lowerIndex = wordIndex(Token::lower);
    }
    return lowerIndex;
  }

  /** Positions of the word tokens spelt this way, lower-cased ("de", "la"). */
  public List<Integer> tokensWithLower(String lower) {
    return lowerIndex().getOrDefault(lower, List.of());
  }

  /**
   * The offsets at which this string occurs as written in the window's paragraphs, shared by every
   * rule that asks: the context's {@link Literals} are all found in one pass on the first request
   * for any of them, any other string in a scan of its own.
   */
  public int[] offsetsOfLiteral(String literal) {
    int[] cached = literalOffsets.get(literal);
    if (cached != null) {
      return cached;
    }
    List<dev.calque.analysis.Paragraph> paragraphs = document.paragraphs();
    if (!literalsFound && literals.contains(literal)) {
      literalsFound = true;
      if (paragraphs.isEmpty()) {
        return new int[0];
      }
      literalOffsets.putAll(literals.find(document.text(), paragraphs.get(0).start(),
          paragraphs.get(paragraphs.size() - 1).end()));
      return literalOffsets.get(literal);
    }
    int[] found = new int[8];
    int n = 0;
    if (!paragraphs.isEmpty()) {
      String text = document.text();
      int to = paragraphs.get(paragraphs.size() - 1).end();
      for (int at = text.indexOf(literal, paragraphs.get(0).start()); at >= 0 && at < to;
          at = text.indexOf(literal, at + 1)) {
        if (n == found.length) {
          found = java.util.Arrays.copyOf(found, n * 2);
        }
        found[n++] = at;
      }
    }
    int[] out = java.util.Arrays.copyOf(found, n);
    literalOffsets.put(literal, out);
    return out;
  }

  /** Known names in the document, longest match first, never overlapping, within sentences. */
  public List<EntityMention> mentions() {
    if (mentions == null) {
      List<Token> tokens = document.tokens();
      mentionAt = new EntityMention[tokens.size()];
      mentions = new ArrayList<>();
      for (Sentence s : document.sentences()) {
        int i = s.tokenFrom();
        while (i < s.tokenTo()) {
          EntityMention m = gazetteer.matchAt(tokens, i, s.tokenTo());
          if (m == null) {
            i++;
            continue;
          }
          mentions.add(m);
          for (int k = m.tokenFrom(); k < m.tokenTo(); k++) {
            mentionAt[k] = m;
          }
          i = m.tokenTo();
        }
      }
    }
    return mentions;
  }

  /** The known name covering token i, or null. */
  public EntityMention mentionAt(int tokenIndex) {
    mentions();
    return mentionAt[tokenIndex];
  }
}
