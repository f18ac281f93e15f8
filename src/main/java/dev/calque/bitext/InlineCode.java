package dev.calque.bitext;

/**
 * A piece of markup inside a segment's text: a tag, a placeholder, a formatting run's start or end.
 * Rules never see its content: a placeholder stands in the text as one {@link SegmentText#MASK}
 * character, an opening or closing tag takes no room at all.
 *
 * @param kind {@link #PLACEHOLDER}, {@link #OPEN} or {@link #CLOSE}
 * @param id the id that pairs it with its counterpart on the other side, or null
 * @param at its index in the segment's text (the mask character's, for a placeholder)
 * @param name the element that wrote it ("ph", "bpt", "pc"), for messages
 */
public record InlineCode(String kind, String id, int at, String name) {
  public static final String PLACEHOLDER = "placeholder";
  public static final String OPEN = "open";
  public static final String CLOSE = "close";

  /** What pairs a code across source and target: its kind, element and id. */
  public String key() {
    return kind + ":" + name + ":" + id;
  }
}
