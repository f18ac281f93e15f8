package dev.calque.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import dev.calque.server.LoadHarness;
import dev.calque.server.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "bench-server", mixinStandardHelpOptions = true,
    description = {"Load-test calque serve on this machine: start a server on a free loopback port in this "
        + "process, then let concurrent clients send /v2/check requests of 2-5 KB news articles. Reports errors, "
        + "latency percentiles, throughput and the heap in use before and after. Bounded: it stops by itself.", ""},
    footer = {"", "Examples:", "  calque bench-server                            (50 clients x 20 requests, generated articles)",
        "  calque bench-server --articles ../shared/data/clean/wmt21_newstest2021_english_original_news.txt"})
final class BenchServerCommand implements Callable<Integer> {
  @ParentCommand
  CalqueCommand parent;

  @Spec
  CommandSpec spec;

  @Option(names = "--clients", defaultValue = "50", paramLabel = "N", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--requests", defaultValue = "20", paramLabel = "N", description = "Requests per client (default: ${DEFAULT-VALUE}).")
  int requests;

  @Option(names = "--threads", paramLabel = "N", description = "The server's check threads (default: one per core).")
  Integer threads;

  @Option(names = "--articles", paramLabel = "FILE",
      description = "Cut the articles from this text file (one paragraph per line) instead of generating them.")
  Path articles;

  @Option(names = "--deadline", defaultValue = "600", paramLabel = "SECONDS",
      description = "Stop sending after this long (default: ${DEFAULT-VALUE}).")
  int deadline;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (clients < 1 || requests < 1 || clients > 1000) {
      throw new ParameterException(spec.commandLine(), "--clients is 1 to 1000 and --requests at least 1");
    }
    List<String> texts = texts();
    int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    // The server's defaults, with room in the queue for every client.
    ServerSettings settings = ServerSettings.defaults().withThreads(t, Math.max(ServerSettings.DEFAULT_QUEUE, clients));
    long kb = texts.stream().mapToLong(String::length).sum() / 1024;
    out.printf("%d clients x %d requests, %d articles (%d KB), %d check threads, %d cores%n", clients, requests,
        texts.size(), kb, t, Runtime.getRuntime().availableProcessors());
    out.flush();
    LoadHarness.Report r = LoadHarness.run(parent.runtime(t), settings, texts, clients, requests,
        Duration.ofSeconds(deadline), spec.commandLine().getErr());
    r.print(out);
    return r.ok() == r.requests() ? ExitCodes.CLEAN : ExitCodes.FINDINGS;
  }

  private List<String> texts() throws IOException {
    if (articles == null) {
      return dev.calque.server.LoadHarness.articles(clients * requests, 7);
    }
    if (!Files.isRegularFile(articles)) {
      throw new ParameterException(spec.commandLine(), "--articles: no such file: " + articles
          + " (the shared data sets are outside the repository; without --articles the articles are generated)");
    }
    List<String> cut = dev.calque.server.LoadHarness.articles(Files.readAllLines(articles, StandardCharsets.UTF_8),
        clients * requests, 7);
    if (cut.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--articles: no article of 2-5 KB could be cut from " + articles);
    }
    return cut;
  }
}
