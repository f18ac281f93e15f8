package dev.calque.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Rewrites a file in place for fix --in-place, keeping the original in a backup that is never overwritten. */
final class InPlaceWriter {
  /** The last step, an atomic rename; tests put a failing one here. */
  interface Mover {
    void move(Path from, Path to) throws IOException;
  }

  private final String suffix;
  private final Mover mover;

  InPlaceWriter(String suffix) {
    this(suffix, (from, to) -> Files.move(from, to, StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING));
  }

  InPlaceWriter(String suffix, Mover mover) {
    this.suffix = suffix;
    this.mover = mover;
  }

  /**
   * Whether the user marked the file read-only. Root may write any file, so the owner's write bit is
   * checked as well as isWritable.
   */
  static boolean isReadOnly(Path file) throws IOException {
    if (!Files.isWritable(file)) {
      return true;
    }
    try {
      return !Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE);
    } catch (UnsupportedOperationException e) {
      return false; // no POSIX bits: isWritable has said all there is
    }
  }

  /**
   * Replaces file (a real path, not a link) with text and returns the backup. The new text is on disk
   * before the original is backed up and renamed over in one step, so a crash leaves either file
   * whole. On any failure the original is untouched and nothing of ours is left behind.
   */
  Path replace(Path file, String text) throws IOException {
    // Beside the file: a rename within one directory is atomic, across file systems it is not.
    Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".calque-", ".tmp");
    Path backup = null;
    try {
      write(tmp, text.getBytes(StandardCharsets.UTF_8));
      // The temporary file is 0600 and ours; the rewritten file must look like the one it replaces.
      copyOwnerAndPermissions(file, tmp);
      backup = backup(file);
      mover.move(tmp, file);
      return backup;
    } catch (IOException | RuntimeException | Error e) {
      // The temporary file still there means no rename happened: the original is in place and the
      // backup just made is a spare copy of it.
      if (Files.exists(tmp)) {
        deleteAfter(e, tmp);
        if (backup != null) {
          deleteAfter(e, backup);
        }
      }
      throw e;
    }
  }

  /** Writes bytes to the file and forces them to disk, so the rename never publishes a half-written file. */
  private static void write(Path file, byte[] bytes) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer buf = ByteBuffer.wrap(bytes);
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
      ch.force(true);
    }
  }

  private static void deleteAfter(Throwable failure, Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  /**
   * Copies the file to FILE.orig, or when that exists to the first free FILE.orig.N, as GNU numbered
   * backups do: an earlier backup may be the only copy of the user's very first text.
   */
  private Path backup(Path file) throws IOException {
    String name = file.getFileName() + suffix;
    for (int n = 0; ; n++) {
      Path candidate = file.resolveSibling(n == 0 ? name : name + "." + n);
      try {
        copyToNew(file, candidate);
        return candidate;
      } catch (FileAlreadyExistsException e) {
        // taken, by an earlier run or by another process this instant: try the next number
      }
    }
  }

  /**
   * Copies from into a file that does not exist yet. CREATE_NEW makes taking the name atomic, so two
   * processes never pick the same backup. The copy is private until it is complete and then gets the
   * original's permissions, owner and time.
   */
  private static void copyToNew(Path from, Path to) throws IOException {
    FileAttribute<?>[] privately = isPosix(to)
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
        : new FileAttribute<?>[0];
    FileChannel out = FileChannel.open(to, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
        privately);
    try {
      try (out; InputStream in = Files.newInputStream(from); OutputStream os = Channels.newOutputStream(out)) {
        in.transferTo(os);
        out.force(true);
      }
      copyOwnerAndPermissions(from, to);
      Files.setLastModifiedTime(to, Files.getLastModifiedTime(from));
    } catch (IOException | RuntimeException | Error e) {
      deleteAfter(e, to); // ours, and perhaps incomplete: the original is still in place
      throw e;
    }
  }

  private static boolean isPosix(Path p) {
    return p.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  /** Gives to the permissions of from, and its owner and group where we may (root may, others mostly not). */
  private static void copyOwnerAndPermissions(Path from, Path to) throws IOException {
    PosixFileAttributes a;
    try {
      a = Files.readAttributes(from, PosixFileAttributes.class);
    } catch (UnsupportedOperationException e) {
      return; // no POSIX permissions here (Windows, some mounts): the file system decides
    }
    PosixFileAttributeView view = Files.getFileAttributeView(to, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    // Owner before permissions: changing the owner may clear set-user-ID bits.
    try {
      view.setOwner(a.owner());
    } catch (IOException e) {
      // not allowed to give files away: the file stays ours, as with sed -i
    }
    try {
      view.setGroup(a.group());
    } catch (IOException e) {
      // not a member of that group
    }
    view.setPermissions(a.permissions());
  }
}
