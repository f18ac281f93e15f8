package dev.calque;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The evaluation data beside the repository (../shared); tests that need it skip when it is absent. */
public final class Shared {
  public static final Path ROOT = Path.of("..", "shared");

  private Shared() {
  }

  public static Path require(String relative) {
    Path p = ROOT.resolve(relative);
    Assumptions.assumeTrue(Files.exists(p), "../shared/" + relative + " is absent; skipping");
    return p;
  }
}
