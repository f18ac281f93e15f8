package dev.calque.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import dev.calque.audit.Fields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceIndexTest {
  @TempDir
  Path tmp;

  @Test
  void countsWordsRunsAndNamesOfTheArchive() throws IOException {
    try (ReferenceIndex index = ReferenceIndex.open(ReferenceArchive.index())) {
      assertTrue(index.words() > 1000, "the archive's words: " + index.words());
      assertTrue(index.nameCount("Mijail") >= 20, "Mijail: " + index.nameCount("Mijail"));
      assertEquals(0, index.nameCount("Mikhail"));
      assertEquals(0, index.nameCount("mijail"), "names keep their case");
      assertTrue(index.phraseCount("China") >= 4, "China: " + index.phraseCount("China"));
      assertEquals(index.phraseCount("china"), index.phraseCount("CHINA"), "words and runs are counted in any case");
      assertTrue(index.phraseCount("the Royal House") >= 4, "the Royal House: " + index.phraseCount("the Royal House"));
      assertEquals(0, index.phraseCount("the Asian giant"));
      assertEquals(-1, index.phraseCount("a run of four words"), "only runs of up to three words are counted");
    }
  }

  @Test
  void aRerunReadsOnlyNewOrChangedFiles() throws IOException {
    Path archive = Files.createDirectories(tmp.resolve("archive"));
    Path one = Files.writeString(archive.resolve("one.txt"), "The mayor Tomás Ferrer opened the pier.\n");
    Path out = tmp.resolve("index");
    ReferenceIndexWriter.Summary first = index(archive, out);
    assertEquals(1, first.filesRead());
    assertEquals(1, count(out, "Ferrer"));

    ReferenceIndexWriter.Summary again = index(archive, out);
    assertEquals(0, again.filesRead());
    assertEquals(1, again.filesUnchanged());
    assertEquals(1, count(out, "Ferrer"), "an unchanged file is not counted twice");

    Files.writeString(archive.resolve("two.txt"), "On Monday the mayor Tomás Ferrer spoke.\n");
    ReferenceIndexWriter.Summary added = index(archive, out);
    assertEquals(1, added.filesRead());
    assertEquals(1, added.filesUnchanged());
    assertEquals(2, count(out, "Ferrer"));

    Files.writeString(one, "The mayor Tomás Ferrer and the deputy Ana Ferrer opened the pier.\n");
    Files.setLastModifiedTime(one, FileTime.fromMillis(Files.getLastModifiedTime(one).toMillis() + 5000));
    ReferenceIndexWriter.Summary changed = index(archive, out);
    assertEquals(1, changed.filesReplaced());
    assertEquals(3, count(out, "Ferrer"), "a changed file's old articles are replaced, not added to");
  }

  @Test
  void aMissingFolderOrOneWithoutAnIndexIsAClearError() throws IOException {
    ReferenceIndexException missing = assertThrows(ReferenceIndexException.class,
        () -> ReferenceIndex.open(tmp.resolve("nowhere")));
    assertTrue(missing.getMessage().contains("calque index"), missing.getMessage());
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    assertThrows(ReferenceIndexException.class, () -> ReferenceIndex.open(empty));
  }

  @Test
  void aDamagedIndexIsAClearError() throws IOException {
    Path archive = Files.createDirectories(tmp.resolve("archive"));
    Files.writeString(archive.resolve("one.txt"), "The mayor Tomás Ferrer opened the pier.\n");
    Path out = tmp.resolve("index");
    index(archive, out);
    try (var files = Files.list(out)) {
      for (Path f : files.toList()) {
        if (f.getFileName().toString().startsWith("segments_")) {
          Files.write(f, new byte[] {1, 2, 3, 4, 5, 6, 7, 8}); // the commit point, overwritten with junk
        }
      }
    }
    ReferenceIndexException e = assertThrows(ReferenceIndexException.class, () -> ReferenceIndex.open(out));
    assertTrue(e.getMessage().contains("damaged") || e.getMessage().contains("unreadable"), e.getMessage());
  }

  @Test
  void theWriterNeverAddsToAFolderThatHoldsSomethingElse() throws IOException {
    Path archive = Files.createDirectories(tmp.resolve("archive"));
    Files.writeString(archive.resolve("one.txt"), "Text.\n");
    Path busy = Files.createDirectories(tmp.resolve("busy"));
    Files.writeString(busy.resolve("notes.txt"), "mine\n");
    assertThrows(ReferenceIndexException.class, () -> index(archive, busy));
  }

  @Test
  void unreadableInputsAreReportedAndTheRestIndexed() throws IOException {
    Path archive = Files.createDirectories(tmp.resolve("archive"));
    Files.writeString(archive.resolve("good.txt"), "The mayor Tomás Ferrer opened the pier.\n");
    Files.writeString(archive.resolve("bad.jsonl"), "{\"text\": \"fine, the striker Mijail Ramos\"}\n{not json\n");
    List<String> problems = new ArrayList<>();
    ReferenceIndexWriter.Summary s = ReferenceIndexWriter.index(List.of(archive.toString()), Fields.standard(),
        tmp.resolve("index"), problems::add);
    assertEquals(2, s.articles());
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("bad.jsonl:2"), problems.get(0));
  }

  private static ReferenceIndexWriter.Summary index(Path archive, Path out) throws IOException {
    return ReferenceIndexWriter.index(List.of(archive.toString()), Fields.standard(), out, p -> {
      throw new AssertionError(p);
    });
  }

  private static long count(Path out, String name) throws IOException {
    try (ReferenceIndex index = ReferenceIndex.open(out)) {
      return index.nameCount(name);
    }
  }
}
