package dev.calque.cli;

import java.io.PrintWriter;
import dev.calque.engine.Calque;
import dev.calque.engine.RequestException;
import dev.calque.rule.data.RuleFileException;
import picocli.CommandLine;

/** Entry point of the calque command line. */
public final class Main {
  private Main() {
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
    System.exit(run(args, out, err, System.in));
  }

  /** Runs calque with injected streams (tests use this, never the global ones). */
  public static int run(String[] args, PrintWriter out, PrintWriter err, java.io.InputStream in) {
    return run(args, out, err, in, CalqueCommand.DEFAULT);
  }

  /** Runs calque on a runtime the caller holds (tests share one: building LanguageTool takes seconds). */
  public static int run(String[] args, PrintWriter out, PrintWriter err, java.io.InputStream in,
      java.util.function.Supplier<Calque> runtime) {
    CommandLine cl = commandLine(out, err, in, runtime);
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err, java.io.InputStream in,
      java.util.function.Supplier<Calque> runtime) {
    CommandLine cl = new CommandLine(new CalqueCommand(in, runtime));
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    // A usage error gets its reason and a pointer to help, not the whole help: the reason would scroll away.
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine c = ex.getCommandLine();
      c.getErr().println("calque: " + oneLine(ex));
      String name = c.getCommandSpec().qualifiedName(" ");
      String sub = name.contains(" ") ? name.substring(name.indexOf(' ') + 1) : "";
      c.getErr().println("Try 'calque " + (sub.isEmpty() ? "--help" : "help " + sub) + "' for more information.");
      return ExitCodes.USAGE;
    });
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> exitCode(ex, commandLine));
    return cl;
  }

  /**
   * The one place where what went wrong becomes an exit status: the user's mistakes (settings, rule
   * files) are 2 with the reason; anything else is a bug in calque, 3, with a request to report it.
   */
  static int exitCode(Exception ex, CommandLine commandLine) {
    PrintWriter err = commandLine.getErr();
    if (ex instanceof RequestException) {
      err.println("calque: " + oneLine(ex));
      String sub = commandLine.getCommandSpec().qualifiedName(" ");
      sub = sub.contains(" ") ? sub.substring(sub.indexOf(' ') + 1) : "";
      err.println("Try 'calque " + (sub.isEmpty() ? "--help" : "help " + sub) + "' for more information.");
      return ExitCodes.USAGE;
    }
    if (ex instanceof dev.calque.reference.ReferenceIndexException) {
      err.println("calque: " + oneLine(ex));
      return ExitCodes.USAGE;
    }
    if (ex instanceof RuleFileException) {
      err.println("calque: rule file error: " + oneLine(ex));
      return ExitCodes.USAGE;
    }
    err.println("calque: internal error: " + ex.getClass().getSimpleName() + ": " + oneLine(ex)
        + " (please report it; CALQUE_DEBUG=1 prints the stack trace)");
    if (System.getenv("CALQUE_DEBUG") != null) {
      ex.printStackTrace(err);
    }
    return ExitCodes.INTERNAL;
  }

  static String oneLine(Throwable ex) {
    return dev.calque.util.Messages.firstLine(ex);
  }
}
