package dev.calque.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import dev.calque.engine.CheckFailure;
import dev.calque.engine.Checker;
import dev.calque.engine.DocumentResult;
import dev.calque.io.InputException;
import dev.calque.io.InputReader;

/** Reads the documents named on the command line, one at a time; a bad one is reported, never fatal. */
final class Inputs {
  record Input(String label, String text) {
  }

  private Inputs() {
  }

  /**
   * Reads one argument ("-" is standard input); an unreadable one gets one line on err and yields
   * null, and the caller goes on with the next.
   */
  static Input read(String arg, InputStream stdin, PrintWriter err) {
    try {
      String text = arg.equals("-") ? InputReader.read("-", stdin) : InputReader.read(arg, Path.of(arg));
      return new Input(arg, text);
    } catch (InputException e) {
      err.println("calque: " + e.getMessage());
    } catch (java.nio.file.InvalidPathException e) {
      err.println("calque: " + arg + ": not a valid file name");
    }
    err.flush();
    return null;
  }

  /**
   * Checks one document; a document calque fails on (a bug, an exhausted stack or heap) gets one
   * line on err naming it and yields null, and the caller goes on with the next.
   */
  static DocumentResult check(Checker checker, Input in, PrintWriter err) {
    try {
      return checker.check(in.label(), in.text());
    } catch (CheckFailure e) {
      err.println("calque: " + e.getMessage());
      if (System.getenv("CALQUE_DEBUG") != null) {
        e.getCause().printStackTrace(err);
      }
      err.flush();
      return null;
    }
  }
}
