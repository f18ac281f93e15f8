package dev.calque.bitext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import dev.calque.io.InputException;

/**
 * Tab-separated bitext: "source TAB target" per line, or "id TAB source TAB target" (further
 * columns are ignored). A first line naming the columns ("source", "target", "id", or the two
 * languages, "es TAB en") is a header; languages named there are the file's.
 */
final class TsvReader {
  private TsvReader() {
  }

  static Bitext read(String label, String text) throws InputException {
    List<Segment> segments = new ArrayList<>();
    String sourceLanguage = null;
    String targetLanguage = null;
    int lineNo = 0;
    int skipped = 0;
    int at = 0;
    while (at < text.length()) {
      int nl = text.indexOf('\n', at);
      int end = nl < 0 ? text.length() : nl;
      int next = nl < 0 ? text.length() : nl + 1;
      int lineEnd = end > at && text.charAt(end - 1) == '\r' ? end - 1 : end;
      String line = text.substring(at, lineEnd);
      lineNo++;
      int base = at;
      at = next;
      if (line.isBlank()) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length < 2) {
        throw new InputException(label + ":" + lineNo + ": no tab: each line is source TAB target (or id TAB source "
            + "TAB target)");
      }
      boolean three = cols.length >= 3;
      int src = three ? 1 : 0;
      if (lineNo == 1 && isHeader(cols)) {
        if (isLanguage(cols[src]) && isLanguage(cols[src + 1])) {
          sourceLanguage = cols[src];
          targetLanguage = cols[src + 1];
        }
        continue;
      }
      int targetStart = base;
      for (int c = 0; c <= src; c++) {
        targetStart += cols[c].length() + 1;
      }
      if (cols[src + 1].isBlank()) {
        skipped++;
        continue;
      }
      String id = three && !cols[0].isBlank() ? cols[0] : String.valueOf(lineNo);
      int sourceStart = base + (three ? cols[0].length() + 1 : 0);
      segments.add(new Segment(id, SegmentText.plain(cols[src], sourceStart),
          SegmentText.plain(cols[src + 1], targetStart), null, List.of()));
    }
    List<String> notes = skipped == 0 ? List.of()
        : List.of(skipped + " line" + (skipped == 1 ? "" : "s") + " without a translation not checked");
    return new Bitext(label, BitextFormat.TSV, sourceLanguage, targetLanguage, segments, text, notes, null);
  }

  private static boolean isHeader(String[] cols) {
    for (String c : cols) {
      String l = c.strip().toLowerCase(Locale.ROOT);
      if (!(l.equals("id") || l.equals("source") || l.equals("target") || isLanguage(c))) {
        return false;
      }
    }
    return true;
  }

  private static final java.util.Set<String> ISO = java.util.Set.of(Locale.getISOLanguages());

  /** A language tag whose language ISO 639 knows ("es", "pt-BR"): a header, not a pair of words. */
  private static boolean isLanguage(String s) {
    String t = s.strip();
    return t.matches("[a-z]{2}(-[A-Za-z0-9]{2,8})*") && ISO.contains(t.substring(0, 2));
  }
}
