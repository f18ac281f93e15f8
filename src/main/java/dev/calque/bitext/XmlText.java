package dev.calque.bitext;

/** Text made safe to write into XML, as element content or as an attribute value in double quotes. */
public final class XmlText {
  private XmlText() {
  }

  public static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\n' -> b.append("&#10;");
        case '\r' -> b.append("&#13;");
        case '\t' -> b.append("&#9;");
        default -> {
          if (c < 0x20 || c == '\uFFFE' || c == '\uFFFF') {
            b.append(' '); // not allowed in XML 1.0 even as a reference
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
