package dev.calque.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import dev.calque.audit.Audit;
import dev.calque.audit.AuditException;
import dev.calque.audit.AuditOptions;
import dev.calque.audit.Fields;
import dev.calque.engine.Calque;
import dev.calque.engine.CheckOptions;

/**
 * The audit's benchmark (run by hand, not a test): an archive of real MT output made at run time from
 * ../shared/data/wmt21-news (never copied into the repository), audited in one process on 1 and 2
 * threads, with and without LanguageTool's rules, next to LanguageTool alone on the same documents
 * (one JLanguageTool per thread, every paragraph checked); then the peak resident memory of the
 * launcher's whole process auditing the archive and a 10x copy of it.
 *
 * <p>Usage, from the repository root after a build: {@code java -cp target/calque.jar
 * dev.calque.bench.AuditBench [SHARED_DIR [WORK_DIR]]} (defaults ../shared and target/audit-bench).
 */
public final class AuditBench {
  /** Lines of a WMT file per article: about the length of a short news story. */
  private static final int LINES_PER_ARTICLE = 12;

  private AuditBench() {
  }

  public static void main(String[] args) throws Exception {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
    Path work = Path.of(args.length > 1 ? args[1] : "target/audit-bench");
    Path news = shared.resolve("data/wmt21-news");
    if (!Files.isDirectory(news)) {
      System.out.println("skipped: " + news + " is absent (the benchmark reads WMT21 MT output from it)");
      return;
    }
    Files.createDirectories(work);
    List<Map<String, String>> articles = articles(news);
    Path archive = write(work.resolve("archive.jsonl"), articles, 1);
    Path tenfold = write(work.resolve("archive-10x.jsonl"), articles, 10);
    long bytes = Files.size(archive);
    System.out.printf(Locale.ROOT, "archive: %d documents, %.2f MB (WMT21 news MT output, %d lines an article)%n",
        articles.size(), bytes / 1e6, LINES_PER_ARTICLE);
    System.out.printf(Locale.ROOT, "%-40s %8s %9s %8s%n", "run", "seconds", "docs/s", "MB/s");

    Calque runtime = new Calque();
    for (boolean grammar : new boolean[] {false, true}) {
      // Warm-up: LanguageTool instances built, rules loaded, code compiled, before anything is timed.
      audit(runtime, archive, work.resolve("warm"), grammar, 2);
      for (int threads : new int[] {1, 2}) {
        long t0 = System.nanoTime();
        audit(runtime, archive, work.resolve("out"), grammar, threads);
        row("calque audit" + (grammar ? "" : " --no-grammar") + ", " + threads + " thread" + (threads > 1 ? "s" : ""),
            System.nanoTime() - t0, articles.size(), bytes);
      }
    }
    for (int threads : new int[] {1, 2}) {
      long t0 = System.nanoTime();
      long matches = languageToolAlone(articles, threads);
      row("LanguageTool alone, " + threads + " thread" + (threads > 1 ? "s" : "") + " (" + matches + " matches)",
          System.nanoTime() - t0, articles.size(), bytes);
    }

    System.out.println();
    System.out.println("peak resident memory of ./calque audit --no-grammar (whole process, the launcher's JVM options):");
    for (Path a : List.of(archive, tenfold)) {
      System.out.printf(Locale.ROOT, "  %-22s %6.1f MB archive: %5d MB peak RSS%n", a.getFileName(), Files.size(a) / 1e6,
          peakRss(a, work.resolve("rss")) >> 10);
    }
  }

  private static void audit(Calque runtime, Path archive, Path out, boolean grammar, int threads)
      throws AuditException {
    CheckOptions options = CheckOptions.defaults().withGrammar(grammar).withDefaultMinConfidence(0.5);
    new Audit(runtime, new AuditOptions(List.of(archive.toString()), options, Fields.standard()), out).fresh(true)
        .threads(threads).run();
  }

  private static void row(String what, long nanos, int docs, long bytes) {
    double s = nanos / 1e9;
    System.out.printf(Locale.ROOT, "%-40s %8.1f %9.1f %8.3f%n", what, s, docs / s, bytes / 1e6 / s);
  }

  /** The MT output files, cut into articles of consecutive lines (one system's translation of one document stretch). */
  private static List<Map<String, String>> articles(Path news) throws IOException {
    List<Path> files = new ArrayList<>();
    try (var s = Files.walk(news)) {
      s.filter(p -> p.getFileName().toString().contains(".hyp.")).sorted().forEach(files::add);
    }
    List<Map<String, String>> out = new ArrayList<>();
    for (Path f : files) {
      List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
      String section = f.getParent().getFileName().toString();
      for (int i = 0; i + LINES_PER_ARTICLE <= lines.size(); i += LINES_PER_ARTICLE) {
        List<String> part = lines.subList(i, i + LINES_PER_ARTICLE);
        Map<String, String> a = new LinkedHashMap<>();
        a.put("id", f.getFileName() + ":" + (i + 1));
        a.put("title", part.get(0));
        a.put("text", String.join("\n\n", part));
        a.put("date", String.format(Locale.ROOT, "2021-%02d-01", 1 + out.size() % 12));
        a.put("section", section);
        out.add(a);
      }
    }
    return out;
  }

  private static Path write(Path file, List<Map<String, String>> articles, int copies) throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int c = 0; c < copies; c++) {
        for (Map<String, String> a : articles) {
          Map<String, String> copy = new LinkedHashMap<>(a);
          copy.put("id", a.get("id") + (copies > 1 ? "#" + c : ""));
          w.write(json.writeValueAsString(copy));
          w.write('\n');
        }
      }
    }
    return file;
  }

  /** LanguageTool alone: one JLanguageTool per thread, built before the clock starts, every paragraph checked. */
  private static long languageToolAlone(List<Map<String, String>> articles, int threads) throws Exception {
    List<JLanguageTool> tools = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      JLanguageTool lt = new JLanguageTool(Languages.getLanguageForShortCode("en-US"));
      lt.check("Warm up the the rules.");
      tools.add(lt);
    }
    AtomicInteger next = new AtomicInteger();
    AtomicLong matches = new AtomicLong();
    List<Thread> workers = new ArrayList<>();
    for (JLanguageTool lt : tools) {
      Thread t = new Thread(() -> {
        try {
          for (int i = next.getAndIncrement(); i < articles.size(); i = next.getAndIncrement()) {
            for (String p : articles.get(i).get("text").split("\n\n")) {
              matches.addAndGet(lt.check(p).size());
            }
          }
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      t.start();
      workers.add(t);
    }
    for (Thread t : workers) {
      t.join();
    }
    return matches.get();
  }

  /**
   * Peak resident set (kB) of the launcher's process auditing an archive: the largest high-water mark
   * among the process and its descendants (the launcher may run Java as a child), read from /proc.
   */
  private static long peakRss(Path archive, Path out) throws Exception {
    Process p = new ProcessBuilder("./calque", "audit", "--no-grammar", "--fresh", "--progress", "never", "--out",
        out.toString(), archive.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    long peak = 0;
    while (p.isAlive()) {
      List<ProcessHandle> tree = new ArrayList<>(p.descendants().toList());
      tree.add(p.toHandle());
      for (ProcessHandle h : tree) {
        peak = Math.max(peak, highWaterMark(h.pid()));
      }
      p.waitFor(50, TimeUnit.MILLISECONDS);
    }
    if (p.exitValue() > 1) {
      throw new IllegalStateException("./calque audit failed with status " + p.exitValue());
    }
    return peak;
  }

  private static long highWaterMark(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    } catch (IOException | RuntimeException gone) {
      // the process ended between listing and reading
    }
    return 0;
  }
}
