package dev.calque.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import dev.calque.io.InputException;
import dev.calque.io.InputReader;

/** Reads the documents named on the command line; a bad one is reported and skipped, never fatal. */
final class Inputs {
  record Input(String label, String text) {
  }

  private Inputs() {
  }

  /** The readable inputs; each unreadable one gets one line on err and sets failed[0]. */
  static List<Input> read(List<String> args, InputStream stdin, PrintWriter err, boolean[] failed) {
    List<Input> out = new ArrayList<>();
    for (String a : args) {
      try {
        String text = a.equals("-") ? InputReader.read("-", stdin) : InputReader.read(a, Path.of(a));
        out.add(new Input(a, text));
      } catch (InputException e) {
        err.println("calque: " + e.getMessage());
        failed[0] = true;
      } catch (java.nio.file.InvalidPathException e) {
        err.println("calque: " + a + ": not a valid file name");
        failed[0] = true;
      }
    }
    return out;
  }
}
