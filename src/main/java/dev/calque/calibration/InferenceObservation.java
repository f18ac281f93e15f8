package dev.calque.calibration;

import java.util.ArrayList;
import java.util.List;
import dev.calque.engine.SourceTally;

/**
 * A labelled document as source inference saw it: its label and length, and the evidence of each of
 * its windows with every candidate's rules run (nothing decided), so that fitting can replay the
 * decision under any thresholds without checking the text again. Saved one document after another:
 * a "doc" line, then a "window" line per window followed by its "ev" lines.
 */
public record InferenceObservation(String set, String name, String group, String target, String truth, int words,
    boolean heldOut, List<List<SourceTally.Evidence>> windows) {

  static String write(List<InferenceObservation> docs) {
    StringBuilder b = new StringBuilder();
    for (InferenceObservation d : docs) {
      b.append("doc\t").append(d.set).append('\t').append(escape(d.name)).append('\t').append(d.group).append('\t')
          .append(d.target).append('\t').append(d.truth == null ? "-" : d.truth).append('\t').append(d.words)
          .append('\t').append(d.heldOut ? 1 : 0).append('\n');
      for (List<SourceTally.Evidence> w : d.windows) {
        b.append("window\n");
        for (SourceTally.Evidence e : w) {
          // Double.toString reads back as the same double: the replay compares exactly what the engine did
          b.append("ev\t").append(e.source()).append('\t').append(Double.toString(e.confidence())).append('\t')
              .append(e.specific() ? 1 : 0).append('\t').append(escape(e.artifact())).append('\n');
        }
      }
    }
    return b.toString();
  }

  static List<InferenceObservation> read(String where, String text) {
    List<InferenceObservation> out = new ArrayList<>();
    String[] doc = null;
    List<List<SourceTally.Evidence>> windows = null;
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      if (l.isEmpty()) {
        continue;
      }
      String[] c = l.split("\t", -1);
      try {
        switch (c[0]) {
          case "doc" -> {
            if (doc != null) {
              out.add(of(doc, windows));
            }
            doc = c;
            windows = new ArrayList<>();
            if (c.length != 8) {
              throw new IllegalArgumentException("a doc line has 8 columns");
            }
          }
          case "window" -> windows.add(new ArrayList<>());
          case "ev" -> windows.get(windows.size() - 1).add(new SourceTally.Evidence(c[1], c[4],
              Double.parseDouble(c[2]), c[3].equals("1")));
          default -> throw new IllegalArgumentException("unknown line kind '" + c[0] + "'");
        }
      } catch (RuntimeException e) {
        throw new IllegalStateException(where + ":" + (i + 1) + ": not a saved inference observation (" + e.getMessage()
            + "); run calibrate --inference --fresh", e);
      }
    }
    if (doc != null) {
      out.add(of(doc, windows));
    }
    return out;
  }

  private static InferenceObservation of(String[] c, List<List<SourceTally.Evidence>> windows) {
    return new InferenceObservation(c[1], c[2], c[3], c[4], c[5].equals("-") ? null : c[5], Integer.parseInt(c[6]),
        c[7].equals("1"), windows);
  }

  /** Tabs, line breaks and backslashes escaped: artifacts are only compared, so this is never undone. */
  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }
}
