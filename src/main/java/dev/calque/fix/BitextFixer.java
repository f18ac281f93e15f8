package dev.calque.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.calque.bitext.Bitext;
import dev.calque.bitext.Segment;
import dev.calque.bitext.SegmentText;
import dev.calque.bitext.XmlText;
import dev.calque.rule.Finding;

/**
 * Applies confident corrections to the translations of a bilingual file and leaves every other
 * byte alone: each segment's edits are chosen as {@link Fixer} chooses them, then written over the
 * characters they replace in the file (XML-escaped in XLIFF and TMX). An edit that would cut
 * through an inline tag, or put a tab or line break into a tab-separated line, is not made.
 */
public final class BitextFixer {
  private BitextFixer() {
  }

  /** The file's corrected text; edits are in the file's offsets, in order. */
  public static Fixer.Result apply(Bitext doc, List<Finding> findings, double threshold) {
    Map<String, List<Finding>> bySegment = new LinkedHashMap<>();
    for (Finding f : findings) {
      bySegment.computeIfAbsent(f.segment(), k -> new ArrayList<>()).add(f);
    }
    boolean xml = doc.tree() != null;
    List<Fixer.Edit> raw = new ArrayList<>();
    for (Segment s : doc.segments()) {
      List<Finding> own = bySegment.get(s.id());
      if (own == null) {
        continue;
      }
      SegmentText t = s.target();
      for (Fixer.Edit e : Fixer.apply(t.text(), own, threshold).edits()) {
        if (!safe(t, e, xml)) {
          continue;
        }
        int from = t.rawStart(e.start());
        int to = e.start() == e.end() ? from : t.rawEnd(e.end());
        raw.add(new Fixer.Edit(from, to, xml ? XmlText.escape(e.replacement()) : e.replacement(), e.finding()));
      }
    }
    raw.sort(Comparator.comparingInt(Fixer.Edit::start));
    String text = doc.text();
    StringBuilder b = new StringBuilder(text.length());
    int pos = 0;
    for (Fixer.Edit e : raw) {
      b.append(text, pos, e.start()).append(e.replacement());
      pos = e.end();
    }
    b.append(text, pos, text.length());
    return new Fixer.Result(b.toString(), List.copyOf(raw));
  }

  private static boolean safe(SegmentText t, Fixer.Edit e, boolean xml) {
    if (e.replacement().indexOf(SegmentText.MASK) >= 0 || t.text().substring(e.start(), e.end())
        .indexOf(SegmentText.MASK) >= 0) {
      return false;
    }
    if (!xml && (e.replacement().contains("\t") || e.replacement().contains("\n") || e.replacement().contains("\r"))) {
      return false;
    }
    return e.start() == e.end() || t.wrappable(e.start(), e.end());
  }
}
