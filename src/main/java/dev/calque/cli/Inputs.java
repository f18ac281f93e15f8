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

  /** One argument read and checked, with what it wrote to stderr (to be shown in argument order). */
  record Checked(Input input, DocumentResult result, String errors) {
  }

  /**
   * Reads and checks one argument, collecting its stderr lines rather than printing them, so files
   * checked in parallel report in order; result is null when it could not be read or checked.
   */
  static Checked checked(Checker checker, String arg, InputStream stdin) {
    java.io.StringWriter buf = new java.io.StringWriter();
    PrintWriter err = new PrintWriter(buf);
    Input in = read(arg, stdin, err);
    DocumentResult r = in == null ? null : check(checker, in, err);
    err.flush();
    return new Checked(in, r, buf.toString());
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
