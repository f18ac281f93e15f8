package dev.calque.bilingual;

/** The writing system most letters of a text are in ("LATIN", "HAN", "CYRILLIC"), for spotting text left in the source's script. */
final class Scripts {
  private Scripts() {
  }

  /** The script of most letters of the text, or null when it has none. */
  static Character.UnicodeScript dominant(CharSequence text) {
    int[] counts = new int[Character.UnicodeScript.values().length];
    int best = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        int s = Character.UnicodeScript.of(c).ordinal();
        counts[s]++;
        if (best < 0 || counts[s] > counts[best]) {
          best = s;
        }
      }
    }
    return best < 0 ? null : Character.UnicodeScript.values()[best];
  }

  static boolean isIn(char c, Character.UnicodeScript script) {
    return Character.isLetter(c) && Character.UnicodeScript.of(c) == script;
  }
}
