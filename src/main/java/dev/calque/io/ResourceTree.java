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
import java.util.Locale;
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

  /** Files under the classpath folder with one of the given suffixes, sorted by name. */
  public static List<Entry> list(String folder, String... suffixes) {
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
        return listDir(fs.getPath(folder), suffixes, folder);
      }
      return listDir(Path.of(uri), suffixes, folder);
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot list bundled folder " + folder + ": " + e.getMessage(), e);
    }
  }

  /** Files under a folder on disk with one of the given suffixes, sorted by name. */
  public static List<Entry> listDirectory(Path dir, String... suffixes) {
    try {
      return listDir(dir, suffixes, dir.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Entry> listDir(Path root, String[] suffixes, String label) throws IOException {
    List<Entry> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(root)) {
      s.filter(p -> p.getFileName() != null && hasSuffix(p.getFileName().toString(), suffixes))
          .filter(p -> !hidden(root.relativize(p)))
          .filter(Files::isRegularFile)
          .sorted(Comparator.comparing(Path::toString))
          .forEach(p -> out.add(new Entry(label + "/" + root.relativize(p).toString().replace('\\', '/'), p)));
    }
    return out;
  }

  /** Case-insensitive: "NOTES.YAML" saved by a Windows tool is as much a rule file as "notes.yaml". */
  private static boolean hasSuffix(String name, String[] suffixes) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String suffix : suffixes) {
      if (lower.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  /** Dot-files and dot-folders (editor backups, .git, macOS "._" forks) are not content. */
  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
