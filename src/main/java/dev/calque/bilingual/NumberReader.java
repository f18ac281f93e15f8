package dev.calque.bilingual;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.calque.rule.Span;

/**
 * Finds the numbers written in a span of text in one language: digits with the language's (or the
 * other convention's) separators and any scale words after them ("2,7", "25.000", "2.000 millones",
 * "2bn"), and a few spelled-out numbers ("three", "un millón"). Digits inside names and codes
 * ("G7", "COVID-19") are not numbers of the text.
 */
final class NumberReader {
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private final NumberStyle style;
  private final NumberWords words;
  private final Pattern digits;

  NumberReader(String languageTag) {
    this.style = NumberStyle.of(languageTag);
    this.words = NumberWords.of(languageTag);
    // Spaces group digits only in groups of three after a first group of one to three ("25 000",
    // "1 234 567,8", "30 000" in SI-style English), so "en 2019 300 personas" stays two numbers.
    this.digits = Pattern.compile("\\d{1,3}(?:[ \\u00A0\\u202F\\u2009]\\d{3})+(?!\\d)(?:[.,]\\d+)?"
        + "|\\d+\u00B7\\d+|\\d+(?:[.,]\\d+)*");
  }

  NumberStyle style() {
    return style;
  }

  NumberWords words() {
    return words;
  }

  /** The numbers in [range.start, range.end) of text, in text order. */
  List<NumberMention> read(String text, Span range) {
    List<NumberMention> out = new ArrayList<>();
    Matcher m = digits.matcher(text).region(range.start(), range.end());
    while (m.find()) {
      if (insideName(text, m.start())) {
        continue;
      }
      NumberStyle.Reading r = style.read(m.group());
      if (r == null) {
        continue; // a version, a dotted date: not one number
      }
      boolean money = m.start() > 0 && Character.getType(text.charAt(m.start() - 1)) == Character.CURRENCY_SYMBOL;
      Scaled s = scaleAfter(text, m.end(), range.end(), true, money);
      BigDecimal alternate = r.alternate() != null ? r.alternate() : decade(text, m.start(), r.value(), s.exponent);
      BigDecimal tolerance = s.exponent > 0 && r.value().scale() > 0
          ? BigDecimal.ONE.movePointLeft(r.value().scale()).movePointRight(s.exponent).divide(BigDecimal.valueOf(2))
          : BigDecimal.ZERO;
      out.add(new NumberMention(new Span(m.start(), s.end), r.value().movePointRight(s.exponent),
          alternate == null ? null : alternate.movePointRight(s.exponent), tolerance, false, r.grouped(),
          s.exponent));
    }
    readSpelled(text, range, out);
    out.sort(Comparator.comparingInt(n -> n.span().start()));
    return out;
  }

  /**
   * Digits right after a letter, or after a hyphen or slash that follows a word with a capital,
   * belong to a name or code.
   */
  private static boolean insideName(String text, int start) {
    if (start == 0) {
      return false;
    }
    char before = text.charAt(start - 1);
    if (Character.isLetter(before)) {
      return true;
    }
    if ((before != '-' && before != '/') || start < 2 || !Character.isLetter(text.charAt(start - 2))) {
      return false;
    }
    // "COVID-19", "Covid-19", "MH-17" are codes; "the black hole-30 kilometres away" is a word, a dash, a number.
    int w = start - 2;
    while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    for (int i = w; i < start - 1; i++) {
      if (Character.isUpperCase(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "los años 90" is the 1990s: a round two-digit number after the language's word for years may
   * be read as the decade's first year too.
   */
  private BigDecimal decade(String text, int start, BigDecimal value, int exponent) {
    if (exponent != 0 || value.scale() > 0 || value.compareTo(BigDecimal.TEN) < 0
        || value.compareTo(BigDecimal.valueOf(90)) > 0 || value.intValue() % 10 != 0) {
      return null;
    }
    int end = start;
    while (end > 0 && isSpace(text.charAt(end - 1))) {
      end--;
    }
    int from = end;
    while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
      from--;
    }
    return end < start && words.isDecadeMarker(text.substring(from, end)) ? value.add(BigDecimal.valueOf(1900))
        : null;
  }

  private record Scaled(int exponent, int end) {
  }

  /**
   * The scale words from offset on ("millones", "mil millones", "billion"), with the power of ten
   * they add and where they end. After digits a scale word may be attached ("2bn"), and after an
   * amount of money an abbreviation that would be a unit elsewhere ("$5m", not "a 5m wall").
   */
  private Scaled scaleAfter(String text, int from, int limit, boolean attachedAllowed, boolean money) {
    int exponent = 0;
    int end = from;
    int at = from;
    while (true) {
      int glued = at < limit ? words.cjkScale(text.charAt(at)) : -1;
      if (glued >= 0 && (attachedAllowed || at > from)) { // Chinese and Japanese glue scale characters: "140亿"
        exponent += glued;
        end = at + 1;
        at = end;
        continue;
      }
      int w = at;
      while (w < limit && isSpace(text.charAt(w))) {
        w++;
      }
      if (w == at && !(attachedAllowed && at == from)) {
        break; // words must be separated, except an abbreviation glued to the digits
      }
      Matcher wm = WORD.matcher(text).region(w, limit);
      if (!wm.lookingAt()) {
        break;
      }
      int scale = words.scale(wm.group());
      if (scale < 0 && money && w == from) {
        scale = words.moneyScale(wm.group()); // "$5m", "£1.2m": only glued to an amount of money
      }
      if (scale < 0) {
        break;
      }
      exponent += scale;
      end = wm.end();
      at = end;
    }
    return new Scaled(exponent, end);
  }

  /** Spelled-out numbers in words, outside the digit mentions already found. */
  private void readSpelled(String text, Span range, List<NumberMention> out) {
    List<NumberMention> digits = List.copyOf(out);
    Matcher wm = WORD.matcher(text).region(range.start(), range.end());
    int skipTo = range.start();
    while (wm.find()) {
      int start = wm.start();
      if (start < skipTo || covered(digits, start)) {
        continue;
      }
      String w = wm.group();
      int value = words.cardinal(w);
      if (value < 0 && words.isArticle(w)) {
        value = 1; // "a million": the article counts only before a scale word
      }
      boolean standaloneThousand = value < 0 && words.scale(w) == 3; // "mil personas"
      if (value < 0 && !standaloneThousand) {
        continue;
      }
      Scaled s = scaleAfter(text, wm.end(), range.end(), false, false);
      if (standaloneThousand) {
        s = new Scaled(3 + s.exponent, s.end);
        value = 1;
      } else if (words.isArticle(w) && words.cardinal(w) < 0 && s.exponent == 0) {
        continue;
      }
      out.add(new NumberMention(new Span(start, s.end), BigDecimal.valueOf(value).movePointRight(s.exponent), null,
          BigDecimal.ZERO, true, false, s.exponent));
      skipTo = s.end;
    }
  }

  private static boolean covered(List<NumberMention> mentions, int offset) {
    for (NumberMention n : mentions) {
      if (n.span().start() <= offset && offset < n.span().end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
  }
}
