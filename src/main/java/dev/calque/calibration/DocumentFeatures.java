package dev.calque.calibration;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import dev.calque.rule.Engine;
import dev.calque.rule.Finding;

/**
 * What kind of text a document is, read from the document itself: how many independent artifacts
 * calque's own rules found in it, whether its source language was given, inferred or unknown, and how
 * much of it is names. Raw machine translation and edited copy differ on these, and the same alarm
 * is usually right in the one and usually wrong in the other, so calibration fits a weight for each
 * per rule family (rules/calibration/LANG.tsv, kind "document"; names only for the name families, see
 * {@link Fit}).
 *
 * @param artifacts log(1 + distinct artifacts per 1,000 words, a text of fewer than 300 words counted as 300):
 *     calque's own findings, each rule and
 *     wording counted once ("Kim Jong-un" eight times is one), names checks aside; at most 5
 * @param sourceInferred the source language was inferred from the text
 * @param sourceUnknown the source language was neither given nor inferred (kept in the observations,
 *     but {@link Fit} gives it no weight: in the data a given source means the project's own corpus)
 * @param names capitalised words inside sentences per 10 words
 */
public record DocumentFeatures(double artifacts, boolean sourceInferred, boolean sourceUnknown, double names) {
  /** The features' names, as the table writes them, in {@link #values()} order. */
  public static final List<String> NAMES = List.of("artifacts", "source-inferred", "source-unknown", "names");
  /** Their largest values (artifacts and names are capped), for bounding what they can add. */
  static final double[] MAX = {5, 1, 1, 10};

  /** How the document's source language came to be known. */
  public enum Source { GIVEN, INFERRED, UNKNOWN }

  /** The fewest words artifacts are counted over (a shorter text counts as this long). */
  static final int MIN_WORDS = 300;

  /** The rule whose findings do not count as artifacts: it is what the features are meant to judge. */
  static final String NAME_CHECK = "en.names.unknown-name";

  public double[] values() {
    return new double[] {artifacts, sourceInferred ? 1 : 0, sourceUnknown ? 1 : 0, names};
  }

  /** The features of a checked document from its text, word count, findings (before any are hidden) and source. */
  public static DocumentFeatures of(String text, int words, List<Finding> findings, Source source) {
    Set<String> distinct = new HashSet<>();
    for (Finding f : findings) {
      if (f.engine() == Engine.CALQUE && !f.ruleId().equals(NAME_CHECK)) {
        distinct.add(f.ruleId() + "\u0001" + text.substring(f.start(), f.end()).toLowerCase(Locale.ROOT));
      }
    }
    // Per 1,000 words, but never over fewer than MIN_WORDS: a sentence with one doubled word is not
    // a text dense with artifacts, and the fitted weights must not be read that far out.
    double perThousand = distinct.size() * 1000.0 / Math.max(words, MIN_WORDS);
    double artifacts = Math.min(MAX[0], Math.log1p(perThousand));
    double names = words == 0 ? 0 : Math.min(MAX[3], capitalisedInside(text) * 10.0 / words);
    return new DocumentFeatures(round(artifacts), source == Source.INFERRED, source == Source.UNKNOWN, round(names));
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  /**
   * Words that start with a capital and follow another word in the same sentence: a cheap reading of
   * "how much of it is names" that needs no analysis (sentence ends are . ! ? : and line ends).
   */
  static int capitalisedInside(String text) {
    int n = 0;
    boolean sentenceStart = true;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        int j = i;
        while (j < text.length() && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '-'
            || text.charAt(j) == '\'')) {
          j++;
        }
        if (!sentenceStart && Character.isUpperCase(c)) {
          n++;
        }
        sentenceStart = false;
        i = j;
        continue;
      }
      if (c == '.' || c == '!' || c == '?' || c == ':' || c == '\n' || c == '\r' || c == '"' || c == '\u201c') {
        sentenceStart = true;
      }
      i++;
    }
    return n;
  }
}
