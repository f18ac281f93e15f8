package dev.calque.engine;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.function.Predicate;
import org.languagetool.AnalyzedSentence;
import org.languagetool.Tag;
import org.languagetool.ToneTag;
import org.languagetool.rules.Category;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.tagging.disambiguation.rules.DisambiguationPatternRule;

/**
 * A LanguageTool spelling rule whose matches on words calque never reports as misspellings (names,
 * abbreviations, words the dictionary knows in another variant: see
 * LanguageToolBridge#neverAMisspelling) get no spelling suggestions. LanguageTool computes
 * suggestions lazily, but its English match filter asks for all of them: on news, where most
 * spelling matches are names, that search was a third of LanguageTool's time in calque. The match
 * itself stays, so LanguageTool's own filters see the same matches as before.
 *
 * <p>One instance belongs to one pooled LanguageTool, lent to one thread at a time; the word test
 * is set for each document.
 */
final class SpellingPrefilter extends Rule {
  private final Rule delegate;
  private Predicate<String> neverReported = w -> false;

  SpellingPrefilter(Rule delegate) {
    this.delegate = delegate;
    setCategory(delegate.getCategory());
    setLocQualityIssueType(delegate.getLocQualityIssueType());
  }

  /** The test for words whose matches need no suggestions (set per document by the borrower). */
  void neverReported(Predicate<String> words) {
    this.neverReported = words == null ? w -> false : words;
  }

  @Override
  public RuleMatch[] match(AnalyzedSentence sentence) throws IOException {
    RuleMatch[] matches = delegate.match(sentence);
    String text = sentence.getText();
    for (RuleMatch m : matches) {
      int from = m.getFromPos();
      int to = m.getToPos();
      if (0 <= from && from < to && to <= text.length() && neverReported.test(text.substring(from, to))) {
        m.setSuggestedReplacementObjects(List.of());
      }
    }
    return matches;
  }

  @Override
  public String getId() {
    return delegate.getId();
  }

  @Override
  public String getSubId() {
    return delegate.getSubId();
  }

  @Override
  public String getFullId() {
    return delegate.getFullId();
  }

  @Override
  public String getDescription() {
    return delegate.getDescription();
  }

  @Override
  public Category getCategory() {
    return delegate.getCategory();
  }

  @Override
  public int estimateContextForSureMatch() {
    return delegate.estimateContextForSureMatch();
  }

  @Override
  public List<DisambiguationPatternRule> getAntiPatterns() {
    return delegate.getAntiPatterns();
  }

  @Override
  public boolean isDictionaryBasedSpellingRule() {
    return delegate.isDictionaryBasedSpellingRule();
  }

  @Override
  public boolean useDictionaryBasedFilterForMatches() {
    return delegate.useDictionaryBasedFilterForMatches();
  }

  @Override
  public URL getUrl() {
    return delegate.getUrl();
  }

  @Override
  public List<Tag> getTags() {
    return delegate.getTags();
  }

  @Override
  public boolean hasTag(Tag tag) {
    return delegate.hasTag(tag);
  }

  @Override
  public List<ToneTag> getToneTags() {
    return delegate.getToneTags();
  }

  @Override
  public boolean hasToneTag(ToneTag tag) {
    return delegate.hasToneTag(tag);
  }

  @Override
  public boolean isPremium() {
    return delegate.isPremium();
  }

  @Override
  public int getMinPrevMatches() {
    return delegate.getMinPrevMatches();
  }

  @Override
  public int getDistanceTokens() {
    return delegate.getDistanceTokens();
  }

  @Override
  public boolean isGoalSpecific() {
    return delegate.isGoalSpecific();
  }

  @Override
  public int getPriority() {
    return delegate.getPriority();
  }

  @Override
  public boolean isIncludedInHiddenMatches() {
    return delegate.isIncludedInHiddenMatches();
  }
}
