package dev.calque.server;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import dev.calque.engine.Calque;

/**
 * A load test of calque serve on this machine: a server in this process on a free loopback port,
 * and N concurrent clients each sending M /v2/check requests (POST, form body, en-US) of the given
 * articles. Bounded in count and in time (it stops by itself after the deadline). Reports errors by
 * status, latency percentiles, throughput and the heap in use after a collection before and after.
 */
public final class LoadHarness {
  /** What a run measured. */
  public record Report(int requests, int ok, Map<String, Integer> failures, double p50, double p95, double p99,
      double max, double seconds, double kilobytes, long heapBeforeMb, long heapAfterMb) {
    public void print(PrintWriter out) {
      out.printf("requests: %d, ok: %d, errors: %d %s%n", requests, ok, requests - ok, failures.isEmpty() ? "" : failures);
      out.printf("latency ms: p50 %.0f, p95 %.0f, p99 %.0f, max %.0f%n", p50, p95, p99, max);
      out.printf("throughput: %.1f requests/s, %.1f KB/s over %.1f s%n", requests / seconds, kilobytes / seconds, seconds);
      out.printf("heap in use after a full collection: %d MB before, %d MB after%n", heapBeforeMb, heapAfterMb);
      out.flush();
    }
  }

  private LoadHarness() {
  }

  public static Report run(Calque calque, ServerSettings settings, List<String> articles, int clients, int perClient,
      Duration deadline, PrintWriter log) throws Exception {
    try (CalqueServer server = new CalqueServer(calque, settings.withPort(0), log).start()) {
      long until = System.nanoTime() + Duration.ofMinutes(5).toNanos();
      while (!server.ready() && System.nanoTime() < until) {
        Thread.sleep(100);
      }
      if (!server.ready()) {
        throw new IllegalStateException("the server did not get ready in 5 minutes");
      }
      long heapBefore = heapAfterCollection();
      String url = "http://127.0.0.1:" + server.port() + "/v2/check";
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .executor(Executors.newFixedThreadPool(4)).build();
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      List<Future<List<Object[]>>> results = new ArrayList<>();
      long endBy = System.nanoTime() + deadline.toNanos();
      long t0 = System.nanoTime();
      for (int c = 0; c < clients; c++) {
        int client = c;
        results.add(pool.submit(() -> {
          List<Object[]> mine = new ArrayList<>();
          for (int i = 0; i < perClient && System.nanoTime() < endBy; i++) {
            String text = articles.get((client * perClient + i) % articles.size());
            String body = "language=en-US&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
            long s = System.nanoTime();
            String outcome;
            try {
              HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
              outcome = Integer.toString(r.statusCode());
            } catch (java.io.IOException e) {
              outcome = e.getClass().getSimpleName();
            }
            mine.add(new Object[] {outcome, (System.nanoTime() - s) / 1e6, text.length()});
          }
          return mine;
        }));
      }
      List<Double> latencies = new ArrayList<>();
      Map<String, Integer> failures = new TreeMap<>();
      int ok = 0;
      double kb = 0;
      for (Future<List<Object[]>> f : results) {
        for (Object[] r : f.get()) {
          latencies.add((Double) r[1]);
          if (r[0].equals("200")) {
            ok++;
            kb += (Integer) r[2] / 1024.0;
          } else {
            failures.merge((String) r[0], 1, Integer::sum);
          }
        }
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.MINUTES);
      Collections.sort(latencies);
      return new Report(latencies.size(), ok, failures, pct(latencies, 50), pct(latencies, 95), pct(latencies, 99),
          latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1), seconds, kb, heapBefore, heapAfterCollection());
    }
  }

  /** Generated news articles of 2 to 5 KB (seeded). */
  public static List<String> articles(int count, long seed) {
    return NewsArticles.generate(count, seed);
  }

  /** Articles of 2 to 5 KB cut from lines of text read at run time. */
  public static List<String> articles(List<String> lines, int count, long seed) {
    return NewsArticles.fromLines(lines, count, seed);
  }

  private static double pct(List<Double> sorted, int p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
  }

  private static long heapAfterCollection() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    memory.gc();
    return memory.getHeapMemoryUsage().getUsed() >> 20;
  }
}
