package dev.calque.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The items of an audit's inputs, lazily and always in the same order: the arguments in the order
 * given, folders walked in name order, JSON Lines files line by line. Nothing is held but the current
 * file and one folder listing per level, so an archive of any size streams. Problems met while
 * enumerating (a missing argument, an unreadable folder, a broken gzip stream, a binary .jsonl) are
 * items too, so they are reported in place, exactly once, and counted.
 */
public final class AuditInputs extends Lookahead<Item> {
  /**
   * A file to read: its name as reached from the command line, its path, its size (-1 when unknown)
   * and when it was last modified (milliseconds; -1 when unknown).
   */
  record Entry(String name, Path path, long size, long modified, String problem) {
    Entry(String name, Path path, long size, String problem) {
      this(name, path, size, -1, problem);
    }
  }

  private final Fields fields;
  private final Iterator<Entry> files;
  private JsonLines lines;
  private long doneBytes;

  public AuditInputs(List<String> args, Fields fields) {
    this(args, fields, (path, size) -> true);
  }

  /** Which files to read: the reference index passes over files it has already indexed unchanged. */
  @FunctionalInterface
  public interface FileFilter {
    boolean read(Path path, long size);
  }

  /** The items of the files {@code filter} keeps (problems met while walking are always items). */
  public AuditInputs(List<String> args, Fields fields, FileFilter filter) {
    this.fields = fields;
    Iterator<Entry> all = walk(args);
    this.files = new Lookahead<>() {
      @Override
      Entry find() {
        while (all.hasNext()) {
          Entry e = all.next();
          if (e.problem() != null || filter.read(e.path(), e.size())) {
            return e;
          }
        }
        return null;
      }
    };
  }

  /** Total size of the input files, for the progress bar (a second walk; no file is opened). */
  public static long totalBytes(List<String> args) {
    long total = 0;
    for (Iterator<Entry> it = walk(args); it.hasNext(); ) {
      total += Math.max(0, it.next().size());
    }
    return total;
  }

  /**
   * A hash of the input files as they are now: every file's name, size and modification time (and
   * every problem met walking them), in walk order. Kept in the checkpoint, so a rerun notices a file
   * added, removed or changed since (the walk opens no file: one listing per folder, one look per file).
   */
  public static String state(List<String> args) {
    java.security.MessageDigest d = AuditOptions.digest();
    for (Iterator<Entry> it = walk(args); it.hasNext(); ) {
      Entry e = it.next();
      d.update((e.name() + '\0' + e.size() + '\0' + e.modified() + '\0' + e.problem() + '\n')
          .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    return java.util.HexFormat.of().formatHex(d.digest());
  }

  /** File bytes read so far (compressed bytes for gzip). */
  public long bytesRead() {
    return doneBytes + (lines == null ? 0 : lines.position());
  }

  @Override
  Item find() {
    while (true) {
      if (lines != null) {
        Item i = nextLine();
        if (i != null) {
          return i;
        }
        continue;
      }
      if (!files.hasNext()) {
        return null;
      }
      Entry e = files.next();
      if (e.problem() != null) {
        return Item.failed(new Location(e.name(), 0), e.problem());
      }
      FileItem.Kind kind = kind(e.name());
      if (kind != null) {
        doneBytes += Math.max(0, e.size());
        return new FileItem(e.name(), e.path(), kind, e.size(), fields);
      }
      Item problem = openLines(e);
      if (problem != null) {
        return problem;
      }
    }
  }

  private Item openLines(Entry e) {
    Compressed c = null;
    try {
      c = Compressed.open(e.path());
      lines = new JsonLines(e.name(), c, fields);
      return null;
    } catch (IOException ex) {
      boolean gz = c != null && c.gzip();
      doneBytes += Math.max(0, e.size());
      if (c != null) {
        try {
          c.close();
        } catch (IOException ignored) {
          // read-only: nothing was lost
        }
      }
      return Item.failed(new Location(e.name(), 0), Compressed.reason(ex, gz));
    }
  }

  /** The next item of the open JSON Lines file, or null when it is done (and closed). */
  private Item nextLine() {
    Item i = lines.next();
    if (i == null) {
      doneBytes += lines.position();
      try {
        lines.close();
      } catch (IOException ignored) {
        // read-only: nothing was lost
      }
      lines = null;
    }
    return i;
  }

  /** The kind of a whole-file document by its name (a .gz suffix aside), or null for JSON Lines. */
  static FileItem.Kind kind(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
      return null;
    }
    if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
      return FileItem.Kind.HTML;
    }
    if (n.endsWith(".md") || n.endsWith(".markdown")) {
      return FileItem.Kind.MARKDOWN;
    }
    return FileItem.Kind.TEXT;
  }

  /** Whether a file found in a folder is a document calque audits (others, such as images, are passed over). */
  static boolean audited(String name) {
    String n = name.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
    return n.endsWith(".txt") || n.endsWith(".md") || n.endsWith(".markdown") || n.endsWith(".html")
        || n.endsWith(".htm") || n.endsWith(".xhtml") || n.endsWith(".jsonl") || n.endsWith(".ndjson");
  }

  /** The files of the arguments in order: a file as itself, a folder's audited files in name order. */
  private static Iterator<Entry> walk(List<String> args) {
    return new Lookahead<>() {
      private final Iterator<String> rest = args.iterator();
      /** One sorted listing per folder level being walked, with the name prefix of that level. */
      private final Deque<Iterator<Path>> levels = new ArrayDeque<>();
      private final Deque<String> prefixes = new ArrayDeque<>();

      @Override
      Entry find() {
        while (true) {
          if (!levels.isEmpty()) {
            Iterator<Path> level = levels.peek();
            if (!level.hasNext()) {
              levels.pop();
              prefixes.pop();
              continue;
            }
            Path p = level.next();
            String name = prefixes.peek() + p.getFileName();
            if (p.getFileName().toString().startsWith(".")) {
              continue; // dot-files and folders (.git, editor backups, macOS "._" forks) are not content
            }
            BasicFileAttributes a;
            try {
              a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
              return new Entry(name, p, -1, Compressed.reason(e, false));
            }
            if (a.isDirectory()) {
              Entry problem = descend(p, name + "/");
              if (problem != null) {
                return problem;
              }
              continue;
            }
            if (!audited(name)) {
              continue;
            }
            return file(name, p, a);
          }
          if (!rest.hasNext()) {
            return null;
          }
          String arg = rest.next();
          Path p;
          try {
            p = Path.of(arg);
          } catch (java.nio.file.InvalidPathException e) {
            return new Entry(arg, null, -1, "not a valid file name");
          }
          if (Files.isDirectory(p)) {
            Entry problem = descend(p, arg.endsWith("/") ? arg : arg + "/");
            if (problem != null) {
              return problem;
            }
            continue;
          }
          if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return new Entry(arg, p, -1, "no such file or folder");
          }
          try {
            return file(arg, p, Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
          } catch (IOException e) {
            return new Entry(arg, p, -1, Compressed.reason(e, false));
          }
        }
      }

      /** A file, following a link to its target: a dangling link is an unreadable file. */
      private Entry file(String name, Path p, BasicFileAttributes a) {
        if (a.isSymbolicLink()) {
          try {
            a = Files.readAttributes(p, BasicFileAttributes.class);
          } catch (IOException e) {
            return new Entry(name, p, -1, Compressed.reason(e, false));
          }
          if (a.isDirectory()) {
            return new Entry(name, p, -1, "a link to a folder: not followed (name the folder itself)");
          }
        }
        if (!a.isRegularFile()) {
          return new Entry(name, p, -1, "not a regular file");
        }
        return new Entry(name, p, a.size(), a.lastModifiedTime().toMillis(), null);
      }

      private Entry descend(Path dir, String prefix) {
        List<Path> children = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
          s.forEach(children::add);
        } catch (IOException | UncheckedIOException e) {
          IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
          return new Entry(prefix.substring(0, prefix.length() - 1), dir, -1, "folder " + Compressed.reason(io, false));
        }
        children.sort(java.util.Comparator.comparing(c -> c.getFileName().toString()));
        levels.push(children.iterator());
        prefixes.push(prefix);
        return null;
      }
    };
  }
}
