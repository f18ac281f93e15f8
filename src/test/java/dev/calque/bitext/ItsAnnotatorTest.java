package dev.calque.bitext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.sf.okapi.lib.xliff2.core.Fragment;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import org.junit.jupiter.api.Test;
import dev.calque.bilingual.BilingualChecker;
import dev.calque.bilingual.BilingualContext;
import dev.calque.rule.Finding;
import dev.calque.rule.RuleRef;
import dev.calque.rule.Severity;
import dev.calque.rule.Span;

/**
 * ITS annotations written into XLIFF: well-formed, read back by an independent library, in the
 * places ITS and XLIFF define, and removable to give back the original bytes.
 */
class ItsAnnotatorTest {
  private static List<Finding> findings(Bitext b) {
    List<Finding> out = new ArrayList<>();
    for (dev.calque.bitext.Segment s : b.segments()) {
      out.addAll(BilingualChecker.bundled().check(BilingualContext.of(s.id(), s.source().text(), b.sourceLanguage(),
          s.target().text(), b.targetLanguage()).with(new BilingualContext.Extras(s.source().codes(),
          s.target().codes(), null))));
    }
    return out;
  }

  /** Our markers and stand-off blocks taken out again, as a reviewer's tool would. */
  static String strip(String annotated) {
    XmlTree t = XmlTree.parse(annotated);
    List<int[]> cuts = new ArrayList<>();
    collect(t.root, cuts);
    cuts.sort(Comparator.comparingInt((int[] c) -> c[0]).reversed());
    StringBuilder b = new StringBuilder(annotated);
    for (int[] c : cuts) {
      b.delete(c[0], c[1]);
    }
    String out = b.toString();
    int rootEnd = out.indexOf('>', out.indexOf("<xliff"));
    String rootTag = out.substring(0, rootEnd).replace(" xmlns:its=\"" + ItsAnnotator.ITS_NS + "\"", "")
        .replace(" its:version=\"2.0\"", "");
    return rootTag + out.substring(rootEnd);
  }

  private static void collect(XmlTree.Element e, List<int[]> cuts) {
    boolean ours = e.local().equals("mrk") && ("x-its".equals(e.attr("mtype")) || String.valueOf(e.attr("id"))
        .startsWith(ItsAnnotator.ID_PREFIX));
    if (e.name.equals("its:locQualityIssues") && e.attr("xml:id").startsWith(ItsAnnotator.ID_PREFIX)) {
      cuts.add(new int[] {e.start, e.end});
      return;
    }
    if (ours) {
      cuts.add(new int[] {e.start, e.contentStart});
      cuts.add(new int[] {e.contentEnd, e.end});
    }
    for (XmlTree.Node n : e.children) {
      if (n instanceof XmlTree.Element c) {
        collect(c, cuts);
      }
    }
  }

  @Test
  void xliff12GetsLocalMarkersAndStripsBackToTheOriginalBytes() throws Exception {
    String original = BitextReaderTest.fixture("job12.xlf");
    Bitext b = BitextReader.read("job12.xlf", original, null);
    List<Finding> found = findings(b);
    assertFalse(found.isEmpty());
    String out = ItsAnnotator.annotate(b, found);
    assertNotEquals(original, out);
    XmlGuard.check("out", out);
    assertTrue(out.contains("<mrk mtype=\"x-its\" its:locQualityIssueType=\"numbers\""), out);
    assertTrue(out.contains("its:locQualityIssueSeverity=\"70\""), out);
    assertEquals(original, strip(out));
    Bitext again = BitextReader.read("out", out, null);
    assertEquals(b.segments().get(0).target().text(), again.segments().get(0).target().text(),
        "markers wrap text, they do not change it");
  }

  @Test
  void xliff2GetsStandOffIssuesThatOkapiReadsBack() throws Exception {
    String original = BitextReaderTest.fixture("job20.xlf");
    Bitext b = BitextReader.read("job20.xlf", original, null);
    List<Finding> found = findings(b);
    String out = ItsAnnotator.annotate(b, found);
    XmlGuard.check("out", out);
    assertTrue(out.contains("type=\"its:generic\" its:locQualityIssuesRef=\"#its=calque-lqi-"), out);
    assertEquals(original, strip(out));
    List<String> targets = okapiTargets(out);
    assertEquals(okapiTargets(original).size(), targets.size());
    assertTrue(targets.get(0).contains("25.000"), targets.toString());
  }

  @Test
  void findingsThatCannotBeWrappedGoStandOffAroundTheWholeTarget() throws Exception {
    String original = BitextReaderTest.fixture("job12.xlf");
    Bitext b = BitextReader.read("job12.xlf", original, null);
    dev.calque.bitext.Segment u1 = b.segments().get(0);
    String t = u1.target().text();
    int march = t.indexOf("March");
    // Two crossing spans, and one that crosses the <g> element's boundary.
    List<Finding> found = List.of(finding("u1", 0, 11), finding("u1", 5, 20), finding("u1", march - 3, march + 2),
        finding("u1", 3, 3));
    String out = ItsAnnotator.annotate(b, found);
    XmlGuard.check("out", out);
    assertTrue(out.contains("<its:locQualityIssues xml:id=\"calque-lqi-"), out);
    assertEquals(original, strip(out));
    for (String v2 : List.of("job20.xlf")) {
      Bitext b2 = BitextReader.read(v2, BitextReaderTest.fixture(v2), null);
      String out2 = ItsAnnotator.annotate(b2, List.of(finding("u1/s1", 0, 11), finding("u1/s1", 5, 20),
          finding("u1/s2", 2, 2)));
      XmlGuard.check("out2", out2);
      assertEquals(BitextReaderTest.fixture(v2), strip(out2));
      assertEquals(okapiTargets(BitextReaderTest.fixture(v2)).size(), okapiTargets(out2).size());
    }
  }

  @Test
  void segmentMarkersOfXliff12TakeAnnotationsInside() throws Exception {
    String original = BitextReaderTest.fixture("segmented12.xlf");
    Bitext b = BitextReader.read("s.xlf", original, null);
    List<Finding> found = findings(b);
    assertEquals(List.of("7/2"), found.stream().map(Finding::segment).distinct().toList(), found.toString());
    String out = ItsAnnotator.annotate(b, found);
    XmlGuard.check("out", out);
    assertTrue(out.contains("<mrk mtype=\"seg\" mid=\"2\"><mrk mtype=\"x-its\""), out);
    assertEquals(original, strip(out));
  }

  @Test
  void noFindingsLeaveTheFileUntouched() throws Exception {
    String original = BitextReaderTest.fixture("job20.xlf");
    assertEquals(original, ItsAnnotator.annotate(BitextReader.read("j", original, null), List.of()));
  }

  private static Finding finding(String segment, int start, int end) {
    return Finding.of(RuleRef.of("test.rule", "accuracy/omission")).severity(Severity.MINOR).span(start, end)
        .message("A \"test\" finding <with> markup & more.").confidence(0.9).source(new Span(0, 0)).segment(segment)
        .build();
  }

  /** Target texts as Okapi's XLIFF 2 reader sees them (codes and markers as Okapi writes them). */
  static List<String> okapiTargets(String xliff) {
    List<String> out = new ArrayList<>();
    try (XLIFFReader r = new XLIFFReader()) {
      r.open(new ByteArrayInputStream(xliff.getBytes(StandardCharsets.UTF_8)));
      while (r.hasNext()) {
        Event e = r.next();
        if (e.isUnit()) {
          Unit u = e.getUnit();
          for (Segment s : u.getSegments()) {
            Fragment f = s.getTarget();
            out.add(f == null ? "" : f.getPlainText());
          }
        }
      }
    }
    return out;
  }
}
