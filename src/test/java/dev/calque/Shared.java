package dev.calque;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The evaluation data beside the repository (../shared). A test that needs it is skipped, saying so,
 * when ../shared is absent (a plain clone); where ../shared is present (CI checks it out beside the
 * clone) the test runs, and a file missing from it is a failure, not a skip.
 */
public final class Shared {
  public static final Path ROOT = Path.of("..", "shared");

  private Shared() {
  }

  public static Path require(String relative) {
    Path p = ROOT.resolve(relative);
    Assumptions.assumeTrue(Files.isDirectory(ROOT), () -> "skipped because ../shared is absent: this test needs ../shared/"
        + relative + " (looked in " + ROOT.toAbsolutePath().normalize() + ")");
    assertTrue(Files.exists(p), () -> "../shared is present but ../shared/" + relative + " is missing ("
        + p.toAbsolutePath().normalize() + ")");
    return p;
  }
}
