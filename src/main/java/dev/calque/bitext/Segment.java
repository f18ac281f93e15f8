package dev.calque.bitext;

import java.util.List;

/**
 * A source text and its translation, the unit bilingual rules check: an XLIFF segment or unit, a
 * TMX translation unit, a line of a tab-separated file, or aligned lines of two plain files.
 *
 * @param id the segment's id, unique in its file (an XLIFF unit id, "unit/segment" when a unit has
 *     several segments, a TMX tuid, a line number)
 * @param state the translation state the file gives ("translated", "final", ...), or null
 * @param notes translators' notes attached to it
 */
public record Segment(String id, SegmentText source, SegmentText target, String state, List<String> notes) {
  public Segment {
    notes = List.copyOf(notes);
  }
}
