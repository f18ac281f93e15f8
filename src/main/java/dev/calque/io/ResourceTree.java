package dev.calque.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Lists the files of a folder that ships on the classpath (rules/, corpora/), whether the classes run
 * from a directory (tests, IDE) or from the shaded jar, and of plain folders given by the user.
 */
public final class ResourceTree {
  /** A file found: its name relative to the listed folder and how to read it. */
  public record Entry(String name, Path path) {
    public InputStream open() throws IOException {
      return Files.newInputStream(path);
    }
  }

  private ResourceTree() {
  }

  /** Files under the classpath folder with the given suffix, sorted by name. */
  public static List<Entry> list(String folder, String suffix) {
    URL url = ResourceTree.class.getClassLoader().getResource(folder);
    if (url == null) {
      return List.of();
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem fs;
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        return listDir(fs.getPath(folder), suffix, folder);
      }
      return listDir(Path.of(uri), suffix, folder);
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot list bundled folder " + folder + ": " + e.getMessage(), e);
    }
  }

  /** Files under a folder on disk with the given suffix, sorted by name. */
  public static List<Entry> listDirectory(Path dir, String suffix) {
    try {
      return listDir(dir, suffix, dir.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Entry> listDir(Path root, String suffix, String label) throws IOException {
    List<Entry> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(root)) {
      s.filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith(suffix))
          .filter(Files::isRegularFile)
          .sorted(Comparator.comparing(Path::toString))
          .forEach(p -> out.add(new Entry(label + "/" + root.relativize(p).toString().replace('\\', '/'), p)));
    }
    return out;
  }
}
