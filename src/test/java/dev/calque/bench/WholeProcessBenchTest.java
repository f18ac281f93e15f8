package dev.calque.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WholeProcessBenchTest {
  @Test
  void timesEachSideOnEachRoundsFilesAndReportsTheRatio(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh on this machine: the bench test needs a shell");
    Path log = dir.resolve("log");
    // Each side appends the files it was given to the log, then sleeps: the slow side 4x as long.
    String record = "echo \"$0 $*\" >> " + log + "; sleep ";
    WholeProcessBench.Side fast = new WholeProcessBench.Side("fast", List.of("/bin/sh", "-c", record + "0.1", "fast"));
    WholeProcessBench.Side slow = new WholeProcessBench.Side("slow", List.of("/bin/sh", "-c", record + "0.4", "slow"));
    StringWriter text = new StringWriter();
    double ratio = new WholeProcessBench(List.of(fast, slow), new PrintWriter(text, true))
        .run(2, r -> WholeProcessBench.write(dir, List.of("a.txt"), List.of("round " + r)));
    assertTrue(ratio > 1.5 && ratio < 8, "slow/fast wall ratio " + ratio + "\n" + text);
    List<String> calls = Files.readAllLines(log);
    // Round 1 runs fast then slow, round 2 the other way round, each on that round's file.
    assertEquals(List.of("fast " + dir.resolve("a.txt"), "slow " + dir.resolve("a.txt"),
        "slow " + dir.resolve("a.txt"), "fast " + dir.resolve("a.txt")), calls);
    assertTrue(text.toString().contains("fast is"), text.toString());
  }

  @Test
  void aSideThatFailsStopsTheBenchRatherThanTimingNothing(@TempDir Path dir) {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh on this machine: the bench test needs a shell");
    WholeProcessBench.Side ok = new WholeProcessBench.Side("ok", List.of("/bin/sh", "-c", "exit 0"));
    WholeProcessBench.Side broken = new WholeProcessBench.Side("broken", List.of("/bin/sh", "-c", "exit 2"));
    Exception e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
        () -> new WholeProcessBench(List.of(ok, broken), new PrintWriter(new StringWriter()))
            .run(1, r -> WholeProcessBench.write(dir, List.of("a.txt"), List.of("x"))));
    assertTrue(e.getMessage().contains("broken exited with status 2"), e.getMessage());
  }

  @Test
  void childrenCpuTimeGrowsWithAChildThatWorks() throws Exception {
    double before = WholeProcessBench.childrenCpuSeconds();
    assumeTrue(before >= 0, "no /proc/self/stat here: CPU times of child processes are not reported");
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh on this machine");
    // A busy loop of about half a second of CPU.
    Process p = new ProcessBuilder("/bin/sh", "-c", "i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done").start();
    p.waitFor();
    assertTrue(WholeProcessBench.childrenCpuSeconds() - before > 0.05);
  }
}
