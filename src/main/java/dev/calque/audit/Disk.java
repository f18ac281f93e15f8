package dev.calque.audit;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * How the audit opens the files it writes. Every write of the audit (outputs, checkpoint, report) goes
 * through it, so a test can make the disk run full at any byte.
 */
interface Disk {
  SeekableByteChannel open(Path path) throws IOException;

  Disk REAL = path -> FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
      StandardOpenOption.READ);
}
