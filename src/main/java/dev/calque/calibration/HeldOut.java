package dev.calque.calibration;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The documented held-out split: a unit (an MQM source segment, "doc/seg_id", so every system's
 * translation of one sentence falls on one side) is held out when the CRC-32 of its set and name is 0,
 * 1 or 2 modulo 10, about 30% of the rows. Splitting by segment rather than by document because the
 * TED sets have only five documents each; splitting by source segment rather than by row so that no
 * sentence is fitted in one system's words and measured in another's.
 */
public final class HeldOut {
  private HeldOut() {
  }

  public static boolean isHeldOut(String set, String unit) {
    return bucket(set + "/" + unit) < 3;
  }

  /** One of two folds inside the fitting rows, for choosing the shrinkage (salted apart from the split). */
  static int fold(String set, String unit) {
    return bucket("fold/" + set + "/" + unit) % 2;
  }

  private static int bucket(String key) {
    CRC32 crc = new CRC32();
    crc.update(key.getBytes(StandardCharsets.UTF_8));
    return (int) (crc.getValue() % 10);
  }
}
