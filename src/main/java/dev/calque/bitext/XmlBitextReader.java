package dev.calque.bitext;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import dev.calque.io.InputException;

/**
 * Reads XLIFF 1.2, XLIFF 2.0/2.1 and TMX 1.4 into segments. Units marked translate="no" and
 * segments without a translation are skipped, and the notes say how many; inline codes are
 * masked ({@link InlineReader}).
 */
final class XmlBitextReader {
  private final String label;
  private final XmlTree tree;
  private final List<Segment> segments = new ArrayList<>();
  private final Set<String> ids = new LinkedHashSet<>();
  private int notTranslatable;
  private int untranslatedYet;
  private String sourceLanguage;
  private String targetLanguage;
  private final List<String> notes = new ArrayList<>();

  private XmlBitextReader(String label, XmlTree tree) {
    this.label = label;
    this.tree = tree;
  }

  static Bitext read(String label, String text, BitextFormat format) throws InputException {
    XmlGuard.check(label, text);
    XmlTree tree = XmlTree.parse(text);
    XmlBitextReader r = new XmlBitextReader(label, tree);
    String root = tree.root.local();
    switch (format) {
      case XLIFF12, XLIFF2 -> {
        if (!root.equals("xliff")) {
          throw new InputException(label + ": not XLIFF: the root element is <" + tree.root.name + ">");
        }
        if (format == BitextFormat.XLIFF12) {
          r.xliff12(tree.root);
        } else {
          r.xliff2(tree.root);
        }
      }
      case TMX -> {
        if (!root.equals("tmx")) {
          throw new InputException(label + ": not TMX: the root element is <" + tree.root.name + ">");
        }
        r.tmx(tree.root);
      }
      default -> throw new IllegalArgumentException(format + " is not XML");
    }
    if (r.notTranslatable > 0) {
      r.notes.add(r.notTranslatable + " unit" + (r.notTranslatable == 1 ? "" : "s")
          + " marked translate=\"no\" not checked");
    }
    if (r.untranslatedYet > 0) {
      r.notes.add(r.untranslatedYet + " segment" + (r.untranslatedYet == 1 ? "" : "s")
          + " without a translation yet not checked");
    }
    return new Bitext(label, format, r.sourceLanguage, r.targetLanguage, r.segments, text, r.notes, tree);
  }

  private void xliff12(XmlTree.Element xliff) throws InputException {
    for (XmlTree.Element file : xliff.children("file")) {
      language(file.attr("source-language"), file.attr("target-language"));
      XmlTree.Element body = file.child("body");
      if (body != null) {
        units12(body, false);
      }
    }
  }

  private void units12(XmlTree.Element parent, boolean noTranslate) throws InputException {
    for (XmlTree.Node n : parent.children) {
      if (!(n instanceof XmlTree.Element e)) {
        continue;
      }
      boolean no = noTranslate || "no".equals(e.attr("translate"));
      if (e.local().equals("group")) {
        units12(e, no);
      } else if (e.local().equals("trans-unit")) {
        if (no) {
          notTranslatable++;
          continue;
        }
        XmlTree.Element target = e.child("target");
        List<String> unitNotes = notes(e);
        String state = target == null ? null : target.attr("state");
        List<XmlTree.Element> sourceSegs = segs(e.child("seg-source"));
        List<XmlTree.Element> targetSegs = segs(target);
        if (!sourceSegs.isEmpty() && !targetSegs.isEmpty()) {
          // Segmented by a CAT tool: seg-source and target hold <mrk mtype="seg" mid="…">, paired by mid.
          for (XmlTree.Element ss : sourceSegs) {
            XmlTree.Element ts = null;
            for (XmlTree.Element t : targetSegs) {
              ts = ts == null && t.attr("mid") != null && t.attr("mid").equals(ss.attr("mid")) ? t : ts;
            }
            add(e.attr("id") + "/" + ss.attr("mid"), ss, ts, state, unitNotes, InlineReader.XLIFF12, e.contentEnd);
          }
          continue;
        }
        // Stand-off issues go last in the trans-unit, where XLIFF 1.2 admits other namespaces.
        add(e.attr("id"), e.child("source"), target, state, unitNotes, InlineReader.XLIFF12, e.contentEnd);
      }
    }
  }

  private void xliff2(XmlTree.Element xliff) throws InputException {
    language(xliff.attr("srcLang"), xliff.attr("trgLang"));
    for (XmlTree.Element file : xliff.children("file")) {
      units2(file, "no".equals(file.attr("translate")));
    }
  }

  private void units2(XmlTree.Element parent, boolean noTranslate) throws InputException {
    for (XmlTree.Node n : parent.children) {
      if (!(n instanceof XmlTree.Element e)) {
        continue;
      }
      boolean no = noTranslate ? !"yes".equals(e.attr("translate")) : "no".equals(e.attr("translate"));
      if (e.local().equals("group")) {
        units2(e, no);
      } else if (e.local().equals("unit")) {
        if (no) {
          notTranslatable++;
          continue;
        }
        XmlTree.Element notesEl = e.child("notes");
        List<String> unitNotes = notesEl == null ? List.of() : notes(notesEl);
        List<XmlTree.Element> segs = e.children("segment");
        int anchor = standoffPlace(e);
        for (int i = 0; i < segs.size(); i++) {
          XmlTree.Element s = segs.get(i);
          String sid = s.attr("id") != null ? s.attr("id") : String.valueOf(i + 1);
          String id = segs.size() == 1 ? e.attr("id") : e.attr("id") + "/" + sid;
          add(id, s.child("source"), s.child("target"), s.attr("state"), unitNotes, InlineReader.XLIFF2, anchor);
        }
      }
    }
  }

  private void tmx(XmlTree.Element tmx) throws InputException {
    XmlTree.Element header = tmx.child("header");
    String src = header == null ? null : header.attr("srclang");
    if ("*all*".equalsIgnoreCase(src)) {
      src = null;
    }
    XmlTree.Element body = tmx.child("body");
    int index = 0;
    Set<String> otherTargets = new LinkedHashSet<>();
    for (XmlTree.Element tu : body == null ? List.<XmlTree.Element>of() : body.children("tu")) {
      index++;
      List<XmlTree.Element> tuvs = tu.children("tuv");
      XmlTree.Element source = null;
      XmlTree.Element target = null;
      for (XmlTree.Element tuv : tuvs) {
        String lang = lang(tuv);
        if (source == null && (src == null || sameLanguage(lang, src))) {
          source = tuv;
          src = src == null ? lang : src;
        } else if (target == null && (targetLanguage == null || sameLanguage(lang, targetLanguage))) {
          target = tuv;
          targetLanguage = lang;
        } else if (!sameLanguage(lang, src) && !sameLanguage(lang, targetLanguage)) {
          otherTargets.add(lang);
        }
      }
      List<String> tuNotes = notes(tu);
      String id = tu.attr("tuid") != null ? tu.attr("tuid") : String.valueOf(index);
      add(id, source == null ? null : source.child("seg"), target == null ? null : target.child("seg"), null, tuNotes,
          InlineReader.TMX, -1);
    }
    sourceLanguage = src;
    if (!otherTargets.isEmpty()) {
      notes.add("translations into " + String.join(", ", otherTargets) + " not checked (only " + targetLanguage
          + ", the first target language found)");
    }
  }

  /**
   * Where an XLIFF 2 unit admits module elements such as its:locQualityIssues: before its notes,
   * original data and segments.
   */
  private static int standoffPlace(XmlTree.Element unit) {
    for (XmlTree.Node n : unit.children) {
      if (n instanceof XmlTree.Element c && java.util.Set.of("notes", "originalData", "segment", "ignorable")
          .contains(c.local())) {
        return c.start;
      }
    }
    return unit.contentEnd;
  }

  /** The segment markers of XLIFF 1.2 segmented content (mrk mtype="seg"), in order. */
  private static List<XmlTree.Element> segs(XmlTree.Element content) {
    List<XmlTree.Element> out = new ArrayList<>();
    if (content != null) {
      for (XmlTree.Element m : content.children("mrk")) {
        if ("seg".equals(m.attr("mtype"))) {
          out.add(m);
        }
      }
    }
    return out;
  }

  /** The text of the note children of an element. */
  private static List<String> notes(XmlTree.Element parent) {
    List<String> out = new ArrayList<>();
    for (XmlTree.Element note : parent.children("note")) {
      out.add(note.text().strip());
    }
    return out;
  }

  private static String lang(XmlTree.Element tuv) {
    String l = tuv.attr("xml:lang");
    return l != null ? l : tuv.attr("lang");
  }

  private static boolean sameLanguage(String a, String b) {
    return a != null && b != null && a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
  }

  private void language(String source, String target) {
    if (sourceLanguage == null) {
      sourceLanguage = source;
    }
    if (targetLanguage == null) {
      targetLanguage = target;
    }
  }

  private void add(String id, XmlTree.Element source, XmlTree.Element target, String state, List<String> segNotes,
      InlineReader inline, int anchor) throws InputException {
    if (id == null || id.isEmpty()) {
      id = String.valueOf(segments.size() + untranslatedYet + 1);
    }
    // Ids are unique per <file> only: a repeated one gets a suffix so findings still point at one segment.
    String unique = id;
    for (int n = 2; !ids.add(unique); n++) {
      unique = id + "#" + n;
    }
    id = unique;
    if (source == null) {
      return;
    }
    SegmentText t = target == null ? null : inline.read(target);
    if (t == null || t.text().isBlank()) {
      untranslatedYet++;
      return;
    }
    segments.add(new Segment(id, inline.read(source), t, state, segNotes, anchor));
  }
}
