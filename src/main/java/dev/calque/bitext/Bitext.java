package dev.calque.bitext;

import java.util.List;

/**
 * A bilingual document as read: its segments, languages and format, and the text of the file that
 * holds the translations (findings are shown at its lines; an XML file is also rewritten from it).
 *
 * @param label the file as named on the command line
 * @param sourceLanguage the source language the file declares, or null
 * @param targetLanguage the target language the file declares, or null
 * @param text the text of the file holding the targets (the XLIFF, TMX or TSV file; the target
 *     file of a plain pair), exactly as read
 * @param notes what was skipped and why ("3 units marked translate=no"), one line each
 */
public record Bitext(String label, BitextFormat format, String sourceLanguage, String targetLanguage,
    List<Segment> segments, String text, List<String> notes, XmlTree tree) {
  public Bitext {
    segments = List.copyOf(segments);
    notes = List.copyOf(notes);
  }

  /** The same document with other languages (the user's, where the file declares none). */
  public Bitext withLanguages(String source, String target) {
    return new Bitext(label, format, source, target, segments, text, notes, tree);
  }
}
