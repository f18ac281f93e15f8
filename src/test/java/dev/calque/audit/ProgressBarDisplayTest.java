package dev.calque.audit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The terminal progress bar shows how far the input is read, documents per second and findings. */
class ProgressBarDisplayTest {
  @Test
  void showsBytesDocumentsRateAndFindings() throws Exception {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    ProgressBarDisplay display = new ProgressBarDisplay(new PrintStream(buf, true, StandardCharsets.UTF_8), 160);
    try (Progress p = display.start(8L << 20, 2L << 20)) {
      Thread.sleep(50);
      p.update(1234, 56, 4L << 20);
      Thread.sleep(700); // the bar redraws twice a second
    }
    String shown = buf.toString(StandardCharsets.UTF_8);
    assertTrue(shown.contains("audit") && shown.contains("50%") && shown.contains("4/8 MB"), shown);
    assertTrue(shown.contains("1,234 docs") && shown.contains("docs/s") && shown.contains("56 findings"), shown);
  }
}
