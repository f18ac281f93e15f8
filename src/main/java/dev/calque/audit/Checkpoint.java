package dev.calque.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The audit's consistent state, written atomically (a new file synced to disk, then renamed over the
 * old one) after the outputs it describes are synced: how many input items are done, a hash chained
 * over their identities (to notice changed inputs on resume), and how many bytes of each output
 * belong to them. Whatever a kill interrupts, the last checkpoint and the output prefixes it names
 * agree; a resumed run cuts the outputs back to those prefixes and goes on with item {@code next}.
 *
 * @param settings fingerprint of everything that decides the results (inputs named, languages, rules and the
 *     rule files' content, fields)
 * @param inputs hash of the input files' names, sizes and modification times ({@link AuditInputs#state})
 */
record Checkpoint(String format, String settings, String inputs, long next, String chain, long findings,
    long documents, long problems, boolean complete) {
  static final String FILE = "audit-state.json";
  static final String FORMAT = "calque-audit-state/2";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The checkpoint in the folder, or null when there is none. */
  static Checkpoint read(Path out) throws AuditException {
    Path p = out.resolve(FILE);
    try {
      Checkpoint c = JSON.readValue(Files.readAllBytes(p), Checkpoint.class);
      if (!FORMAT.equals(c.format())) {
        throw new AuditException(p + " is from another version of calque (" + c.format() + "); rerun with --fresh");
      }
      return c;
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new AuditException("cannot read the audit's checkpoint " + p + " (" + dev.calque.util.Messages.firstLine(e)
          + "); rerun with --fresh to start over");
    }
  }

  void write(Path out, Disk disk) throws IOException {
    Path tmp = out.resolve(FILE + ".tmp");
    byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(this);
    writeAtomically(disk, tmp, out.resolve(FILE), bytes);
  }

  /** Writes a file whole or not at all: a reader sees the old content or the new, never a part. */
  static void writeAtomically(Disk disk, Path tmp, Path target, byte[] bytes) throws IOException {
    try (SeekableByteChannel ch = disk.open(tmp)) {
      ch.truncate(0);
      ByteBuffer b = ByteBuffer.wrap(bytes);
      while (b.hasRemaining()) {
        ch.write(b);
      }
      if (ch instanceof FileChannel fc) {
        fc.force(false);
      }
    }
    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    try (FileChannel dir = FileChannel.open(target.toAbsolutePath().getParent(), StandardOpenOption.READ)) {
      dir.force(true); // the rename itself on disk
    } catch (IOException ignored) {
      // not every file system syncs folders; the rename is still atomic
    }
  }
}
