package dev.calque.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import dev.calque.analysis.LineIndex;
import dev.calque.bitext.Bitext;
import dev.calque.bitext.Segment;
import dev.calque.rule.Finding;

/**
 * The findings on a bilingual document. Each finding names its segment; its span is in that
 * segment's target text and its source span, when it has one, in the segment's source text
 * (inline codes masked in both, as rules saw them).
 *
 * @param sourceLanguage the source language used (the file's, or the user's)
 * @param language the target language used
 */
public record BitextResult(Bitext bitext, String sourceLanguage, String language, int words,
    List<Finding> findings, List<String> notes) {

  public BitextResult {
    findings = List.copyOf(findings);
    notes = List.copyOf(notes);
  }

  public String path() {
    return bitext.label();
  }

  /**
   * A finding with what reports show of it: its segment, the texts its spans are in, and the line
   * and column in the file where its target span starts.
   */
  public record Located(Finding finding, Segment segment, int line, int column) {
    /** The finding's text in the translation. */
    public String text() {
      return segment.target().text().substring(finding.start(), finding.end());
    }

    /** The source span's text, or null when the finding has no source span. */
    public String sourceText() {
      return finding.source() == null ? null : segment.source().text().substring(finding.source().start(),
          finding.source().end());
    }
  }

  /** The findings, in order, located in their segments and the file. */
  public List<Located> located() {
    Map<String, Segment> byId = new HashMap<>();
    for (Segment s : bitext.segments()) {
      byId.put(s.id(), s);
    }
    LineIndex lines = new LineIndex(bitext.text());
    List<Located> out = new java.util.ArrayList<>(findings.size());
    for (Finding f : findings) {
      Segment seg = byId.get(f.segment());
      int raw = seg.target().rawStart(Math.min(f.start(), seg.target().text().length()));
      out.add(new Located(f, seg, lines.line(raw), lines.column(raw)));
    }
    return out;
  }

  /** The same MQM score per 1,000 words as a monolingual document's. */
  public double mqmScore() {
    return new DocumentResult(path(), "", new LineIndex(""), language, sourceLanguage, words, findings, notes)
        .mqmScore();
  }
}
