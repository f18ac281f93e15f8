package dev.calque.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One candidate finding on labelled data, with what calibration fits from: the rule, its family and
 * hand-set prior, the evidence it named, the source language the check knew (given or inferred;
 * {@link CalibrationTable#POOLED} when none), the document's features, and whether a human marked an
 * error where it points ("supported"). Written one a line, tab-separated, so a slow harvest is done
 * once and the fit can be rerun in seconds.
 *
 * @param set the data set ("ted2021-zh-en")
 * @param unit the unit of the held-out split (a source segment, so every system's translation of it
 *     falls on the same side)
 */
public record Observation(String set, String unit, boolean heldOut, String source, String rule, String family,
    double handPrior, List<String> evidence, DocumentFeatures features, boolean supported) {

  public Observation {
    evidence = List.copyOf(evidence);
  }

  static final String HEADER = "set\tunit\theld-out\tsource\trule\tfamily\thand-prior\tevidence\t"
      + String.join("\t", DocumentFeatures.NAMES) + "\tsupported";

  String line() {
    double[] x = features.values();
    StringBuilder b = new StringBuilder();
    b.append(set).append('\t').append(unit).append('\t').append(heldOut ? 1 : 0).append('\t').append(source)
        .append('\t').append(rule).append('\t').append(family).append('\t')
        .append(String.format(Locale.ROOT, "%.4f", handPrior)).append('\t')
        .append(evidence.isEmpty() ? "-" : String.join(",", evidence));
    for (double v : x) {
      b.append('\t').append(String.format(Locale.ROOT, "%.3f", v));
    }
    return b.append('\t').append(supported ? 1 : 0).toString();
  }

  static Observation parse(String line) {
    String[] c = line.split("\t", -1);
    if (c.length != 9 + DocumentFeatures.NAMES.size()) {
      throw new IllegalArgumentException("expected " + (9 + DocumentFeatures.NAMES.size()) + " columns, got "
          + c.length);
    }
    List<String> ev = c[7].equals("-") ? List.of() : List.of(c[7].split(","));
    DocumentFeatures f = new DocumentFeatures(Double.parseDouble(c[8]), c[9].startsWith("1"), c[10].startsWith("1"),
        Double.parseDouble(c[11]));
    return new Observation(c[0], c[1], c[2].equals("1"), c[3], c[4], c[5], Double.parseDouble(c[6]), ev, f,
        c[12].equals("1"));
  }

  /** Observations as their file holds them (header first). */
  static String write(List<Observation> obs) {
    StringBuilder b = new StringBuilder(HEADER).append('\n');
    obs.forEach(o -> b.append(o.line()).append('\n'));
    return b.toString();
  }

  static List<Observation> read(String text) {
    List<Observation> out = new ArrayList<>();
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (i == 0 && lines[i].equals(HEADER) || lines[i].isBlank()) {
        continue;
      }
      if (i == 0) {
        throw new IllegalArgumentException("not an observations file: its first line is not the header");
      }
      out.add(parse(lines[i]));
    }
    return out;
  }
}
