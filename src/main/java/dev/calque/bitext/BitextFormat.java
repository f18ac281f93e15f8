package dev.calque.bitext;

import java.util.Locale;

/** The bilingual formats calque reads. */
public enum BitextFormat {
  /** Two plain-text files, source and translation, aligned by line, paragraph or sentence. */
  PAIR("pair"),
  /** Source TAB target per line (id TAB source TAB target with three columns). */
  TSV("tsv"),
  XLIFF12("xliff-1.2"),
  XLIFF2("xliff-2"),
  TMX("tmx");

  private final String label;

  BitextFormat(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isXliff() {
    return this == XLIFF12 || this == XLIFF2;
  }

  /**
   * What the file holds, from its content (the root element and XLIFF's version attribute) or,
   * for tab-separated text, its extension (.tsv, .tab); null when it cannot tell.
   */
  static BitextFormat detect(String name, String text) {
    String head = text.length() > 4096 ? text.substring(0, 4096) : text;
    int root = rootStart(head);
    if (root >= 0) {
      if (head.startsWith("<tmx", root)) {
        return TMX;
      }
      if (head.startsWith("<xliff", root)) {
        int close = head.indexOf('>', root);
        String tag = close < 0 ? head.substring(root) : head.substring(root, close);
        return tag.matches("(?s).*\\sversion\\s*=\\s*[\"']1\\..*") ? XLIFF12 : XLIFF2;
      }
      return null;
    }
    // By name only: prose may hold tabs on every line, and checking it as bitext would refuse it.
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".tsv") || lower.endsWith(".tab") ? TSV : null;
  }

  /** Where the root element starts when the text is XML (after a prolog), else -1. */
  private static int rootStart(String s) {
    int i = s.startsWith("\uFEFF") ? 1 : 0;
    while (i < s.length()) {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      if (s.startsWith("<?", i)) {
        int e = s.indexOf("?>", i);
        i = e < 0 ? s.length() : e + 2;
      } else if (s.startsWith("<!--", i)) {
        int e = s.indexOf("-->", i);
        i = e < 0 ? s.length() : e + 3;
      } else if (s.startsWith("<!", i)) {
        // A DOCTYPE, perhaps with an internal subset in brackets: XmlGuard refuses it with its reason.
        int e = s.indexOf('>', i);
        int bracket = s.indexOf('[', i);
        if (bracket >= 0 && e >= 0 && bracket < e) {
          int close = s.indexOf("]>", bracket);
          e = close < 0 ? -1 : close + 1;
        }
        i = e < 0 ? s.length() : e + 1;
      } else {
        return s.startsWith("<", i) ? i : -1;
      }
    }
    return -1;
  }

  /** A format as --input-format names it; null when the name is unknown. */
  public static BitextFormat named(String name) {
    for (BitextFormat f : values()) {
      if (f.label.equals(name) || (f == XLIFF2 && name.equals("xliff-2.0")) || (f == XLIFF2 && name.equals("xliff-2.1"))) {
        return f;
      }
    }
    return null;
  }
}
