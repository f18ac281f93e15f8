package dev.calque.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of a real audit process, twice, then the same command to the end: the outputs
 * are byte for byte those of an uninterrupted run. The child is a separate JVM running calque's main
 * class on this test's class path, killed with SIGKILL (no shutdown hook, no flush) once its checkpoint
 * shows progress.
 */
class AuditKillTest {
  @TempDir
  Path dir;

  @Test
  void killedTwiceAndRerunItMatchesAnUninterruptedRun() throws Exception {
    Path archive = Archives.jsonl(dir.resolve("archive.jsonl"), 6000, false);
    Path reference = dir.resolve("reference");
    AuditTest.audit(reference, a -> a.threads(2), AuditTest.light(), archive);
    Map<String, byte[]> expected = AuditTest.outputs(reference);

    Path out = dir.resolve("out");
    long lastNext = 0;
    for (int kill = 0; kill < 2; kill++) {
      Process p = child(archive, out);
      try {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        Checkpoint cp = null;
        // Wait until this run has gone past the previous kill point, then kill it without warning.
        while (System.nanoTime() < deadline && p.isAlive()) {
          cp = readQuietly(out);
          if (cp != null && cp.next() > lastNext + 100) {
            break;
          }
          Thread.sleep(20);
        }
        Thread.sleep(37 * (kill + 1)); // somewhere between two checkpoints
        assertTrue(p.isAlive(), "the audit ended before it could be killed: make the archive larger");
        p.destroyForcibly(); // SIGKILL on Linux
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, p.exitValue(), "killed by SIGKILL");
        cp = Checkpoint.read(out);
        assertFalse(cp.complete(), "killed before the end");
        assertTrue(cp.next() > lastNext, "the killed run made progress past " + lastNext + ": " + cp.next());
        lastNext = cp.next();
      } finally {
        p.destroyForcibly();
      }
    }
    Process last = child(archive, out);
    assertTrue(last.waitFor(120, TimeUnit.SECONDS), "the resumed audit finished");
    String log = Files.readString(dir.resolve("child.log"));
    assertEquals(2, last.exitValue(), log); // 2: the archive's malformed records were skipped (and reported)
    assertTrue(log.contains("calque: resuming the audit in " + out + " after item "), log);
    AuditTest.assertSameOutputs(expected, out);
  }

  private static Checkpoint readQuietly(Path out) {
    try {
      return Checkpoint.read(out);
    } catch (AuditException e) {
      return null;
    }
  }

  private Process child(Path archive, Path out) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dcalque.audit.checkpointMillis=100", "-cp",
        System.getProperty("java.class.path"), "dev.calque.cli.Main", "audit", "--no-grammar", "--threads", "2",
        "--progress", "never", "--out", out.toString(), archive.toString()));
    return new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.to(dir.resolve("child.log").toFile())).start();
  }
}
