package dev.calque.bilingual;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How a language writes numbers: its decimal mark and digit-group separator (from the JDK's CLDR
 * data: Spanish "2,7" and "25.000", English "2.7" and "25,000"), for reading a number written in it
 * and for writing one the way its readers expect.
 */
final class NumberStyle {
  private final char decimal;
  private final char group;

  private NumberStyle(char decimal, char group) {
    this.decimal = decimal;
    this.group = group;
  }

  static NumberStyle of(String languageTag) {
    DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(Locale.forLanguageTag(languageTag));
    return new NumberStyle(s.getDecimalSeparator(), s.getGroupingSeparator());
  }

  /**
   * A number read from digits and separators ("25.000", "2,7", "1.234.567,8", "25 000" with a
   * no-break space), or null when the separators fit no convention (a version "1.2.3", a date
   * "12.03.2023"). Some writings are read two ways: {@code alternate} holds the second.
   *
   * @param grouped whether digit groups were separated (the writer formatted a large number)
   */
  record Reading(BigDecimal value, BigDecimal alternate, boolean grouped) {
  }

  Reading read(String token) {
    if (token.indexOf('\u00B7') >= 0) {
      // The raised decimal point of British typography ("1·34"): a decimal mark in any language.
      return token.matches("\\d+\u00B7\\d+") ? new Reading(new BigDecimal(token.replace('\u00B7', '.')), null, false)
          : null;
    }
    String t = token;
    boolean grouped = false;
    String compact = t.replaceAll("[ \u00A0\u202F\u2009]", ""); // the reader lets spaces only group digits
    if (compact.length() < t.length()) {
      t = compact;
      grouped = true;
    }
    int dots = count(t, '.');
    int commas = count(t, ',');
    if (dots == 0 && commas == 0) {
      return new Reading(new BigDecimal(t), null, grouped);
    }
    if (dots > 0 && commas > 0) {
      // Both marks: the last one is the decimal mark whatever the language ("1.234,5", "1,234.5").
      char dec = t.lastIndexOf('.') > t.lastIndexOf(',') ? '.' : ',';
      char grp = dec == '.' ? ',' : '.';
      int at = t.lastIndexOf(dec);
      String whole = t.substring(0, at);
      if (count(t, dec) != 1 || !validGroups(whole, grp)) {
        return null;
      }
      return new Reading(new BigDecimal(whole.replace(String.valueOf(grp), "") + "." + t.substring(at + 1)), null,
          true);
    }
    char mark = dots > 0 ? '.' : ',';
    if (dots + commas > 1) {
      return validGroups(t, mark) ? new Reading(new BigDecimal(t.replace(String.valueOf(mark), "")), null, true)
          : null;
    }
    int at = t.indexOf(mark);
    String whole = t.substring(0, at);
    String tail = t.substring(at + 1);
    BigDecimal asDecimal = new BigDecimal(whole + "." + tail);
    boolean couldGroup = tail.length() == 3 && whole.length() <= 3 && !whole.startsWith("0");
    BigDecimal asGroups = couldGroup ? new BigDecimal(whole + tail) : null;
    if (mark == decimal) {
      // "1,500" in Spanish is 1.5, but Spanish from the Americas and careless copy write 1,500 for
      // fifteen hundred: a decimal with exactly three places is read both ways.
      return new Reading(asDecimal, asGroups, grouped);
    }
    // The language's group separator, or a mark it does not use: three digits after it group
    // thousands; anything else can only be a decimal written the other convention's way ("2.7").
    return couldGroup ? new Reading(asGroups, null, true) : new Reading(asDecimal, null, grouped);
  }

  /** "1.234.567": a first group of one to three digits, then groups of exactly three. */
  private static boolean validGroups(String s, char mark) {
    String[] parts = s.split(java.util.regex.Pattern.quote(String.valueOf(mark)), -1);
    if (parts[0].isEmpty() || parts[0].length() > 3) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      if (parts[i].length() != 3) {
        return false;
      }
    }
    return true;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  /** The number as this language writes it: "25,000" or "25.000", "2.7" or "2,7". */
  String format(BigDecimal value, boolean groupDigits) {
    String plain = value.toPlainString();
    String sign = "";
    if (plain.startsWith("-")) {
      sign = "-";
      plain = plain.substring(1);
    }
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String fraction = dot < 0 ? "" : plain.substring(dot + 1);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (groupDigits && i > 0 && (whole.length() - i) % 3 == 0) {
        b.append(group);
      }
      b.append(whole.charAt(i));
    }
    if (!fraction.isEmpty()) {
      b.append(decimal).append(fraction);
    }
    return sign + b;
  }
}
