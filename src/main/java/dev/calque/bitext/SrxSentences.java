package dev.calque.bitext;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.loomchild.segment.srx.SrxDocument;
import net.loomchild.segment.srx.SrxTextIterator;
import net.loomchild.segment.srx.io.Srx2SaxParser;
import org.languagetool.JLanguageTool;

/**
 * Sentence ends as LanguageTool's segmentation rules (its segment.srx, in languagetool-core) place
 * them for a language, whether or not that language's LanguageTool module is on the classpath: a
 * German source keeps "am 3. März" in one sentence, which a full stop before a capital would split.
 * Lines are paragraphs, as in calque's own analysis.
 */
final class SrxSentences {
  private SrxSentences() {
  }

  /** Parsed once, on first use (about 7,000 lines of rules for all languages). */
  private static final class Rules {
    static final SrxDocument DOCUMENT = load();

    private static SrxDocument load() {
      try (InputStream in = JLanguageTool.getDataBroker().getFromResourceDirAsStream("/segment.srx");
          BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        Map<String, Object> params = new HashMap<>();
        params.put("validate", false);
        return new Srx2SaxParser(params).parse(r);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The lengths of the consecutive pieces of text, one sentence each, that make up the whole of it. */
  static List<Integer> lengths(String language, String text) {
    // "_two": only a blank line ends a paragraph inside the text (LanguageTool's own default)
    SrxTextIterator it = new SrxTextIterator(Rules.DOCUMENT, language + "_two", text);
    List<Integer> out = new ArrayList<>();
    while (it.hasNext()) {
      out.add(it.next().length());
    }
    return out;
  }
}
