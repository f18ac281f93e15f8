package dev.calque.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import dev.calque.audit.Fields;

/** The test archive (src/test/resources/reference/archive, our own writing), indexed once per test JVM. */
public final class ReferenceArchive {
  public static final Path ARCHIVE = Path.of("src/test/resources/reference/archive");
  private static Path built;

  private ReferenceArchive() {
  }

  /** A reference index of the test archive, built the first time it is asked for. */
  public static synchronized Path index() {
    if (built == null) {
      try {
        Path dir = Files.createTempDirectory("calque-reference-");
        ReferenceIndexWriter.index(List.of(ARCHIVE.toString()), Fields.standard(), dir.resolve("index"), p -> {
          throw new AssertionError("the test archive should read cleanly: " + p);
        });
        built = dir.resolve("index");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return built;
  }
}
