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

  /** The segments by id. */
  public Map<String, Segment> segments() {
    Map<String, Segment> out = new HashMap<>();
    for (Segment s : bitext.segments()) {
      out.put(s.id(), s);
    }
    return out;
  }

  /** Where a finding's target span starts in the file holding the targets. */
  public int fileOffset(Segment segment, Finding f) {
    return segment.target().rawStart(Math.min(f.start(), segment.target().text().length()));
  }

  /** Lines of the file that holds the targets, for showing a finding at line:column. */
  public LineIndex lines() {
    return new LineIndex(bitext.text());
  }

  /** The same MQM score per 1,000 words as a monolingual document's. */
  public double mqmScore() {
    return new DocumentResult(path(), "", new LineIndex(""), language, sourceLanguage, words, findings, notes)
        .mqmScore();
  }
}
