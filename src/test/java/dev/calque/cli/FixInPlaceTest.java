package dev.calque.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fix --in-place: the user's text is never lost, whatever the files look like. */
class FixInPlaceTest {
  private static final String ORIGINAL =
      "The talks were held for the sake of of the relations between the two countries.\n";
  private static final String FIXED =
      "The talks were held for the sake of the relations between the two countries.\n";
  /** Needs two runs: the first removes the doubled "not", the second fixes the calque "not obstant". */
  private static final String TWO_PASS = "Not not obstant, the plan went ahead.\n";
  private static final String TWO_PASS_ONCE = "Not obstant, the plan went ahead.\n";
  private static final String TWO_PASS_TWICE = "Nevertheless, the plan went ahead.\n";

  @TempDir
  Path dir;

  private Path write(Path p, String text) throws IOException {
    Files.createDirectories(p.toAbsolutePath().getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static Run fix(String... files) {
    String[] args = Stream.concat(Stream.of("fix", "--no-grammar", "--source-lang", "es", "--in-place"),
        Stream.of(files)).toArray(String[]::new);
    return Run.of(args);
  }

  private static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }

  private List<String> names() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static void assumePosix() {
    Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
        "POSIX permissions not supported here");
  }

  private static void link(Path link, Path target) throws IOException {
    try {
      Files.createSymbolicLink(link, target);
    } catch (UnsupportedOperationException | IOException | SecurityException e) {
      Assumptions.abort("symbolic links not supported here: " + e);
    }
  }

  @Test
  void rewritesTheFileAndKeepsTheOriginalBeside() throws Exception {
    Path a = write(dir.resolve("a.txt"), ORIGINAL);
    Run r = fix(a.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(FIXED, read(a));
    assertEquals(ORIGINAL, read(dir.resolve("a.txt.orig")));
    assertEquals(List.of("a.txt", "a.txt.orig"), names(), "no temporary file left behind");
  }

  @Test
  void aFileNamedTwiceIsFixedOnceAndItsBackupKeepsTheOriginal() throws Exception {
    Path a = write(dir.resolve("a.txt"), TWO_PASS);
    Run r = fix(a.toString(), dir.resolve(".").resolve("a.txt").toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(TWO_PASS_ONCE, read(a));
    assertEquals(TWO_PASS, read(dir.resolve("a.txt.orig")));
    assertEquals(List.of("a.txt", "a.txt.orig"), names());
    assertTrue(r.err().contains("same file"), r.err());
  }

  @Test
  void aFileNamedAgainThroughALinkIsFixedOnce() throws Exception {
    Path a = write(dir.resolve("a.txt"), TWO_PASS);
    Path l = dir.resolve("l.txt");
    link(l, a.getFileName());
    Run r = fix(a.toString(), l.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(TWO_PASS_ONCE, read(a));
    assertEquals(TWO_PASS, read(dir.resolve("a.txt.orig")));
    assertEquals(List.of("a.txt", "a.txt.orig", "l.txt"), names());
  }

  @Test
  void aLinkNamedBeforeItsTargetIsFixedOnceThroughTheLink() throws Exception {
    Path a = write(dir.resolve("a.txt"), TWO_PASS);
    Path l = dir.resolve("l.txt");
    link(l, a.getFileName());
    Run r = fix(l.toString(), a.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.isSymbolicLink(l));
    assertEquals(TWO_PASS_ONCE, read(a));
    assertEquals(TWO_PASS, read(dir.resolve("a.txt.orig")));
    assertEquals(List.of("a.txt", "a.txt.orig", "l.txt"), names());
  }

  @Test
  void laterRunsNeverOverwriteABackupButNumberTheNext() throws Exception {
    Path a = write(dir.resolve("a.txt"), TWO_PASS);
    assertEquals(0, fix(a.toString()).code());
    assertEquals(TWO_PASS_ONCE, read(a));
    Run second = fix(a.toString());
    assertEquals(0, second.code(), second.err());
    assertEquals(TWO_PASS_TWICE, read(a));
    assertEquals(TWO_PASS, read(dir.resolve("a.txt.orig")), "the very first original survives");
    assertEquals(TWO_PASS_ONCE, read(dir.resolve("a.txt.orig.1")));
    assertTrue(second.err().contains("a.txt.orig.1"), second.err());
    write(a, ORIGINAL);
    assertEquals(0, fix(a.toString()).code());
    assertEquals(FIXED, read(a));
    assertEquals(ORIGINAL, read(dir.resolve("a.txt.orig.2")));
    assertEquals(TWO_PASS_ONCE, read(dir.resolve("a.txt.orig.1")));
    assertEquals(TWO_PASS, read(dir.resolve("a.txt.orig")));
  }

  @Test
  void theFirstFreeNumberIsTaken() throws Exception {
    Path a = write(dir.resolve("a.txt"), ORIGINAL);
    write(dir.resolve("a.txt.orig"), "mine\n");
    write(dir.resolve("a.txt.orig.2"), "mine too\n");
    assertEquals(0, fix(a.toString()).code());
    assertEquals("mine\n", read(dir.resolve("a.txt.orig")));
    assertEquals(ORIGINAL, read(dir.resolve("a.txt.orig.1")));
    assertEquals("mine too\n", read(dir.resolve("a.txt.orig.2")));
  }

  @Test
  void permissionsAreKeptOnTheFileAndItsBackup() throws Exception {
    assumePosix();
    for (String mode : List.of("rw-r-----", "rw-rw-r--", "rwxr-xr-x")) {
      Path a = write(dir.resolve(mode + ".txt"), ORIGINAL);
      Set<PosixFilePermission> perms = PosixFilePermissions.fromString(mode);
      Files.setPosixFilePermissions(a, perms);
      Run r = fix(a.toString());
      assertEquals(0, r.code(), r.err());
      assertEquals(FIXED, read(a));
      assertEquals(perms, Files.getPosixFilePermissions(a), mode);
      assertEquals(perms, Files.getPosixFilePermissions(dir.resolve(mode + ".txt.orig")), mode);
    }
  }

  @Test
  void theOwnerIsKeptWhereWeMayChangeIt() throws Exception {
    assumePosix();
    Path a = write(dir.resolve("a.txt"), ORIGINAL);
    UserPrincipal nobody;
    try {
      nobody = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
      Files.setOwner(a, nobody);
    } catch (IOException | UnsupportedOperationException e) {
      Assumptions.abort("cannot give a file away here (not root?): " + e);
      return;
    }
    Run r = fix(a.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(FIXED, read(a));
    assertEquals(nobody, Files.getOwner(a));
  }

  @Test
  void aReadOnlyFileIsRefusedAndTheOthersAreStillFixed() throws Exception {
    assumePosix();
    Path ro = write(dir.resolve("ro.txt"), ORIGINAL);
    Path rw = write(dir.resolve("rw.txt"), ORIGINAL);
    // No owner write bit: refused even for root, who could write it anyway.
    Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r--r--r--"));
    Run r = fix(ro.toString(), rw.toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("calque: " + ro + ": read-only, not rewritten (make it writable or use --diff)"),
        r.err());
    assertEquals(ORIGINAL, read(ro));
    assertEquals(PosixFilePermissions.fromString("r--r--r--"), Files.getPosixFilePermissions(ro));
    assertFalse(Files.exists(dir.resolve("ro.txt.orig")));
    assertEquals(FIXED, read(rw));
    assertEquals(ORIGINAL, read(dir.resolve("rw.txt.orig")));
  }

  @Test
  void aLinkStaysALinkAndItsTargetIsRewritten() throws Exception {
    Path target = write(dir.resolve("real").resolve("a.txt"), ORIGINAL);
    Path l = dir.resolve("link.txt");
    link(l, dir.relativize(target));
    Run r = fix(l.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.isSymbolicLink(l));
    assertEquals(dir.relativize(target), Files.readSymbolicLink(l));
    assertEquals(FIXED, read(target));
    // The backup lies beside the target, named after it, and stderr says where.
    assertEquals(ORIGINAL, read(dir.resolve("real").resolve("a.txt.orig")));
    assertFalse(Files.exists(dir.resolve("link.txt.orig")), "no backup beside the link");
    assertTrue(r.err().contains("a.txt.orig"), r.err());
    try (Stream<Path> s = Files.list(dir.resolve("real"))) {
      assertEquals(List.of("a.txt", "a.txt.orig"), s.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void aFailedWriteLeavesTheOriginalAndNoTemporaryFile() throws Exception {
    Path a = write(dir.resolve("a.txt"), ORIGINAL);
    // A backup name longer than any file system allows makes the write fail half-way.
    Run r = Run.of("fix", "--no-grammar", "--source-lang", "es", "--in-place", "--backup-suffix",
        ".".repeat(300), a.toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("the original is untouched"), r.err());
    assertEquals(ORIGINAL, read(a));
    assertEquals(List.of("a.txt"), names(), "nothing left behind");
  }

  @Test
  void aFailedMoveLeavesTheOriginalAndNothingElse() throws Exception {
    Path a = write(dir.resolve("a.txt"), ORIGINAL);
    InPlaceWriter failing = new InPlaceWriter(".orig", (from, to) -> {
      throw new IOException("disk on fire");
    });
    IOException e = assertThrows(IOException.class, () -> failing.replace(a, FIXED));
    assertEquals("disk on fire", e.getMessage());
    assertEquals(ORIGINAL, read(a));
    assertEquals(List.of("a.txt"), names(), "neither temporary file nor backup left behind");
  }

  @Test
  void helpDescribesTheBackupAndBadSuffixesAreRefused() throws Exception {
    Run help = Run.of("fix", "--help");
    assertFalse(help.out().contains("null"), help.out());
    assertTrue(help.out().contains("FILE.orig"), help.out());
    Path a = write(dir.resolve("a.txt"), ORIGINAL);
    for (String suffix : List.of("", "/x", "x/", "../y")) {
      Run r = Run.of("fix", "--no-grammar", "--in-place", "--backup-suffix", suffix, a.toString());
      assertEquals(2, r.code(), suffix);
      assertTrue(r.err().contains("--backup-suffix"), r.err());
      assertEquals(ORIGINAL, read(a));
      assertEquals(List.of("a.txt"), names());
    }
  }
}
