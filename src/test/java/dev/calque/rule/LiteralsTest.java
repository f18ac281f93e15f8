package dev.calque.rule;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LiteralsTest {
  /** What the one pass must equal: each literal searched on its own, overlaps included. */
  private static int[] byIndexOf(String text, String literal, int from, int to) {
    List<Integer> at = new ArrayList<>();
    for (int i = text.indexOf(literal, from); i >= 0 && i < to; i = text.indexOf(literal, i + 1)) {
      at.add(i);
    }
    return at.stream().mapToInt(Integer::intValue).toArray();
  }

  @Test
  void findsWhatSearchingEachLiteralAloneFinds() {
    Random random = new Random(7);
    String alphabet = "ab. ,%éñ\u00A0€";
    for (int round = 0; round < 300; round++) {
      List<String> literals = new ArrayList<>();
      for (int n = 1 + random.nextInt(8); n > 0; n--) {
        literals.add(randomString(random, alphabet, 1 + random.nextInt(4)));
      }
      String text = randomString(random, alphabet, random.nextInt(200));
      int from = text.isEmpty() ? 0 : random.nextInt(text.length());
      int to = from + random.nextInt(text.length() - from + 1);
      Map<String, int[]> found = Literals.of(literals).find(text, from, to);
      for (String literal : literals) {
        assertArrayEquals(byIndexOf(text, literal, from, to), found.get(literal),
            () -> "'" + literal + "' in '" + text + "' [" + from + ", " + to + ")");
      }
    }
  }

  @Test
  void nestedAndOverlappingLiteralsAreAllFound() {
    String text = "In the 1990s years, about 10. 000 people, 100%";
    Map<String, int[]> found = Literals.of(List.of("0s years", "s years", "0", "00", " %", "%")).find(text, 0,
        text.length());
    assertArrayEquals(new int[] {10}, found.get("0s years"));
    assertArrayEquals(new int[] {11}, found.get("s years"));
    assertArrayEquals(new int[] {30, 31, 43}, found.get("00"));
    assertEquals(7, found.get("0").length);
    assertArrayEquals(new int[] {45}, found.get("%"));
    assertEquals(0, found.get(" %").length);
    assertTrue(Literals.of(List.of("%")).contains("%"));
  }

  @Test
  void literalsOfTooManyCharactersAreLeftToTheirOwnScans() {
    List<String> many = new ArrayList<>();
    for (char c = '\u4E00'; c < '\u4E00' + 300; c++) {
      many.add(String.valueOf(c));
    }
    Literals l = Literals.of(many);
    assertTrue(!l.contains("\u4E00"), "no automaton: RuleContext then scans for each literal");
    assertTrue(Literals.of(many.subList(0, Literals.MAX_CLASSES)).contains("\u4E00"));
  }

  private static String randomString(Random random, String alphabet, int length) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString();
  }
}
