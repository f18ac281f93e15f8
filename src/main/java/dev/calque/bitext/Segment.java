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
 * @param anchor where in the file annotations about the whole unit go (an XLIFF unit's stand-off
 *     quality issues), or -1 for a format that has no such place
 */
public record Segment(String id, SegmentText source, SegmentText target, String state, List<String> notes,
    int anchor) {
  public Segment {
    notes = List.copyOf(notes);
  }

  /** A segment of a format without a place for unit-level annotations. */
  public Segment(String id, SegmentText source, SegmentText target, String state, List<String> notes) {
    this(id, source, target, state, notes, -1);
  }
}
