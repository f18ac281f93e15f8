package dev.calque.fuzz;

/**
 * Inputs written as Java source, so a failure report can be pasted into a test: non-ASCII and
 * control characters as \\uXXXX (UTF-16 units, so lone surrogates survive), long runs of one
 * character as "x".repeat(n).
 */
final class Show {
  private static final int RUN = 8;

  private Show() {
  }

  static String java(String s) {
    StringBuilder out = new StringBuilder();
    StringBuilder lit = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      int unit = unitLength(s, i);
      String u = s.substring(i, i + unit);
      int n = 1;
      while (s.startsWith(u, i + n * unit)) {
        n++;
      }
      if (n >= RUN) {
        flush(out, lit);
        join(out).append('"').append(escape(u)).append("\".repeat(").append(n).append(')');
        i += n * unit;
      } else {
        lit.append(escape(u));
        i += unit;
      }
    }
    flush(out, lit);
    return out.length() == 0 ? "\"\"" : out.toString();
  }

  /** A code point is one unit (two chars for a valid pair); a lone surrogate is a unit of its own. */
  private static int unitLength(String s, int i) {
    return Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
        ? 2 : 1;
  }

  private static void flush(StringBuilder out, StringBuilder lit) {
    if (lit.length() > 0) {
      join(out).append('"').append(lit).append('"');
      lit.setLength(0);
    }
  }

  private static StringBuilder join(StringBuilder out) {
    return out.length() == 0 ? out : out.append(" + ");
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        default -> {
          if (c >= 0x20 && c < 0x7F) {
            b.append(c);
          } else {
            b.append(String.format("\\u%04X", (int) c));
          }
        }
      }
    }
    return b.toString();
  }

  /** Bytes as Java source: each byte as the Latin-1 character of that value, so runs compress too. */
  static String bytes(byte[] a) {
    return "(" + java(new String(a, java.nio.charset.StandardCharsets.ISO_8859_1))
        + ").getBytes(StandardCharsets.ISO_8859_1)";
  }
}
