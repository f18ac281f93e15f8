package dev.calque.bitext;

import java.io.StringReader;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import dev.calque.io.InputException;

/**
 * Refuses XML that could hurt or mislead before anything reads it: a document type declaration
 * (the door to external entities, which read local files or URLs, and to entity-expansion bombs) is
 * refused outright, and the rest must be well-formed by the JDK's own StAX parser, configured with
 * DTDs and external entities off as a second lock. Every refusal is one line naming the file, with
 * line:column for malformed XML.
 */
final class XmlGuard {
  private XmlGuard() {
  }

  static void check(String label, String xml) throws InputException {
    int doctype = doctype(xml);
    if (doctype >= 0) {
      Position p = Position.of(xml, doctype);
      throw new InputException(label + ":" + p + ": refused: a document type declaration (<!DOCTYPE>) can read "
          + "local files or expand without end; XLIFF, TMX and TBX need none");
    }
    // The JDK's implementation, not whichever StAX provider is on the classpath: its hardening is known.
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    XMLStreamReader r = null;
    try {
      r = f.createXMLStreamReader(new StringReader(xml));
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.DTD) {
          throw new InputException(label + ": refused: a document type declaration");
        }
        if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
          Location l = r.getLocation();
          throw new InputException(label + ":" + l.getLineNumber() + ":" + l.getColumnNumber()
              + ": refused: the entity '&" + r.getLocalName() + ";' is not one of XML's five");
        }
      }
    } catch (XMLStreamException e) {
      Location l = e.getLocation();
      String where = l == null ? "" : ":" + l.getLineNumber() + ":" + l.getColumnNumber();
      throw new InputException(label + where + ": not well-formed XML: " + reason(e));
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // nothing was held open: the input is a string
        }
      }
    }
  }

  /** The parser's reason without its "ParseError at [row,col]:" preamble. */
  private static String reason(XMLStreamException e) {
    String m = dev.calque.util.Messages.firstLine(e);
    String full = e.getMessage() == null ? m : e.getMessage();
    int msg = full.indexOf("Message: ");
    String r = msg >= 0 ? full.substring(msg + 9) : m;
    return r.replace('\n', ' ').strip();
  }

  /** Where "<!DOCTYPE" starts outside comments and processing instructions of the prolog, or -1. */
  static int doctype(String xml) {
    int i = 0;
    while (i < xml.length()) {
      int lt = xml.indexOf('<', i);
      if (lt < 0) {
        return -1;
      }
      if (xml.startsWith("<!--", lt)) {
        int end = xml.indexOf("-->", lt + 4);
        i = end < 0 ? xml.length() : end + 3;
      } else if (xml.startsWith("<?", lt)) {
        int end = xml.indexOf("?>", lt + 2);
        i = end < 0 ? xml.length() : end + 2;
      } else if (xml.regionMatches(true, lt, "<!DOCTYPE", 0, 9)) {
        return lt;
      } else {
        return -1; // the root element: a DTD can only come before it
      }
    }
    return -1;
  }

  /** A 1-based line and column in the text. */
  record Position(int line, int column) {
    static Position of(String text, int offset) {
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < offset; i++) {
        if (text.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      return new Position(line, offset - lineStart + 1);
    }

    @Override
    public String toString() {
      return line + ":" + column;
    }
  }
}
