package dev.calque.bitext;

import java.util.Set;

/**
 * Reads the content of a source or target element into a {@link SegmentText}, following one
 * format's inline vocabulary: elements whose content is native code (XLIFF 1.2's bpt or ph, TMX's
 * ut) and empty placeholders (x, ph in XLIFF 2) become one masked character; wrappers around
 * translatable text (g, pc, mrk, hi) mark where they open and close and their text is read.
 */
final class InlineReader {
  /** XLIFF 1.2: codes with native content, empty placeholders, wrappers. */
  static final InlineReader XLIFF12 = new InlineReader(Set.of("bpt", "ept", "it", "ph"), Set.of("x", "bx", "ex"),
      Set.of("g", "mrk"));
  /** XLIFF 2: placeholders and the halves of spanning codes and markers; pc and mrk wrap text. */
  static final InlineReader XLIFF2 = new InlineReader(Set.of(), Set.of("ph", "sc", "ec", "sm", "em"),
      Set.of("pc", "mrk"));
  /** TMX 1.4. */
  static final InlineReader TMX = new InlineReader(Set.of("bpt", "ept", "it", "ph", "ut"), Set.of(), Set.of("hi"));

  private final Set<String> nativeCode;
  private final Set<String> empty;
  private final Set<String> wrappers;

  private InlineReader(Set<String> nativeCode, Set<String> empty, Set<String> wrappers) {
    this.nativeCode = nativeCode;
    this.empty = empty;
    this.wrappers = wrappers;
  }

  SegmentText read(XmlTree.Element container) {
    SegmentText.Builder b = new SegmentText.Builder();
    read(container, b);
    return b.build(container.contentStart, container.contentEnd);
  }

  private void read(XmlTree.Element parent, SegmentText.Builder b) {
    for (XmlTree.Node n : parent.children) {
      if (n instanceof XmlTree.Text t) {
        for (int i = 0; i < t.decoded.length(); i++) {
          b.append(t.decoded.charAt(i), t.raw(i), t.raw(i + 1), parent);
        }
        continue;
      }
      XmlTree.Element e = (XmlTree.Element) n;
      String name = e.local();
      String id = id(e);
      if (name.equals("cp")) { // XLIFF 2 writes a character XML forbids as <cp hex="1B"/>
        String hex = e.attr("hex");
        int cp = hex == null ? SegmentText.MASK : Integer.parseInt(hex, 16);
        b.append(cp <= 0xFFFF ? (char) cp : SegmentText.MASK, e.start, e.end, parent);
      } else if (nativeCode.contains(name) || empty.contains(name)) {
        b.code(InlineCode.PLACEHOLDER, id, name, e.start, e.end, parent);
      } else if (wrappers.contains(name)) {
        b.code(InlineCode.OPEN, id, name, e.start, e.contentStart, parent);
        read(e, b);
        b.code(InlineCode.CLOSE, id, name, e.contentEnd, e.end, parent);
      } else {
        read(e, b); // an element the format does not define inline: its text is still text
      }
    }
  }

  /** The id that pairs a code across languages (XLIFF's id or rid, TMX's i or x). */
  private static String id(XmlTree.Element e) {
    for (String k : new String[] {"id", "startRef", "rid", "i", "x"}) {
      String v = e.attr(k);
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
