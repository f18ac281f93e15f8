package dev.calque.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's choice of JVM options for a run (printed, not run: nothing is built or started). */
class LauncherTest {
  private static final Path LAUNCHER = Path.of("calque").toAbsolutePath();
  private static final String QUICK = "-XX:+UseParallelGC -XX:TieredStopAtLevel=1";
  private static final String TIERED = "-XX:+UseParallelGC -Xmn256m";

  @Test
  void aCheckOfAFewArticlesUsesTheQuickCompilerOnly(@TempDir Path dir) throws Exception {
    Path a = write(dir, "a.txt", 5_000);
    Path b = write(dir, "b.txt", 200_000);
    assertEquals(QUICK, options(Map.of(), "check", "--lang", "en", a.toString(), b.toString()));
    assertEquals(QUICK, options(Map.of(), "fix", "--diff", a.toString()));
  }

  @Test
  void longRunsKeepTieredCompilation(@TempDir Path dir) throws Exception {
    Path big = write(dir, "big.txt", 3 * 1024 * 1024);
    Path small = write(dir, "small.txt", 1_000);
    assertEquals(TIERED, options(Map.of(), "check", small.toString(), big.toString()));
    assertEquals(TIERED, options(Map.of(), "check", "-")); // standard input: its length is unknown
    assertEquals(TIERED, options(Map.of(), "check", small.toString(), "-"));
    assertEquals(TIERED, options(Map.of(), "bench", small.toString()));
    assertEquals(TIERED, options(Map.of(), "evaluate"));
    assertEquals(TIERED, options(Map.of(), "check", dir.resolve("missing.txt").toString()));
  }

  @Test
  void theUserDecidesWhenAsked(@TempDir Path dir) throws Exception {
    Path small = write(dir, "small.txt", 1_000);
    assertEquals(TIERED, options(Map.of("CALQUE_JIT", "tiered"), "check", small.toString()));
    assertEquals(QUICK, options(Map.of("CALQUE_JIT", "quick"), "evaluate"));
    assertEquals("-XX:TieredStopAtLevel=1", options(Map.of("CALQUE_JAVA_OPTS", "-XX:+UseG1GC -Xmx1g"),
        "check", small.toString()));
    assertEquals("", options(Map.of("CALQUE_JAVA_OPTS", "-XX:+UseSerialGC -XX:-TieredCompilation"),
        "check", small.toString()));
    assertEquals("-XX:+UseParallelGC", options(Map.of("CALQUE_JAVA_OPTS", "-Xmx4g -Xmn1g"), "evaluate"));
  }

  private static Path write(Path dir, String name, int bytes) throws IOException {
    return Files.writeString(dir.resolve(name), "a".repeat(bytes), StandardCharsets.US_ASCII);
  }

  private static String options(Map<String, String> env, String... args) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")),
        "no bash on this machine: the launcher is a bash script");
    List<String> cmd = new ArrayList<>(List.of("bash", LAUNCHER.toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().remove("CALQUE_JIT");
    pb.environment().remove("CALQUE_JAVA_OPTS");
    pb.environment().putAll(env);
    pb.environment().put("CALQUE_PRINT_JVM_OPTIONS", "1");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertEquals(0, p.waitFor(), out);
    return out;
  }
}
