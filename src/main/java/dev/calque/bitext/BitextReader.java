package dev.calque.bitext;

import java.nio.file.Path;
import dev.calque.io.InputException;
import dev.calque.io.InputReader;

/** Reads bilingual documents in any format calque knows: the one entry point for front ends. */
public final class BitextReader {
  private BitextReader() {
  }

  /**
   * One bilingual file (XLIFF, TMX, tab-separated), its format from its content and name unless
   * given.
   *
   * @param format the format to read it as, or null to detect it
   */
  public static Bitext read(String label, String text, BitextFormat format) throws InputException {
    BitextFormat f = format != null ? format : BitextFormat.detect(label, text);
    if (f == null) {
      throw new InputException(label + ": not a bilingual file calque knows (XLIFF, TMX, or source TAB target "
          + "lines); give --input-format, or the source text with --source");
    }
    return switch (f) {
      case TSV -> TsvReader.read(label, text);
      case PAIR -> throw new InputException(label + ": a plain-text pair needs its source file: --source FILE");
      default -> XmlBitextReader.read(label, text, f);
    };
  }

  public static Bitext read(String label, Path path, BitextFormat format) throws InputException {
    return read(label, InputReader.read(label, path), format);
  }

  /** A source file and its translation, both plain text. */
  public static Bitext pair(String sourceLabel, String source, String targetLabel, String target)
      throws InputException {
    return PairReader.read(sourceLabel, source, targetLabel, target);
  }

  /**
   * A source file and its translation, both plain text, in these languages (two-letter codes): their
   * sentences end where LanguageTool's segmentation rules for each language say.
   */
  public static Bitext pair(String sourceLabel, String source, String sourceLanguage, String targetLabel,
      String target, String targetLanguage) throws InputException {
    return PairReader.read(sourceLabel, source, sourceLanguage, targetLabel, target, targetLanguage);
  }

  /** Whether a file's content or name says it is bilingual (XLIFF, TMX, a .tsv file). */
  public static boolean looksBilingual(String label, String text) {
    return BitextFormat.detect(label, text) != null;
  }
}
