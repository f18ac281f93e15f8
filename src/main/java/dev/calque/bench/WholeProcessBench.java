package dev.calque.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Times whole processes, start to exit, on the same files: calque as its launcher runs it and
 * LanguageTool alone (see {@link LanguageToolAlone}). Runs are interleaved, their order alternating
 * each round, and every round checks fresh text (the files' lines rotated differently), so a noisy
 * machine shifts both sides alike and the per-round ratio stays meaningful.
 */
public final class WholeProcessBench {
  /** One side of the comparison: a name and the command line of one run on the given files. */
  public record Side(String name, List<String> command) {
  }

  /** One timed run: wall seconds and, where the OS tells (Linux), CPU seconds of the process tree. */
  record Run(double wall, double cpu) {
  }

  private final List<Side> sides;
  private final PrintWriter out;

  public WholeProcessBench(List<Side> sides, PrintWriter out) {
    this.sides = List.copyOf(sides);
    this.out = out;
  }

  /**
   * Runs every side once per round on that round's files; files(round) writes them and returns
   * their paths. Returns the median ratio of the last side's wall time to the first's.
   */
  public double run(int rounds, IntFunction<List<Path>> files) throws IOException, InterruptedException {
    double[][] wall = new double[sides.size()][rounds];
    double[][] cpu = new double[sides.size()][rounds];
    out.printf("%-6s", "round");
    for (Side s : sides) {
      out.printf(" %24s", s.name());
    }
    out.printf("  %s%n", "ratio");
    double[] ratios = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      List<Path> paths = files.apply(r);
      out.printf("%-6d", r + 1);
      for (int k = 0; k < sides.size(); k++) {
        // Alternate the order, so neither side always runs on a machine the other just warmed.
        int i = r % 2 == 0 ? k : sides.size() - 1 - k;
        Run run = time(sides.get(i), paths);
        wall[i][r] = run.wall();
        cpu[i][r] = run.cpu();
      }
      for (int i = 0; i < sides.size(); i++) {
        out.printf(" %24s", cpu[i][r] > 0 ? String.format("%.1f s (cpu %.1f s)", wall[i][r], cpu[i][r])
            : String.format("%.1f s", wall[i][r]));
      }
      ratios[r] = wall[sides.size() - 1][r] / wall[0][r];
      out.printf("  %.2fx%n", ratios[r]);
      out.flush();
    }
    double median = median(ratios);
    out.printf("%s is %.2fx as fast as %s, whole process (median of %d rounds; min %.2fx, max %.2fx)%n",
        sides.get(0).name(), median, sides.get(sides.size() - 1).name(), rounds,
        Arrays.stream(ratios).min().orElse(0), Arrays.stream(ratios).max().orElse(0));
    return median;
  }

  private static Run time(Side side, List<Path> paths) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(side.command());
    for (Path p : paths) {
      cmd.add(p.toString());
    }
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    double cpu0 = childrenCpuSeconds();
    long t0 = System.nanoTime();
    Process p = pb.start();
    int rc = p.waitFor();
    double wall = (System.nanoTime() - t0) / 1e9;
    double cpu = cpu0 < 0 ? 0 : childrenCpuSeconds() - cpu0;
    if (rc > 1) {
      // 0 and 1 are calque's clean and findings; anything else means the run did not check.
      throw new IOException(side.name() + " exited with status " + rc + ": " + String.join(" ", cmd));
    }
    return new Run(wall, cpu);
  }

  /**
   * User plus system CPU seconds of this process's finished children (Linux /proc/self/stat fields
   * cutime and cstime, in clock ticks of 1/100 s); -1 where there is no /proc.
   */
  static double childrenCpuSeconds() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII);
      // Fields after the command name, which is in parentheses and may hold spaces.
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
      return (Long.parseLong(f[13]) + Long.parseLong(f[14])) / 100.0;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  /** The java binary running this process, for child JVMs. */
  public static String javaBinary() {
    return ProcessHandle.current().info().command().orElse(
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
  }

  /** The jar (or class folder) this class was loaded from. */
  public static Path codeSource() {
    try {
      return Path.of(WholeProcessBench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** This JVM's own options, but for ones that write files at exit (a class-data archive). */
  public static List<String> ownJvmOptions() {
    List<String> opts = new ArrayList<>();
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (!a.startsWith("-XX:ArchiveClassesAtExit")) {
        opts.add(a);
      }
    }
    return opts;
  }

  /** Writes texts to files in dir (one per text, named as given), returning their paths. */
  public static List<Path> write(Path dir, List<String> names, List<String> texts) {
    List<Path> out = new ArrayList<>();
    try {
      for (int i = 0; i < texts.size(); i++) {
        Path p = dir.resolve(names.get(i));
        Files.writeString(p, texts.get(i), StandardCharsets.UTF_8);
        out.add(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
