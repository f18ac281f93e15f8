package dev.calque.bitext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import dev.calque.io.InputException;

/**
 * Reads a glossary: TBX (TBX-Basic, the 2008 martif/termEntry/langSet/tig form, and TBX v3 Core,
 * conceptEntry/langSec/termSec), or CSV. In TBX a term whose administrativeStatus is deprecated or
 * superseded is forbidden in its language, any other is admitted. CSV has a header naming the
 * columns "source", "target" and optionally "forbidden" (or the two languages, "es,en"); a cell
 * may list alternatives separated by "|"; quotes follow RFC 4180.
 */
public final class GlossaryReader {
  private GlossaryReader() {
  }

  /** A glossary from its text, TBX when it is XML, else CSV. */
  public static Glossary read(String label, String text) throws InputException {
    String head = text.replace("\uFEFF", "").stripLeading();
    if (head.startsWith("<")) {
      return tbx(label, text);
    }
    return csv(label, text);
  }

  static Glossary tbx(String label, String text) throws InputException {
    XmlGuard.check(label, text);
    XmlTree tree = XmlTree.parse(text);
    String root = tree.root.local();
    if (!root.equals("martif") && !root.equals("tbx")) {
      throw new InputException(label + ": not TBX: the root element is <" + tree.root.name + ">");
    }
    List<Glossary.Entry> entries = new ArrayList<>();
    collect(tree.root, entries);
    return new Glossary(label, entries);
  }

  private static void collect(XmlTree.Element e, List<Glossary.Entry> out) {
    if (e.local().equals("termEntry") || e.local().equals("conceptEntry")) {
      Map<String, List<String>> admitted = new LinkedHashMap<>();
      Map<String, List<String>> forbidden = new LinkedHashMap<>();
      for (XmlTree.Element ls : e.children(e.local().equals("termEntry") ? "langSet" : "langSec")) {
        String lang = ls.attr("xml:lang");
        List<String[]> terms = new ArrayList<>();
        terms(ls, terms);
        for (String[] t : terms) {
          boolean banned = t[1] != null && (t[1].startsWith("deprecated") || t[1].startsWith("superseded"));
          (banned ? forbidden : admitted).computeIfAbsent(lang == null ? "" : lang, k -> new ArrayList<>()).add(t[0]);
        }
      }
      out.add(new Glossary.Entry(admitted, forbidden));
      return;
    }
    for (XmlTree.Node n : e.children) {
      if (n instanceof XmlTree.Element c) {
        collect(c, out);
      }
    }
  }

  /** Terms below a language section: {term, administrative status or null}. */
  private static void terms(XmlTree.Element e, List<String[]> out) {
    XmlTree.Element term = e.child("term");
    if (term != null) {
      String status = null;
      for (XmlTree.Node n : e.children) {
        if (n instanceof XmlTree.Element c && (c.local().equals("termNote") || c.local().equals("admin"))
            && "administrativeStatus".equals(c.attr("type"))) {
          status = c.text().strip();
        }
      }
      out.add(new String[] {term.text().strip(), status});
      return;
    }
    for (XmlTree.Node n : e.children) {
      if (n instanceof XmlTree.Element c) {
        terms(c, out);
      }
    }
  }

  static Glossary csv(String label, String text) throws InputException {
    List<List<String>> rows = CsvText.parse(label, text);
    if (rows.isEmpty()) {
      throw new InputException(label + ": an empty glossary");
    }
    List<String> header = rows.get(0);
    int src = -1;
    int tgt = -1;
    int ban = -1;
    String srcLang = null;
    String tgtLang = null;
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i).strip().toLowerCase(Locale.ROOT);
      if (h.equals("source") && src < 0) {
        src = i;
      } else if (h.equals("target") && tgt < 0) {
        tgt = i;
      } else if (h.equals("forbidden")) {
        ban = i;
      } else if (h.matches("[a-z]{2}(-[a-z0-9]{2,8})?") && src < 0) {
        src = i;
        srcLang = h;
      } else if (h.matches("[a-z]{2}(-[a-z0-9]{2,8})?") && tgt < 0) {
        tgt = i;
        tgtLang = h;
      }
    }
    if (src < 0 || tgt < 0) {
      throw new InputException(label + ":1: the header must name the columns source and target (and optionally "
          + "forbidden), or the two languages (es,en)");
    }
    String sourceKey = srcLang != null ? srcLang : Glossary.SOURCE;
    String targetKey = tgtLang != null ? tgtLang : Glossary.TARGET;
    List<Glossary.Entry> entries = new ArrayList<>();
    for (int r = 1; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      List<String> s = alternatives(cell(row, src));
      List<String> t = alternatives(cell(row, tgt));
      List<String> f = ban < 0 ? List.of() : alternatives(cell(row, ban));
      if ((!s.isEmpty() && !t.isEmpty()) || !f.isEmpty()) {
        entries.add(new Glossary.Entry(Map.of(sourceKey, s, targetKey, t), Map.of(targetKey, f)));
      } else if (!s.isEmpty() || !t.isEmpty()) {
        throw new InputException(label + ":" + (r + 1) + ": a term needs its translation (or a forbidden term)");
      }
    }
    return new Glossary(label, entries);
  }

  private static String cell(List<String> row, int i) {
    return i < row.size() ? row.get(i) : "";
  }

  private static List<String> alternatives(String cell) {
    List<String> out = new ArrayList<>();
    for (String a : cell.split("\\|")) {
      if (!a.isBlank()) {
        out.add(a.strip());
      }
    }
    return out;
  }
}
