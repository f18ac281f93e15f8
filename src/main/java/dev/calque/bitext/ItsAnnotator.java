package dev.calque.bitext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.calque.rule.Finding;
import dev.calque.rule.Span;

/**
 * Writes findings into the XLIFF they were found in, as ITS 2.0 Localization Quality Issue
 * annotations, and leaves every other byte as it was. A finding on a span that markup can wrap
 * gets a marker around it (XLIFF 1.2: {@code <mrk mtype="x-its">} with local its: attributes;
 * XLIFF 2: {@code <mrk type="its:generic" its:locQualityIssuesRef="#its=...">} pointing at a
 * stand-off {@code its:locQualityIssues} in the unit). Findings that cannot be wrapped (a point, a
 * span crossing a tag or another marker) go into a stand-off block referenced by one marker around
 * the whole target. Every marker id and stand-off id starts with {@link #ID_PREFIX}.
 */
public final class ItsAnnotator {
  public static final String ID_PREFIX = "calque-";
  public static final String ITS_NS = "http://www.w3.org/2005/11/its";

  /** Text inserted at an offset; opens sort outer first, closes inner first. */
  private record Insert(int at, boolean close, int other, int seq, String text) {
  }

  private final List<Insert> inserts = new ArrayList<>();
  private final Map<Integer, StringBuilder> standoff = new LinkedHashMap<>();
  private final boolean v2;
  private int next = 1;

  private ItsAnnotator(boolean v2) {
    this.v2 = v2;
  }

  /**
   * The file's text with the findings annotated; findings name their segments and hold spans in
   * the segments' target texts.
   */
  public static String annotate(Bitext doc, List<Finding> findings) {
    if (!doc.format().isXliff()) {
      throw new IllegalArgumentException(doc.label() + " is " + doc.format().label() + ", not XLIFF");
    }
    ItsAnnotator a = new ItsAnnotator(doc.format() == BitextFormat.XLIFF2);
    Map<String, List<Finding>> bySegment = new LinkedHashMap<>();
    for (Finding f : findings) {
      bySegment.computeIfAbsent(f.segment(), k -> new ArrayList<>()).add(f);
    }
    for (Segment s : doc.segments()) {
      List<Finding> own = bySegment.get(s.id());
      if (own != null) {
        a.segment(s, own);
      }
    }
    if (a.inserts.isEmpty()) {
      return doc.text();
    }
    a.namespace(doc.tree());
    a.standoff.forEach((at, block) -> a.inserts.add(new Insert(at, false, Integer.MAX_VALUE, 0, block.toString())));
    return a.apply(doc.text());
  }

  private void segment(Segment s, List<Finding> findings) {
    SegmentText t = s.target();
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Comparator.comparingInt(Finding::start).thenComparing(Comparator.comparingInt(Finding::end)
        .reversed()));
    List<Span> placed = new ArrayList<>();
    List<Finding> rest = new ArrayList<>();
    for (Finding f : sorted) {
      Span sp = f.span();
      boolean ok = t.wrappable(sp.start(), sp.end()) && placed.stream().noneMatch(p -> crosses(p, sp));
      if (ok) {
        placed.add(sp);
        wrap(t.rawStart(sp.start()), t.rawEnd(sp.end()), List.of(f), s.anchor());
      } else {
        rest.add(f);
      }
    }
    if (!rest.isEmpty()) {
      wrap(t.contentStart(), t.contentEnd(), rest, s.anchor());
    }
  }

  private static boolean crosses(Span a, Span b) {
    boolean nested = (a.start() <= b.start() && b.end() <= a.end()) || (b.start() <= a.start() && a.end() <= b.end());
    return a.overlaps(b) && !nested;
  }

  /** A marker over [from, to) of the file for these findings (one with local attributes in XLIFF 1.2). */
  private void wrap(int from, int to, List<Finding> findings, int anchor) {
    int n = next++;
    String open;
    if (!v2 && findings.size() == 1) {
      open = "<mrk mtype=\"x-its\"" + attributes(findings.get(0), "its:") + ">";
    } else {
      String id = ID_PREFIX + "lqi-" + n;
      StringBuilder block = standoff.computeIfAbsent(anchor < 0 ? to : anchor, k -> new StringBuilder());
      block.append("<its:locQualityIssues xml:id=\"").append(id).append("\">");
      for (Finding f : findings) {
        block.append("<its:locQualityIssue").append(attributes(f, "")).append("/>");
      }
      block.append("</its:locQualityIssues>");
      open = v2 ? "<mrk id=\"" + ID_PREFIX + n + "\" type=\"its:generic\" its:locQualityIssuesRef=\"#its=" + id + "\">"
          : "<mrk mtype=\"x-its\" its:locQualityIssuesRef=\"#" + id + "\">";
    }
    inserts.add(new Insert(from, false, to, n, open));
    inserts.add(new Insert(to, true, from, n, "</mrk>"));
  }

  private static String attributes(Finding f, String prefix) {
    String comment = f.message() + (f.best() == null ? "" : " Suggestion: "
        + (f.best().replacement().isEmpty() ? "(delete)" : f.best().replacement()) + ".");
    return " " + prefix + "locQualityIssueType=\"" + ItsIssueType.of(f) + "\" " + prefix
        + "locQualityIssueComment=\"" + XmlText.escape(comment) + "\" " + prefix + "locQualityIssueSeverity=\""
        + ItsIssueType.severity(f.severity()) + "\" " + prefix + "locQualityIssueProfileRef=\"calque:" + XmlText.escape(
        f.ruleId()) + "\"";
  }

  /** Declares the its: prefix on the root unless the file already does (XLIFF 1.2 also needs its:version). */
  private void namespace(XmlTree tree) {
    XmlTree.Element root = tree.root;
    StringBuilder b = new StringBuilder();
    if (!root.attributes.containsKey("xmlns:its")) {
      b.append(" xmlns:its=\"").append(ITS_NS).append('"');
    }
    if (!v2 && !root.attributes.containsKey("its:version")) {
      b.append(" its:version=\"2.0\"");
    }
    if (b.length() > 0) {
      int at = root.contentStart - (root.selfClosing ? 2 : 1);
      inserts.add(new Insert(at, false, Integer.MAX_VALUE, -1, b.toString()));
    }
  }

  private String apply(String text) {
    inserts.sort(Comparator.comparingInt(Insert::at).thenComparing(i -> !i.close())
        .thenComparing((a, b) -> a.close() ? Integer.compare(b.other(), a.other()) : Integer.compare(b.other(),
            a.other()))
        .thenComparing((a, b) -> a.close() ? Integer.compare(b.seq(), a.seq()) : Integer.compare(a.seq(), b.seq())));
    StringBuilder out = new StringBuilder(text.length() + inserts.size() * 80);
    int at = 0;
    for (Insert i : inserts) {
      out.append(text, at, i.at()).append(i.text());
      at = i.at();
    }
    return out.append(text, at, text.length()).toString();
  }
}
