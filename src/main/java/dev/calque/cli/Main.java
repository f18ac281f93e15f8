package dev.calque.cli;

import java.io.PrintWriter;
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
    CommandLine cl = commandLine(out, err, in);
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err, java.io.InputStream in) {
    CommandLine cl = new CommandLine(new CalqueCommand(in));
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
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      commandLine.getErr().println("calque: " + oneLine(ex));
      if (System.getenv("CALQUE_DEBUG") != null) {
        ex.printStackTrace(commandLine.getErr());
      }
      return ExitCodes.USAGE;
    });
    return cl;
  }

  static String oneLine(Throwable ex) {
    String m = ex.getMessage();
    if (m == null || m.isBlank()) {
      m = ex.getClass().getSimpleName();
    }
    return m.split("\n")[0];
  }
}
