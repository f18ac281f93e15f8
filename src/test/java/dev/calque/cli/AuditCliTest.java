package dev.calque.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** calque audit through the command line: help, usage errors, exit statuses, and a real full device. */
class AuditCliTest {
  @TempDir
  Path dir;

  @Test
  void helpShowsExamplesAndNeedsNoRuntime() {
    assertEquals(0, Main.run(new String[] {"audit", "--help"}, new java.io.PrintWriter(new java.io.StringWriter()),
        new java.io.PrintWriter(new java.io.StringWriter()), java.io.InputStream.nullInputStream(), () -> {
          throw new AssertionError("--help must not build the runtime");
        }));
    Run r = Run.of("audit", "--help");
    assertTrue(r.out().contains("calque audit --out audit/ --threads 2 --no-grammar archive-2023.jsonl.gz"), r.out());
    assertTrue(r.out().contains("--field") && r.out().contains("--fresh") && r.out().contains("Exit status:"), r.out());
  }

  @Test
  void usageErrorsAreTwoWithTheReason() throws Exception {
    Path in = Files.writeString(dir.resolve("a.txt"), "Text.");
    Run noOut = Run.of("audit", in.toString());
    assertEquals(2, noOut.code());
    assertTrue(noOut.err().contains("Missing required option: '--out=DIR'"), noOut.err());
    Run badField = Run.of("audit", "--no-grammar", "--out", dir.resolve("o").toString(), "--field", "txt=x", in.toString());
    assertEquals(2, badField.code());
    assertTrue(badField.err().contains("unknown role 'txt'"), badField.err());
    Run badLang = Run.of("audit", "--no-grammar", "--lang", "xx", "--out", dir.resolve("o").toString(), in.toString());
    assertEquals(2, badLang.code());
    assertTrue(badLang.err().contains("unknown language 'xx'"), badLang.err());
  }

  @Test
  void exitStatusSaysCleanFindingsOrSkipped() throws Exception {
    Path clean = Files.writeString(dir.resolve("clean.txt"), "The council approved the budget on Tuesday.\n");
    Path flawed = Files.writeString(dir.resolve("flawed.txt"), "The mayor said that the the plan was ready.\n");
    Path broken = Files.writeString(dir.resolve("broken.jsonl"), "{\"id\": 1\n");
    Run ok = Run.of("audit", "--no-grammar", "--out", dir.resolve("o1").toString(), clean.toString());
    assertEquals(0, ok.code(), ok.err());
    assertEquals("audited 1 documents (7 words): 0 findings (0 critical, 0 major, 0 minor), 0.0 per 1,000 words\n"
        + "wrote " + dir.resolve("o1/findings.jsonl") + ", " + dir.resolve("o1/documents.csv") + " and "
        + dir.resolve("o1/report.html") + "\n", ok.out());
    Run found = Run.of("audit", "--no-grammar", "--out", dir.resolve("o2").toString(), clean.toString(),
        flawed.toString());
    assertEquals(1, found.code(), found.err());
    assertTrue(found.out().startsWith("audited 2 documents (16 words): 1 findings (0 critical, 1 major, 0 minor)"),
        found.out());
    Run skipped = Run.of("audit", "--no-grammar", "--out", dir.resolve("o3").toString(), flawed.toString(),
        broken.toString());
    assertEquals(2, skipped.code());
    assertTrue(skipped.err().contains("calque: " + broken + ":1: invalid JSON"), skipped.err());
    assertTrue(skipped.out().contains("skipped 1 input items (1 malformed or unreadable, 0 calque failed on): see "
        + dir.resolve("o3/problems.jsonl")), skipped.out());
  }

  @Test
  void aFullDeviceStopsWithAClearMessageAndTheAuditResumes() throws Exception {
    Path full = Path.of("/dev/full");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(full), "no /dev/full on this system");
    Path in = Files.writeString(dir.resolve("a.txt"), "The mayor said that the the plan was ready.\n");
    Path out = Files.createDirectories(dir.resolve("out"));
    // documents.csv on a device that is always full: ENOSPC from the kernel when its header is written.
    Files.createSymbolicLink(out.resolve("documents.csv"), full);
    Run r = Run.of("audit", "--no-grammar", "--out", out.toString(), in.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("calque: cannot write to " + out + ": No space left on device; the audit is saved up "
        + "to item 0: free some space and run the same command again to resume"), r.err());
    Files.delete(out.resolve("documents.csv"));
    Run again = Run.of("audit", "--no-grammar", "--out", out.toString(), in.toString());
    assertEquals(1, again.code(), again.err());
    assertTrue(Files.readString(out.resolve("findings.jsonl")).contains("\"text\":\"the the\""));
  }
}
