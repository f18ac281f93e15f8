package dev.calque.bitext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A well-formed XML document (checked by {@link XmlGuard} first) read into a light tree that
 * remembers where every node lies in the text as read, so annotations and corrections can be
 * written into the original by inserting or replacing exact ranges while every other byte stays
 * as it was. Comments and processing instructions are kept in the text but not in the tree.
 */
final class XmlTree {
  /** A node's range [start, end) in the document text. */
  abstract static sealed class Node permits Element, Text {
    int start;
    int end;
  }

  /** An element: its qualified name, its attributes (values decoded), and where its tags lie. */
  static final class Element extends Node {
    final String name;
    final Map<String, String> attributes;
    /** End of the start tag (after '>'); where content begins. */
    int contentStart;
    /** Start of the end tag ("</"); equals end for an empty element written "<x/>". */
    int contentEnd;
    boolean selfClosing;
    final List<Node> children = new ArrayList<>();

    Element(String name, Map<String, String> attributes) {
      this.name = name;
      this.attributes = attributes;
    }

    /** The local name ("target" for "xliff:target"). */
    String local() {
      int c = name.indexOf(':');
      return c < 0 ? name : name.substring(c + 1);
    }

    String attr(String key) {
      return attributes.get(key);
    }

    /** The first child element with this local name, or null. */
    Element child(String local) {
      for (Node n : children) {
        if (n instanceof Element e && e.local().equals(local)) {
          return e;
        }
      }
      return null;
    }

    List<Element> children(String local) {
      List<Element> out = new ArrayList<>();
      for (Node n : children) {
        if (n instanceof Element e && e.local().equals(local)) {
          out.add(e);
        }
      }
      return out;
    }

    /** All text below, decoded (for notes and glossary terms, where positions do not matter). */
    String text() {
      StringBuilder b = new StringBuilder();
      for (Node n : children) {
        if (n instanceof Text t) {
          b.append(t.decoded);
        } else {
          b.append(((Element) n).text());
        }
      }
      return b.toString();
    }
  }

  /**
   * Character data: a run of text and references, or a CDATA section. {@code rawStarts[i]} is
   * where the i-th decoded character starts in the document ("&amp;" is one character five long).
   */
  static final class Text extends Node {
    final String decoded;
    final int[] rawStarts;

    Text(String decoded, int[] rawStarts) {
      this.decoded = decoded;
      this.rawStarts = rawStarts;
    }

    /** Where decoded character i starts in the document; i == length gives the node's end. */
    int raw(int i) {
      return i < decoded.length() ? rawStarts[i] : end;
    }
  }

  final String xml;
  final Element root;

  private XmlTree(String xml, Element root) {
    this.xml = xml;
    this.root = root;
  }

  /** Reads a document XmlGuard has accepted (no DTD, well-formed, only XML's own entities). */
  static XmlTree parse(String xml) {
    return new Parser(xml).document();
  }

  private static final class Parser {
    private final String s;
    private int i;

    Parser(String s) {
      this.s = s;
    }

    XmlTree document() {
      Element root = null;
      List<Element> stack = new ArrayList<>();
      while (i < s.length()) {
        if (s.charAt(i) != '<') {
          int from = i;
          int lt = s.indexOf('<', i);
          i = lt < 0 ? s.length() : lt;
          if (!stack.isEmpty()) {
            stack.get(stack.size() - 1).children.add(text(from, i));
          }
        } else if (s.startsWith("<!--", i)) {
          i = s.indexOf("-->", i + 4) + 3;
        } else if (s.startsWith("<?", i)) {
          i = s.indexOf("?>", i + 2) + 2;
        } else if (s.startsWith("<![CDATA[", i)) {
          int from = i + 9;
          int close = s.indexOf("]]>", from);
          int[] raw = new int[close - from];
          for (int k = 0; k < raw.length; k++) {
            raw[k] = from + k;
          }
          Text t = new Text(s.substring(from, close), raw);
          t.start = i;
          t.end = close + 3;
          i = t.end;
          stack.get(stack.size() - 1).children.add(t);
        } else if (s.startsWith("</", i)) {
          Element e = stack.remove(stack.size() - 1);
          e.contentEnd = i;
          i = s.indexOf('>', i) + 1;
          e.end = i;
        } else {
          Element e = startTag();
          if (stack.isEmpty()) {
            root = e;
          } else {
            stack.get(stack.size() - 1).children.add(e);
          }
          if (!e.selfClosing) {
            stack.add(e);
          }
        }
      }
      return new XmlTree(s, root);
    }

    private Element startTag() {
      int start = i;
      i++;
      int nameEnd = i;
      while (!isSpace(s.charAt(nameEnd)) && s.charAt(nameEnd) != '>' && s.charAt(nameEnd) != '/') {
        nameEnd++;
      }
      String name = s.substring(i, nameEnd);
      i = nameEnd;
      Map<String, String> attrs = new LinkedHashMap<>();
      while (true) {
        while (isSpace(s.charAt(i))) {
          i++;
        }
        char c = s.charAt(i);
        if (c == '>' || c == '/') {
          break;
        }
        int eq = s.indexOf('=', i);
        String key = s.substring(i, eq).strip();
        int q = eq + 1;
        while (isSpace(s.charAt(q))) {
          q++;
        }
        char quote = s.charAt(q);
        int close = s.indexOf(quote, q + 1);
        attrs.put(key, text(q + 1, close).decoded);
        i = close + 1;
      }
      Element e = new Element(name, attrs);
      e.start = start;
      e.selfClosing = s.charAt(i) == '/';
      i = s.indexOf('>', i) + 1;
      e.contentStart = i;
      if (e.selfClosing) {
        e.contentEnd = i;
        e.end = i;
      }
      return e;
    }

    /** Character data in [from, to), references decoded. */
    private Text text(int from, int to) {
      StringBuilder b = new StringBuilder(to - from);
      int[] raw = new int[to - from];
      int n = 0;
      for (int k = from; k < to; k++) {
        char c = s.charAt(k);
        if (c == '&') {
          int semi = s.indexOf(';', k);
          String ref = s.substring(k + 1, semi);
          String value = switch (ref) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> new String(Character.toChars(ref.startsWith("#x") ? Integer.parseInt(ref.substring(2), 16)
                : Integer.parseInt(ref.substring(1))));
          };
          for (int v = 0; v < value.length(); v++) {
            raw[n++] = k;
          }
          b.append(value);
          k = semi;
        } else {
          raw[n++] = k;
          b.append(c);
        }
      }
      Text t = new Text(b.toString(), java.util.Arrays.copyOf(raw, n));
      t.start = from;
      t.end = to;
      return t;
    }

    private static boolean isSpace(char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
  }
}
