package dev.calque.rule;

import java.util.Set;

/** The MQM categories calque reports, as "dimension/type" strings. */
public final class Category {
  public static final String MISTRANSLATION = "accuracy/mistranslation";
  public static final String UNTRANSLATED = "accuracy/untranslated";
  public static final String ADDITION = "accuracy/addition";
  public static final String OMISSION = "accuracy/omission";
  public static final String GRAMMAR = "fluency/grammar";
  public static final String SPELLING = "fluency/spelling";
  public static final String PUNCTUATION = "fluency/punctuation";
  public static final String INCONSISTENCY = "fluency/inconsistency";
  public static final String REGISTER = "fluency/register";
  public static final String UNIDIOMATIC = "style/unidiomatic";
  public static final String WRONG_TERM = "terminology/wrong-term";
  public static final String NUMBER_FORMAT = "locale/number-format";
  public static final String LOCALE_PUNCTUATION = "locale/punctuation";
  /** Times written another language's way ("15 o'clock" for 3 pm): any 24-hour-clock source leaves them. */
  public static final String TIME_FORMAT = "locale/time-format";
  public static final String NON_TRANSLATION = "other/non-translation";

  public static final Set<String> ALL = Set.of(MISTRANSLATION, UNTRANSLATED, ADDITION, OMISSION, GRAMMAR,
      SPELLING, PUNCTUATION, INCONSISTENCY, REGISTER, UNIDIOMATIC, WRONG_TERM, NUMBER_FORMAT,
      LOCALE_PUNCTUATION, TIME_FORMAT, NON_TRANSLATION);

  private Category() {
  }

  public static boolean isKnown(String category) {
    return ALL.contains(category);
  }

  /** Punctuation errors weigh a tenth in WMT's MQM scoring when minor. */
  public static boolean isPunctuation(String category) {
    return category.endsWith("/punctuation");
  }
}
