package dev.calque.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/** Generated archives for the audit's tests: our own sentences, some with MT artifacts, some records broken. */
final class Archives {
  private static final List<String> CLEAN = List.of(
      "The council approved the new budget after a long debate on Tuesday.",
      "Farmers in the valley expect a smaller harvest because of the dry spring.",
      "The museum will open a new wing for modern art next year.",
      "Police said the road would stay closed until the morning.",
      "The minister promised to publish the report before the summer.");
  private static final List<String> FLAWED = List.of(
      "The mayor said that the the plan would cost more than expected.",
      "The Asian giant announced new tariffs on steel imports.",
      "Photo: EFE",
      "Share Tweet",
      "The unemployment rate fell to 12,5% in the last quarter.");
  private static final List<String> SECTIONS = List.of("Politics", "Economy", "Culture", "World");

  private Archives() {
  }

  /** A line of JSON for article number i: a few paragraphs, a date and a section from a fixed sequence. */
  static String record(int i, Random random) {
    StringBuilder text = new StringBuilder();
    int paragraphs = 2 + random.nextInt(4);
    for (int p = 0; p < paragraphs; p++) {
      List<String> from = random.nextInt(3) == 0 ? FLAWED : CLEAN;
      text.append(from.get(random.nextInt(from.size()))).append("\\n\\n");
    }
    String month = String.format("2023-%02d-%02d", 1 + i % 12, 1 + i % 28);
    return "{\"id\":\"a" + i + "\",\"title\":\"Article " + i + "\",\"text\":\"" + text + "\",\"date\":\"" + month
        + "\",\"section\":\"" + SECTIONS.get(i % SECTIONS.size()) + "\",\"url\":\"https://example.org/" + i + "\"}";
  }

  /** An archive of n records, every 50th line malformed in one of several ways; gzip-compressed when asked. */
  static Path jsonl(Path file, int n, boolean gzip) throws IOException {
    Random random = new Random(n);
    try (OutputStream raw = Files.newOutputStream(file);
        OutputStream out = gzip ? new GZIPOutputStream(raw) : raw) {
      for (int i = 0; i < n; i++) {
        String line = switch (i % 50 == 49 ? (i / 50) % 3 : -1) {
          case 0 -> "{\"id\":\"broken" + i + "\", \"text\": ";
          case 1 -> "{\"id\":\"empty" + i + "\",\"text\":\"   \"}";
          case 2 -> "[\"not\", \"an\", \"object\"]";
          default -> record(i, random);
        };
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    return file;
  }
}
