package dev.calque.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import dev.calque.language.Form;
import dev.calque.language.LanguageProfile;
import dev.calque.language.WordClass;
import dev.calque.util.BoundedCache;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Language;
import org.languagetool.synthesis.Synthesizer;
import org.languagetool.tagging.Tagger;

/**
 * Word-level morphology shared by all documents of one language: LanguageTool's tagger (lemma, POS)
 * and synthesizer (inflection), and the profile's Lucene filters for lookup keys. English tagging does not depend
 * on context, so results are cached per word form; the caches make tagging nearly free once warm.
 */
public final class Morphology {
  /** Words per cache: far more than a language has in use, far less than a leak. */
  static final int MAX_CACHE = 200_000;

  private final Tagger tagger;
  private final Language language;
  private final LanguageProfile profile;
  /** Lookup keys: the word lower-cased, then the profile's stemming and folding filters. */
  private final Analyzer stemAnalyzer = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new KeywordTokenizer();
      return new TokenStreamComponents(source, profile().lookupFilters(new LowerCaseFilter(source)));
    }
  };
  private final BoundedCache<String, List<Reading>> readingCache = new BoundedCache<>(MAX_CACHE);
  private final BoundedCache<String, String> stemCache = new BoundedCache<>(MAX_CACHE);
  private final BoundedCache<String, Set<String>> formCache = new BoundedCache<>(MAX_CACHE / 4);
  private final BoundedCache<String, Set<String>> surfaceCache = new BoundedCache<>(MAX_CACHE / 4);
  private final BoundedCache<String, List<String>> lemmaCache = new BoundedCache<>(MAX_CACHE / 4);

  public Morphology(LanguageProfile profile) {
    this.profile = profile;
    Language language = profile.languageTool();
    this.language = language;
    this.tagger = language.getTagger();
  }

  /** Readings for a single word, without sentence context. */
  public List<Reading> readings(String word) {
    return readingCache.get(word, w -> {
      try {
        List<AnalyzedTokenReadings> tagged = tagger.tag(List.of(w));
        return tagged.isEmpty() ? List.of() : fromLanguageTool(tagged.get(0));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  static List<Reading> fromLanguageTool(AnalyzedTokenReadings atr) {
    List<Reading> out = new ArrayList<>(atr.getReadingsLength());
    for (AnalyzedToken t : atr.getReadings()) {
      if (t.getPOSTag() != null && !t.getPOSTag().startsWith("SENT_") && !t.getPOSTag().equals("PARA_END")) {
        out.add(new Reading(t.getLemma(), t.getPOSTag()));
      }
    }
    return List.copyOf(out);
  }

  /** The lookup key for one word: lower-cased, accents folded, KStemmed. */
  public String stem(String word) {
    return stemCache.get(word, this::analyze);
  }

  private String analyze(String word) {
    try (TokenStream ts = stemAnalyzer.tokenStream("w", word)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      String out = ts.incrementToken() ? term.toString() : word.toLowerCase(java.util.Locale.ROOT);
      ts.end();
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The stems of every inflected form of the word's lemmas ("give" gives the stems of give, gives,
   * gave, given, giving), so lexicon entries match irregular forms by stem alone, without tagging
   * every word of the document.
   */
  public Set<String> formStems(String word) {
    return formCache.get(word, w -> {
      Set<String> out = new HashSet<>();
      for (String f : forms(w)) {
        out.add(stem(f));
      }
      return Set.copyOf(out);
    });
  }

  /**
   * Every inflected form of the word's lemmas, lower-cased ("give": give, gives, gave, given,
   * giving). A word the dictionary does not know stands for itself and its plural only, so that
   * stemming an unknown word ("independentism" to "independent") cannot widen a match.
   */
  public Set<String> forms(String word) {
    return surfaceCache.get(word, w -> {
      String lower = w.toLowerCase(java.util.Locale.ROOT);
      Set<String> out = new HashSet<>();
      out.add(lower);
      List<Reading> rs = readings(w);
      boolean known = false;
      for (Reading r : rs) {
        known |= r.pos() != null;
      }
      if (!known) {
        out.addAll(profile.unknownWordForms(lower));
        return Set.copyOf(out);
      }
      for (Reading r : rs) {
        if (r.lemma() != null) {
          out.add(r.lemma().toLowerCase(java.util.Locale.ROOT));
          out.addAll(lemmaForms(r.lemma()));
        }
      }
      return Set.copyOf(out);
    });
  }

  /**
   * Every form the synthesizer gives a lemma, lower-cased. Cached by lemma, not by word: the words
   * of the rules' lists share lemmas ("sufre", "sufrió"; a noun and an adjective reading of one word),
   * and a Spanish lemma costs the synthesizer a lookup per tag of its tag set.
   */
  private List<String> lemmaForms(String lemma) {
    return lemmaCache.get(lemma, l -> {
      Synthesizer synth = language.getSynthesizer();
      if (synth == null) {
        return List.of();
      }
      try {
        List<String> out = new ArrayList<>();
        for (String form : synth.synthesize(new AnalyzedToken(l, null, l), ".*", true)) {
          out.add(form.toLowerCase(java.util.Locale.ROOT));
        }
        return List.copyOf(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /**
   * Inflects a base form like a token with the given POS tag ("henchman" as NNS gives "henchmen").
   * Returns the base form unchanged when the synthesizer knows no such form.
   */
  public String inflect(String baseForm, String posTag) {
    Synthesizer synth = language.getSynthesizer();
    if (synth == null || posTag == null) {
      return baseForm;
    }
    try {
      AnalyzedToken token = new AnalyzedToken(baseForm, null, baseForm);
      String[] forms = synth.synthesize(token, posTag);
      if (forms.length > 0) {
        return forms[0];
      }
      for (String pattern : profile.synthesisFallbacks(posTag)) {
        forms = synth.synthesize(token, pattern, true);
        if (forms.length > 0) {
          return forms[0];
        }
      }
      return baseForm;
    } catch (IOException e) {
      return baseForm;
    }
  }

  public Language language() {
    return language;
  }

  /** The target language's profile: word classes, word lists, conventions. */
  public LanguageProfile profile() {
    return profile;
  }

  /** The neutral word class of a reading. */
  public WordClass wordClass(Reading r) {
    return profile.wordClass(r.pos());
  }

  /** Whether a reading is of the class and carries the form. */
  public boolean has(Reading r, WordClass c, Form f) {
    return r.pos() != null && profile.wordClass(r.pos()) == c && (f == null || profile.forms(r.pos()).contains(f));
  }
}
