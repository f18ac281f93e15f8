package dev.calque.bilingual;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words around numbers in a language: scale words that multiply the number before them
 * ("2.000 millones", "2 billion", "dos mil"), articles that make a scale word a number on its own
 * ("a million", "un millón"), small numbers spelled out ("three", "tres"), and the scale names
 * used when writing a number back. Only a handful of languages have tables; in the others, digits
 * alone are read.
 */
final class NumberWords {
  /** Powers of ten by scale word, lower case. Spanish "billón" is 10^12: a false friend of "billion". */
  private static final Map<String, Map<String, Integer>> SCALES = Map.of(
      "en", Map.of("hundred", 2, "thousand", 3, "million", 6, "millions", 6, "billion", 9, "billions", 9, "bn", 9,
          "trillion", 12, "trillions", 12),
      "es", Map.of("mil", 3, "millón", 6, "millon", 6, "millones", 6, "millardo", 9, "millardos", 9,
          "billón", 12, "billon", 12, "billones", 12),
      "fr", Map.of("mille", 3, "million", 6, "millions", 6, "milliard", 9, "milliards", 9, "billion", 12,
          "billions", 12),
      "de", Map.of("tausend", 3, "million", 6, "millionen", 6, "mio", 6, "milliarde", 9, "milliarden", 9,
          "mrd", 9, "billion", 12, "billionen", 12),
      "it", Map.of("mila", 3, "mille", 3, "milione", 6, "milioni", 6, "miliardo", 9, "miliardi", 9),
      "pt", Map.of("mil", 3, "milhão", 6, "milhao", 6, "milhões", 6, "milhoes", 6));

  /** Scale abbreviations read only when glued to an amount of money ("$5m"); elsewhere "m" is metres. */
  private static final Map<String, Map<String, Integer>> MONEY_SCALES = Map.of(
      "en", Map.of("m", 6, "mn", 6, "k", 3));

  /** The word for years before a decade ("los años 90", "les années 80"). */
  private static final Map<String, Set<String>> DECADE_MARKERS = Map.of(
      "es", Set.of("años"), "pt", Set.of("anos"), "fr", Set.of("années"), "it", Set.of("anni"));

  /** Words for "one" before a scale word: "a million", "un millón". */
  private static final Map<String, Set<String>> ARTICLES = Map.of(
      "en", Set.of("a", "an", "one"), "es", Set.of("un", "una"), "fr", Set.of("un", "une"),
      "de", Set.of("eine", "ein"), "it", Set.of("un", "uno"), "pt", Set.of("um"));

  /**
   * Small numbers spelled out. They only ever match a number on the other side, never raise a
   * finding: a spelled-out number is often idiomatic ("twice", "a couple"). English ordinals are
   * included because "el 2" becomes "the second". Spanish "uno" is left out: "un", "una" are
   * articles far more often.
   */
  private static final Map<String, Map<String, Integer>> CARDINALS = new HashMap<>();

  static {
    CARDINALS.put("en", words("zero one two three four five six seven eight nine ten eleven twelve thirteen "
        + "fourteen fifteen sixteen seventeen eighteen nineteen twenty", 0, "thirty:30 forty:40 fifty:50 "
        + "sixty:60 seventy:70 eighty:80 ninety:90 first:1 second:2 third:3 fourth:4 fifth:5 "
        + "sixth:6 seventh:7 eighth:8 ninth:9 tenth:10 twice:2 dozen:12"));
    CARDINALS.put("de", words("null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf", 0,
        "zwanzig:20 dreißig:30 vierzig:40 fünfzig:50 hundert:100"));
    CARDINALS.put("es", words("dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince "
        + "dieciséis diecisiete dieciocho diecinueve veinte", 2, "treinta:30 cuarenta:40 cincuenta:50 sesenta:60 "
        + "setenta:70 ochenta:80 noventa:90 cien:100 ciento:100 primero:1 primer:1 primera:1 segundo:2 "
        + "segunda:2 tercero:3 tercer:3 tercera:3"));
  }

  /** Month names, January first; languages that capitalise them (English, German) are matched capitalised only. */
  private static final Map<String, String> MONTHS = Map.of(
      "en", "January February March April May June July August September October November December",
      "es", "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
      "de", "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
      "fr", "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
      "it", "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
      "pt", "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro");

  /** German writes multiples as one word with the number: "zehnmal", "die zehnfache Masse". */
  private static final Map<String, java.util.List<String>> MULTIPLE_SUFFIXES = Map.of(
      "de", java.util.List.of("mal", "fachen", "fache", "facher", "faches", "fach"));

  /** Scale names for writing a number back, singular and plural, by power of ten. */
  private static final Map<String, Map<Integer, String[]>> NAMES = Map.of(
      "en", Map.of(6, new String[] {"million", "million"}, 9, new String[] {"billion", "billion"},
          12, new String[] {"trillion", "trillion"}),
      "es", Map.of(6, new String[] {"millón", "millones"}, 9, new String[] {"mil millones", "mil millones"},
          12, new String[] {"billón", "billones"}),
      "fr", Map.of(6, new String[] {"million", "millions"}, 9, new String[] {"milliard", "milliards"}),
      "de", Map.of(6, new String[] {"Million", "Millionen"}, 9, new String[] {"Milliarde", "Milliarden"}),
      "it", Map.of(6, new String[] {"milione", "milioni"}, 9, new String[] {"miliardo", "miliardi"}),
      "pt", Map.of(6, new String[] {"milhão", "milhões"}));

  private final Map<String, Integer> scales;
  private final Set<String> articles;
  private final Map<String, Integer> cardinals;
  private final Map<Integer, String[]> names;
  private final Map<String, Integer> moneyScales;
  private final Set<String> decadeMarkers;

  private final Map<Character, Integer> cjkScales;
  private final java.util.List<String> months;

  private final java.util.List<String> multipleSuffixes;

  private NumberWords(String language) {
    multipleSuffixes = MULTIPLE_SUFFIXES.getOrDefault(language, java.util.List.of());
    cjkScales = CJK_SCALES.getOrDefault(language, Map.of());
    months = MONTHS.containsKey(language) ? java.util.List.of(MONTHS.get(language).split(" ")) : java.util.List.of();
    moneyScales = MONEY_SCALES.getOrDefault(language, Map.of());
    decadeMarkers = DECADE_MARKERS.getOrDefault(language, Set.of());
    scales = SCALES.getOrDefault(language, Map.of());
    articles = ARTICLES.getOrDefault(language, Set.of());
    cardinals = CARDINALS.getOrDefault(language, Map.of());
    names = NAMES.getOrDefault(language, Map.of());
  }

  /** The tables of a language tag's primary language ("es" for "es-MX"). */
  static NumberWords of(String languageTag) {
    return new NumberWords(Locale.forLanguageTag(languageTag).getLanguage());
  }

  private static Map<String, Integer> words(String inOrder, int first, String valued) {
    Map<String, Integer> m = new HashMap<>();
    String[] w = inOrder.split(" ");
    for (int i = 0; i < w.length; i++) {
      m.put(w[i], first + i);
    }
    for (String kv : valued.split(" ")) {
      String[] p = kv.split(":");
      m.put(p[0], Integer.parseInt(p[1]));
    }
    return m;
  }

  /** Scale characters of languages written without spaces: 万 is 10^4, 亿 10^8. */
  private static final Map<String, Map<Character, Integer>> CJK_SCALES = Map.of(
      "zh", Map.of('十', 1, '百', 2, '千', 3, '万', 4, '萬', 4, '亿', 8, '億', 8),
      "ja", Map.of('百', 2, '千', 3, '万', 4, '億', 8));

  /**
   * The month (1 to 12) a word names, or -1. Where the language capitalises month names, only the
   * capitalised word counts: English "may" and "march" are a verb.
   */
  int month(String word) {
    for (int i = 0; i < months.size(); i++) {
      String m = months.get(i);
      boolean capitalised = Character.isUpperCase(m.charAt(0));
      if (capitalised ? word.equals(m) : word.toLowerCase(Locale.ROOT).equals(m)) {
        return i + 1;
      }
    }
    return -1;
  }

  /** The name of month 1 to 12 in this language, or null when it has no table. */
  String monthName(int month) {
    return months.isEmpty() ? null : months.get(month - 1);
  }

  /** The power of ten of a scale character glued to digits ("140亿"), or -1. */
  int cjkScale(char c) {
    return cjkScales.getOrDefault(c, -1);
  }

  /** The power of ten of a scale word, or -1. */
  int scale(String word) {
    return scales.getOrDefault(word.toLowerCase(Locale.ROOT), -1);
  }

  /** The power of ten of an abbreviation glued to an amount of money, or -1. */
  int moneyScale(String word) {
    return moneyScales.getOrDefault(word.toLowerCase(Locale.ROOT), -1);
  }

  boolean isDecadeMarker(String word) {
    return decadeMarkers.contains(word.toLowerCase(Locale.ROOT));
  }

  boolean isArticle(String word) {
    return articles.contains(word.toLowerCase(Locale.ROOT));
  }

  /** The value of a spelled-out number ("zehnmal" in German counts as ten), or -1. */
  int cardinal(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    int v = cardinals.getOrDefault(w, -1);
    for (int i = 0; v < 0 && i < multipleSuffixes.size(); i++) {
      String suffix = multipleSuffixes.get(i);
      if (w.endsWith(suffix) && w.length() > suffix.length()) {
        v = cardinals.getOrDefault(w.substring(0, w.length() - suffix.length()), -1);
      }
    }
    return v;
  }

  /** The largest power of ten with a scale name of at most maxExponent, or 0 when there is none. */
  int largestNamedScale(int maxExponent) {
    int best = 0;
    for (int e : names.keySet()) {
      if (e <= maxExponent && e > best) {
        best = e;
      }
    }
    return best;
  }

  String scaleName(int exponent, boolean plural) {
    return names.get(exponent)[plural ? 1 : 0];
  }
}
