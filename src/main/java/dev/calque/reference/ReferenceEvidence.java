package dev.calque.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.calque.rule.Category;
import dev.calque.rule.Confidence;
import dev.calque.rule.Finding;
import dev.calque.rule.LanguageToolOrigin;
import dev.calque.rule.Suggestion;

/**
 * What an edited archive says about a document's findings, applied once after the rules ran and
 * before the confidence threshold: a capitalised name the archive attests often is not a misspelling
 * ({@link ReferenceSettings#ATTESTED_NAME}); flagged words the archive's editors rarely write while
 * they often write the suggestion gain confidence ({@link ReferenceSettings#COMMON_SUGGESTION});
 * flagged words they write often, at least as often as the suggestion, lose it
 * ({@link ReferenceSettings#COMMON_FORM}). Each weight adds log-odds to the finding's confidence. A
 * finding nothing applies to is returned as it was, so a check without an index, or with one that
 * says nothing, reports exactly what it would have.
 */
public final class ReferenceEvidence {
  private final ReferenceIndex index;
  private final ReferenceSettings settings;

  /** One piece of evidence that applied to a finding: its name, weight and what the archive showed. */
  public record Applied(String name, double weight, String why) {
  }

  public ReferenceEvidence(ReferenceIndex index, ReferenceSettings settings) {
    this.index = index;
    this.settings = settings;
  }

  public ReferenceIndex index() {
    return index;
  }

  public ReferenceSettings settings() {
    return settings;
  }

  /**
   * The findings with reference evidence applied, in the same order; {@code notes} gets one line
   * saying how many moved and by which evidence (the findings themselves have no field for it yet).
   */
  public List<Finding> apply(String text, List<Finding> findings, Set<String> notes) {
    List<Finding> out = new ArrayList<>(findings.size());
    Map<String, Integer> moved = new LinkedHashMap<>();
    for (Finding f : findings) {
      List<Applied> applied = assess(text, f);
      if (applied.isEmpty()) {
        out.add(f);
        continue;
      }
      double logOdds = 0;
      for (Applied a : applied) {
        logOdds += a.weight();
        moved.merge(a.name(), 1, Integer::sum);
      }
      double c = Confidence.combine(f.confidence(), logOdds);
      if (logOdds > 0) {
        c = Math.max(f.confidence(), Math.min(c, settings.raiseCap()));
      }
      out.add(withConfidence(f, c, applied.stream().map(Applied::name).toList()));
    }
    if (!moved.isEmpty()) {
      List<String> parts = new ArrayList<>();
      moved.forEach((name, n) -> parts.add(name + " " + n));
      notes.add("reference index " + index.path().getFileName() + ": confidence moved by " + String.join(", ", parts));
    }
    return out;
  }

  /** The reference evidence that applies to one finding of a document (none when the archive says nothing). */
  public List<Applied> assess(String text, Finding f) {
    if (f.end() > text.length() || f.end() <= f.start()) {
      return List.of();
    }
    String flagged = text.substring(f.start(), f.end()).strip();
    List<Applied> out = new ArrayList<>(1);
    if (namesRule(f) && capitalised(flagged)) {
      // A name is judged by its mentions as a name alone: its lower-cased word counts would let a
      // handful of mentions pass for the many that attest a house spelling.
      long mentions = index.nameCount(flagged);
      if (mentions >= settings.nameMentions()) {
        out.add(new Applied(ReferenceSettings.ATTESTED_NAME, settings.attestedNameWeight(),
            "'" + flagged + "' " + mentions + " times"));
      }
      return out;
    }
    if (Category.isPunctuation(f.category())) {
      return out; // an error of punctuation or spacing: word counts say nothing about it
    }
    List<String> words = index.words(flagged);
    boolean spelling = namesRule(f);
    // One word's count says nothing about its use here ("less benefits": "less" is common and right
    // elsewhere); a run of two or three carries its context. A speller's word is the exception: whether
    // the word exists at all is the question, and the archive answers it.
    if (words.isEmpty() || words.size() > 3 || (words.size() == 1 && !spelling) || tooFrequentToTell(words)) {
      return out;
    }
    Suggestion best = f.best();
    List<String> suggestedWords = best == null ? List.of() : index.words(best.replacement());
    if (suggestedWords.equals(words)) {
      return out; // a change of case, spacing or punctuation only: the counts cannot tell the two apart
    }
    long seen = index.phraseCount(flagged);
    boolean countable = suggestedWords.size() >= 1 && suggestedWords.size() <= 3 && !tooFrequentToTell(suggestedWords);
    long suggested = countable ? index.phraseCount(best.replacement()) : -1;
    // A speller's suggestion is a common word by construction, so only a rendering rule's is evidence.
    if (!spelling && rare(seen) && suggested >= 0 && common(suggested)) {
      out.add(new Applied(ReferenceSettings.COMMON_SUGGESTION, settings.commonSuggestionWeight(),
          "'" + flagged + "' " + seen + " times, '" + best.replacement() + "' " + suggested));
    } else if (common(seen) && seen >= suggested && !contains(suggestedWords, words) && inContext(text, f, words)) {
      // (A suggestion that only adds words around the flagged ones, "Reported" -> "He reported",
      // is about what is missing: every use of the suggestion counts as a use of the flagged words.)
      out.add(new Applied(ReferenceSettings.COMMON_FORM, settings.commonFormWeight(),
          "'" + flagged + "' " + seen + " times" + (suggested >= 0 ? ", '" + best.replacement() + "' " + suggested : "")));
    }
    return out;
  }

  /** Rules about names and spelling: calque's name-form rules and LanguageTool's spell checkers. */
  static boolean namesRule(Finding f) {
    for (String id : f.components()) {
      if (id.contains(".names.")) {
        return true;
      }
    }
    LanguageToolOrigin lt = f.rule().languageTool();
    if (lt != null && (lt.category().equals("TYPOS") || lt.issueType().equals("misspelling"))) {
      return true;
    }
    return f.category().toLowerCase(Locale.ROOT).endsWith("/spelling");
  }

  /** One to three words, each starting with a capital letter (or a digit, as in "G7"), the first a capital. */
  static boolean capitalised(String s) {
    String[] parts = s.split("\\s+");
    if (parts.length > 3 || s.isEmpty() || !Character.isUpperCase(s.codePointAt(0))) {
      return false;
    }
    for (String p : parts) {
      int c = p.codePointAt(0);
      if (!Character.isUpperCase(c) && !Character.isDigit(c)) {
        return false;
      }
    }
    return true;
  }

  private boolean rare(long count) {
    return count <= Math.max(settings.rareMaxCount(), settings.rarePerMillion() * index.words() / 1e6);
  }

  private boolean common(long count) {
    return count >= settings.commonMinCount() && count >= settings.commonPerMillion() * index.words() / 1e6;
  }

  /** A single word so frequent (a function word) that its counts say nothing about one use of it. */
  private boolean tooFrequentToTell(List<String> words) {
    if (words.size() != 1) {
      return false;
    }
    long n = index.phraseCount(words.get(0));
    return n >= settings.functionWordMinCount() && n > settings.functionWordPerMillion() * index.words() / 1e6;
  }

  /**
   * Whether a run of two flagged words is common with the word that follows it here too: "the
   * Russian" is common inside "the Russian army", which says nothing of "the Russian launched". A
   * run of three is specific enough, a speller's one word is judged alone, and a run at the end of
   * its sentence is judged as it stands.
   */
  private boolean inContext(String text, Finding f, List<String> words) {
    if (words.size() != 2) {
      return true;
    }
    Matcher next = NEXT_WORD.matcher(text).region(f.end(), Math.min(text.length(), f.end() + 60));
    if (!next.lookingAt()) {
      return true;
    }
    List<String> after = index.words(next.group(1));
    return after.size() != 1 || common(index.count(ReferenceText.SHINGLES, words.get(0) + " " + words.get(1) + " "
        + after.get(0)));
  }

  /** The word right after a span, with nothing but spaces (or a hyphen-free apostrophe run) between. */
  private static final Pattern NEXT_WORD = Pattern.compile("[ \\t]+([\\p{L}\\p{Nd}][\\p{L}\\p{M}\\p{Nd}'\\-]*)");

  /** Whether {@code outer} holds {@code inner} as a run of consecutive words. */
  static boolean contains(List<String> outer, List<String> inner) {
    return java.util.Collections.indexOfSubList(outer, inner) >= 0;
  }

  /**
   * The finding at another confidence, its suggestions keeping their share of it (the archive's
   * counts speak to the replacement too), the evidence that moved it named on it.
   */
  static Finding withConfidence(Finding f, double c, List<String> names) {
    Finding moved = f.withConfidence(c);
    List<String> evidence = new ArrayList<>(moved.evidence());
    evidence.addAll(names);
    return new Finding(moved.rule(), moved.category(), moved.severity(), moved.start(), moved.end(), moved.message(),
        moved.suggestions(), moved.confidence(), moved.engine(), moved.source(), moved.segment(), evidence);
  }
}
