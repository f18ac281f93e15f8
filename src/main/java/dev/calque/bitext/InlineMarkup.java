package dev.calque.bitext;

import java.util.ArrayList;
import java.util.List;
import dev.calque.io.InputException;

/**
 * XLIFF 2 inline content written by hand ("Press <ph id="1"/>Save"), read as segment text and
 * codes: for rule examples, which mark expected spans with [[ ]] in the text as it will be masked.
 * The markers survive reading as plain characters and are taken out here, codes shifted with them.
 */
public final class InlineMarkup {
  private InlineMarkup() {
  }

  /** The masked text, still holding any [[ ]] markers, and its codes at their places in it. */
  public record Read(String text, List<InlineCode> codes) {
  }

  public static Read read(String fragment) {
    String xml = "<t>" + fragment + "</t>";
    try {
      XmlGuard.check("inline example", xml);
    } catch (InputException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
    SegmentText t = InlineReader.XLIFF2.read(XmlTree.parse(xml).root);
    String text = t.text();
    // Codes are placed in the text without the markers, as the example runner will see it.
    List<InlineCode> codes = new ArrayList<>();
    for (InlineCode c : t.codes()) {
      String before = text.substring(0, c.at());
      int markers = count(before, "[[") + count(before, "]]");
      codes.add(new InlineCode(c.kind(), c.id(), c.at() - 2 * markers, c.name()));
    }
    return new Read(text, codes);
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + what.length())) {
      n++;
    }
    return n;
  }
}
