package dev.calque.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Generators of hostile text: every Unicode plane, controls, invisible and bidi characters, BOMs
 * anywhere, combining runs, RTL scripts, every kind of line end, blank and whitespace-only
 * paragraphs, huge lines, long one-script tokens, and MT-style English sprinkled with all of that.
 */
final class Texts {
  /** Sentences with the artifacts calque looks for, so rules fire on noisy text too. */
  static final List<String> MT = List.of(
      "The two ministries work together for the sake of of closer trade ties with their neighbours.",
      "Putin's loyal squires celebrated elections this Wednesday in the Asian giant.",
      "Beijing announced that his sera will reach Africa, according to the agency BeITA.",
      "The president of the Government said that «the situation is stable» after the meeting.",
      "Inflation rose to 2,7% in March, and 25.000 people protested in the capital.",
      "Without embargo, the tenant of the Elysee threw the towel at short term.",
      "Lukashenko visits Xi and backs the peace plan",
      "The minister was translated to the hospital, where he remains immovable in office.",
      "Said that the company will invest 2.000 million euros every time more in lithium.",
      "Volodímir Zelenski met the president in Pekín -as reported the agency- on Monday.",
      "¿What will happen now? ¡Nobody knows!",
      "Officials met in the capital in the capital for hours hours on Monday.");

  private static final String ASCII = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:!?'\"()-/%&";
  private static final int[] FORMAT = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x180E, 0x034F, 0xFFF9,
      0xFFFB, 0xFFFC, 0xFFFD};
  private static final int[] BIDI = {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
      0x200E, 0x200F, 0x061C};
  private static final int[] SPACES = {0x00A0, 0x202F, 0x2007, 0x2000, 0x2003, 0x2009, 0x200A, 0x3000, 0x1680,
      0x0009, 0x0020, 0x000B, 0x000C};
  private static final int[] SEPARATORS = {0x2028, 0x2029, 0x0085};
  /** Single characters that make a whole paragraph on their own: blank to some code, not to other code. */
  private static final String[] ODD_PARAGRAPHS = {"", " ", "\t", "\u00A0", "\uFEFF", "\u200B", "\u2060", "\u3000",
      " \u00A0 ", "\u0301", "\u202E", "\u200F", "\u00A0\u00A0", "\uFEFF\uFEFF", "\u200B \u200B", "\u0085",
      "\u00AD", "\u034F", "-", ".", "\u00BF", "\u00AB\u00BB"};
  private static final String[] LINE_ENDS = {"\n", "\n", "\n", "\n\n", "\n\n", "\n\n", "\r\n", "\r\n\r\n", "\r",
      "\r\r", "\u2028", "\u2029", "\u0085", "\n \n", "\n\u00A0\n", "\n\uFEFF\n", "\n\u200B\n", "\n\t\n", "\r\n\n",
      "\n\r"};
  private static final String[] MT_BITS = {"\u00AB", "\u00BB", "\u00BF", "\u00A1", "\u201C", "\u201D", "\u2018",
      "\u2019", "\u2014", "\u2013", "\u2026", "%", "2,7%", "25.000", "2.000 million", " -", "- ", "of of", "the the"};

  /** Scripts for words and long tokens: {from, to} ranges of letters. */
  private static final int[][] SCRIPTS = {{'a', 'z'}, {0x05D0, 0x05EA}, {0x0627, 0x064A}, {0x0410, 0x044F},
      {0x0391, 0x03C9}, {0x4E00, 0x9FFF}, {0xAC00, 0xD7A3}, {0x0905, 0x0939}, {0x0E01, 0x0E30}, {0x1D400, 0x1D6A3},
      {0x20000, 0x2A6DF}, {0x1F300, 0x1F5FF}, {0x1F600, 0x1F64F}, {0x1F900, 0x1F9FF}};

  private Texts() {
  }

  /**
   * A document of up to about maxChars; lone decides whether unpaired surrogates may appear (Java
   * strings only: a UTF-8 file cannot hold them); hugeChance is the chance of one 50-200 KB line.
   */
  static Fuzz.Gen<String> document(boolean lone, int maxChars, double hugeChance) {
    return r -> {
      StringBuilder b = new StringBuilder();
      if (r.nextInt(12) == 0) {
        b.append('\uFEFF');
      }
      List<String> paragraphs = new ArrayList<>();
      int n = 1 + r.nextInt(8);
      boolean huge = r.nextDouble() < hugeChance;
      int hugeAt = r.nextInt(n);
      for (int i = 0; i < n; i++) {
        String p;
        if (huge && i == hugeAt) {
          p = hugeLine(r, lone);
        } else {
          int k = r.nextInt(100);
          if (k < 40) {
            p = mt(r, lone);
          } else if (k < 65) {
            p = soup(r, lone);
          } else if (k < 80) {
            p = pick(r, ODD_PARAGRAPHS);
          } else if (k < 85) {
            p = longToken(r, 50 + r.nextInt(1000));
          } else if (!paragraphs.isEmpty()) {
            p = paragraphs.get(r.nextInt(paragraphs.size())); // repeated paragraphs feed repetition rules
          } else {
            p = mt(r, lone);
          }
        }
        paragraphs.add(p);
        b.append(p);
        if (i < n - 1 || r.nextBoolean()) {
          b.append(pick(r, LINE_ENDS));
        }
      }
      String s = huge ? b.toString() : cut(b.toString(), maxChars, lone);
      if (r.nextInt(30) == 0) {
        s = insert(s, r, "\u0000", lone);
      }
      return s;
    };
  }

  /** One to three MT sentences with up to eight noise characters at random places. */
  static String mt(Random r, boolean lone) {
    String s = MT.get(r.nextInt(MT.size()));
    for (int i = r.nextInt(3); i > 0; i--) {
      s = s + " " + MT.get(r.nextInt(MT.size()));
    }
    for (int i = r.nextInt(9); i > 0; i--) {
      s = insert(s, r, unit(r, lone), lone);
    }
    return s;
  }

  /** Tokens of every kind, run together or separated by one of many spaces. */
  static String soup(Random r, boolean lone) {
    StringBuilder b = new StringBuilder();
    for (int i = 1 + r.nextInt(30); i > 0; i--) {
      if (r.nextBoolean()) {
        b.append(word(r, SCRIPTS[r.nextInt(SCRIPTS.length)], 1 + r.nextInt(9)));
      } else {
        for (int j = 1 + r.nextInt(4); j > 0; j--) {
          b.append(unit(r, lone));
        }
      }
      int sep = r.nextInt(10);
      b.append(sep < 6 ? " " : sep < 8 ? "" : new String(Character.toChars(pick(r, SPACES))));
    }
    return b.toString();
  }

  /** One "character" of noise: a code point, a grapheme cluster, or a lone surrogate. */
  static String unit(Random r, boolean lone) {
    int k = r.nextInt(lone ? 100 : 95);
    if (k < 15) {
      return String.valueOf(ASCII.charAt(r.nextInt(ASCII.length())));
    } else if (k < 22) {
      return cp(1 + r.nextInt(0x1F)); // C0, including \t \n \r
    } else if (k < 28) {
      return cp(0x7F + r.nextInt(0x21)); // DEL and C1, including U+0085
    } else if (k < 33) {
      return cp(pick(r, SEPARATORS));
    } else if (k < 40) {
      return cp(pick(r, FORMAT));
    } else if (k < 46) {
      return cp(pick(r, BIDI));
    } else if (k < 52) {
      return cp(pick(r, SPACES));
    } else if (k < 58) {
      return "aeiouAEIOU".charAt(r.nextInt(10)) + marks(r, 1 + r.nextInt(r.nextInt(10) == 0 ? 400 : 12));
    } else if (k < 64) {
      return word(r, SCRIPTS[1 + r.nextInt(2)], 1 + r.nextInt(8)); // Hebrew or Arabic
    } else if (k < 72) {
      return emoji(r);
    } else if (k < 78) {
      int[][] astral = {{0x1D400, 0x1D7FF}, {0x20000, 0x2A6DF}, {0xE0020, 0xE007F}, {0xF0000, 0xFFFFD},
          {0x100000, 0x10FFFD}, {0x10FFFE, 0x10FFFF}, {0x1FFFE, 0x1FFFF}, {0xFFFE, 0xFFFF}};
      int[] range = astral[r.nextInt(astral.length)];
      return cp(range[0] + r.nextInt(range[1] - range[0] + 1));
    } else if (k < 85) {
      return MT_BITS[r.nextInt(MT_BITS.length)];
    } else if (k < 95) {
      int c;
      do {
        c = r.nextInt(0x110000);
      } while (!lone && c >= 0xD800 && c <= 0xDFFF);
      return cp(c);
    } else {
      int kind = r.nextInt(3);
      return kind == 0 ? String.valueOf((char) (0xD800 + r.nextInt(0x400)))
          : kind == 1 ? String.valueOf((char) (0xDC00 + r.nextInt(0x400)))
          : "\uDE00\uD83D"; // a pair in the wrong order
    }
  }

  static String emoji(Random r) {
    return switch (r.nextInt(6)) {
      case 0 -> cp(0x1F600 + r.nextInt(0x50));
      case 1 -> "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67"; // family: ZWJ sequence
      case 2 -> cp(0x1F1E6 + r.nextInt(26)) + cp(0x1F1E6 + r.nextInt(26)); // a flag
      case 3 -> cp(0x1F44D) + cp(0x1F3FB + r.nextInt(5)); // skin tone modifier
      case 4 -> "\u2764\uFE0F";
      default -> cp(0x1F900 + r.nextInt(0x100));
    };
  }

  static String marks(Random r, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.appendCodePoint(0x0300 + r.nextInt(0x70));
    }
    return b.toString();
  }

  static String word(Random r, int[] script, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.appendCodePoint(script[0] + r.nextInt(script[1] - script[0] + 1));
      if (script[0] == 0x0627 && r.nextInt(4) == 0) {
        b.appendCodePoint(0x064B + r.nextInt(8)); // Arabic harakat
      }
    }
    return b.toString();
  }

  /** One token of one script, no spaces: emoji, combining marks, Arabic, CJK, astral letters... */
  static String longToken(Random r, int codePoints) {
    return switch (r.nextInt(5)) {
      case 0 -> {
        StringBuilder b = new StringBuilder();
        while (b.codePointCount(0, b.length()) < codePoints) {
          b.append(emoji(r));
        }
        yield b.toString();
      }
      case 1 -> "e" + marks(r, codePoints);
      case 2 -> "\u0301".repeat(codePoints);
      default -> word(r, SCRIPTS[r.nextInt(SCRIPTS.length)], codePoints);
    };
  }

  /** 50 to 200 KB on one line: sentences and noise tokens, no line end anywhere. */
  static String hugeLine(Random r, boolean lone) {
    int target = 50_000 + r.nextInt(150_000);
    StringBuilder b = new StringBuilder(target + 1000);
    while (b.length() < target) {
      String piece = r.nextInt(3) == 0 ? soup(r, lone) : mt(r, lone);
      b.append(piece.replaceAll("[\\n\\r\\u2028\\u2029\\u0085]", " ")).append(' ');
    }
    return b.toString();
  }

  static String insert(String s, Random r, String piece, boolean lone) {
    int at = r.nextInt(s.length() + 1);
    if (!lone && splitsPair(s, at)) {
      at--;
    }
    return s.substring(0, at) + piece + s.substring(at);
  }

  static String cut(String s, int max, boolean lone) {
    if (s.length() <= max) {
      return s;
    }
    return s.substring(0, !lone && splitsPair(s, max) ? max - 1 : max);
  }

  /** True when offset i falls between the two halves of a surrogate pair. */
  static boolean splitsPair(CharSequence s, int i) {
    return i > 0 && i < s.length() && Character.isHighSurrogate(s.charAt(i - 1))
        && Character.isLowSurrogate(s.charAt(i));
  }

  static String cp(int c) {
    return new String(Character.toChars(c));
  }

  static int pick(Random r, int[] a) {
    return a[r.nextInt(a.length)];
  }

  static <T> T pick(Random r, T[] a) {
    return a[r.nextInt(a.length)];
  }

  /**
   * Shrinks a string: first drops chunks (halves, quarters, ... single characters), then, for short
   * strings, replaces characters by 'a'. keepPairs keeps surrogate pairs whole, for text that must
   * stay valid UTF-8.
   */
  static Stream<String> shrink(String s, boolean keepPairs) {
    int n = s.length();
    if (n == 0) {
      return Stream.empty();
    }
    Stream<String> drops = IntStream.iterate(Integer.highestOneBit(n), c -> c >= 1, c -> c / 2).boxed()
        .flatMap(c -> IntStream.iterate(0, st -> st < n, st -> st + c).mapToObj(st -> {
          int from = keepPairs && splitsPair(s, st) ? st - 1 : st;
          int to = Math.min(n, st + c);
          to = keepPairs && splitsPair(s, to) ? to + 1 : to;
          return s.substring(0, from) + s.substring(to);
        }));
    Stream<String> simpler = n > 300 ? Stream.empty() : IntStream.range(0, n)
        .filter(i -> s.charAt(i) != 'a' && !(keepPairs && splitsPair(s, i)))
        .mapToObj(i -> {
          int end = keepPairs && splitsPair(s, i + 1) ? i + 2 : i + 1;
          return s.substring(0, i) + "a" + s.substring(end);
        });
    return Stream.concat(drops, simpler);
  }

  /** A list shrinks by dropping an element, then by shrinking one element. */
  static <T> Stream<List<T>> shrinkList(List<T> list, Function<T, Stream<T>> element) {
    Stream<List<T>> drops = list.size() <= 1 ? Stream.empty() : IntStream.range(0, list.size()).mapToObj(i -> {
      List<T> l = new ArrayList<>(list);
      l.remove(i);
      return l;
    });
    Stream<List<T>> each = IntStream.range(0, list.size()).boxed().flatMap(i -> element.apply(list.get(i)).map(v -> {
      List<T> l = new ArrayList<>(list);
      l.set(i, v);
      return l;
    }));
    return Stream.concat(drops, each);
  }
}
