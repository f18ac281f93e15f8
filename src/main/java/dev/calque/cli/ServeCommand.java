package dev.calque.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import dev.calque.server.CalqueServer;
import dev.calque.server.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Run calque as an HTTP server: LanguageTool's API at /v2 (for LTeX, OmegaT, LibreOffice, the "
        + "LanguageTool browser add-on and other LanguageTool clients), calque's own API at /api, and a review page "
        + "for copy editors at /. It answers at once and loads LanguageTool in the background; /v2/healthcheck says "
        + "OK when it can check. Stop it with Ctrl-C: checks under way finish first.", ""},
    footer = {"", "Examples:", "  calque serve                         (http://127.0.0.1:8081/ and http://127.0.0.1:8081/v2)",
        "  calque serve --port 8010 --threads 4 --timeout 30",
        "  calque serve --host 0.0.0.0 --allow-origin '*'   (reachable from other machines and any web page)",
        "  calque serve --reference archive-index/   (every check weighed against your edited archive)",
        "", "See docs/server.md for the API and README.md, \"Use it from your editor\", for client set-up."})
final class ServeCommand implements Callable<Integer> {
  @ParentCommand
  CalqueCommand parent;

  @Spec
  CommandSpec spec;

  @picocli.CommandLine.Mixin
  ReferenceOptions reference;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerSettings.DEFAULT_HOST,
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
  String host;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ServerSettings.DEFAULT_PORT,
      description = "Port to listen on (default: ${DEFAULT-VALUE}, LanguageTool's; 0 picks a free one).")
  int port;

  @Option(names = "--threads", paramLabel = "N",
      description = "Checks run at once, each with its own LanguageTool (default: one per core).")
  Integer threads;

  @Option(names = "--queue", paramLabel = "N", defaultValue = "" + ServerSettings.DEFAULT_QUEUE,
      description = "Checks that may wait for a thread; more get 503 at once (default: ${DEFAULT-VALUE}).")
  int queue;

  @Option(names = "--max-text-length", paramLabel = "CHARS", defaultValue = "" + ServerSettings.DEFAULT_MAX_TEXT_LENGTH,
      description = "Longest text accepted, in characters; longer gets 413 (default: ${DEFAULT-VALUE}).")
  int maxTextLength;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "" + ServerSettings.DEFAULT_TIMEOUT_SECONDS,
      description = "Longest time one check may take once started (waiting in the queue does not count); a slower "
          + "one is stopped and gets 500, or a warning with allowIncompleteResults (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Option(names = "--allow-origin", paramLabel = "ORIGIN",
      description = "Let web pages from ORIGIN call the server (Access-Control-Allow-Origin; '*' for any), "
          + "as the LanguageTool browser add-on needs for some sites. Default: none.")
  String allowOrigin;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    ServerSettings settings;
    try {
      settings = new ServerSettings(host, port, threads != null ? threads : Runtime.getRuntime().availableProcessors(),
          queue, maxTextLength, Duration.ofSeconds(timeoutSeconds), allowOrigin);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    // a missing or damaged index stops the command here (exit 2), before the port is taken
    CalqueServer server = new CalqueServer(parent.runtime(settings.threads()), settings, err, reference.evidence());
    try {
      server.start();
    } catch (RuntimeException e) {
      err.println("calque: cannot listen on " + host + ":" + port + ": " + Main.oneLine(rootCause(e)));
      return ExitCodes.USAGE;
    }
    String where = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port();
    err.println("calque serve: listening on " + where + "/ (review page) and " + where + "/v2 (LanguageTool API); "
        + "loading LanguageTool…");
    err.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      err.println("calque serve: stopping (checks under way finish first)");
      err.flush();
      server.close();
      stopped.countDown();
    }, "calque-shutdown"));
    stopped.await();
    return ExitCodes.CLEAN;
  }

  private static Throwable rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }
}
