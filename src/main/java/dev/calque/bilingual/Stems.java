package dev.calque.bilingual;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import dev.calque.language.LanguageProfile;
import dev.calque.language.LanguageProfiles;
import dev.calque.rule.Span;
import dev.calque.util.BoundedCache;

/**
 * The words of a text with their lookup keys in its language: lower case, then the language
 * profile's Lucene filters (English KStem, Spanish light stemming), so "vaccines" and "vaccine",
 * "vacunas" and "vacuna" share a key. A language without a profile is lower-cased and
 * accent-folded only. One per language, shared by all threads.
 */
public final class Stems {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’-]*");
  private static final Map<String, Stems> BY_LANGUAGE = new ConcurrentHashMap<>();
  private static final LanguageProfiles PROFILES = LanguageProfiles.discover();

  /** A word of the text and its key. */
  public record Word(Span span, String key) {
  }

  private final LanguageProfile profile;
  private final BoundedCache<String, String> cache = new BoundedCache<>(100_000);
  private final Analyzer analyzer = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer source = new KeywordTokenizer();
      TokenStream lower = new LowerCaseFilter(source);
      return new TokenStreamComponents(source, profile != null ? profile.lookupFilters(lower)
          : new ASCIIFoldingFilter(lower));
    }
  };

  private Stems(LanguageProfile profile) {
    this.profile = profile;
  }

  /** The stems of a language tag's primary language. */
  public static Stems of(String languageTag) {
    String code = dev.calque.util.LanguageTags.primary(languageTag);
    return BY_LANGUAGE.computeIfAbsent(code, c -> new Stems(PROFILES.has(c) ? PROFILES.get(c) : null));
  }

  public List<Word> words(String text) {
    List<Word> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(new Word(new Span(m.start(), m.end()), key(m.group())));
    }
    return out;
  }

  public String key(String word) {
    return cache.get(word, w -> {
      try (TokenStream ts = analyzer.tokenStream("w", w.toLowerCase(Locale.ROOT))) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        String k = ts.incrementToken() ? term.toString() : w.toLowerCase(Locale.ROOT);
        ts.end();
        return k;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Where the words of a term occur in a text, as consecutive words with the same keys. */
  public static List<Span> find(List<String> termKeys, List<Word> words) {
    List<Span> out = new ArrayList<>();
    if (termKeys.isEmpty()) {
      return out;
    }
    for (int i = 0; i + termKeys.size() <= words.size(); i++) {
      boolean all = true;
      for (int k = 0; k < termKeys.size() && all; k++) {
        all = words.get(i + k).key().equals(termKeys.get(k));
      }
      if (all) {
        out.add(words.get(i).span().union(words.get(i + termKeys.size() - 1).span()));
      }
    }
    return out;
  }

  /** The keys of a term's words. */
  public List<String> keys(String term) {
    List<String> out = new ArrayList<>();
    for (Word w : words(term)) {
      out.add(w.key());
    }
    return out;
  }
}
