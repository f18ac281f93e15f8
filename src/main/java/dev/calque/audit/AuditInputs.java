package dev.calque.audit;

import java.io.IOException;
import java.io.InputStream;
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
  /** A file to read: its name as reached from the command line, its path, and its size (-1 when unknown). */
  record Entry(String name, Path path, long size, String problem) {
  }

  private final Fields fields;
  private final Iterator<Entry> files;
  private Compressed open;
  private LineReader lines;
  private String openName;
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

  /** File bytes read so far (compressed bytes for gzip). */
  public long bytesRead() {
    return doneBytes + (open == null ? 0 : open.position());
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
    try {
      open = Compressed.open(e.path());
      InputStream in = open.stream();
      lines = new LineReader(in, Compressed.MAX_DOCUMENT);
      openName = e.name();
      return null;
    } catch (IOException ex) {
      boolean gz = open != null && open.gzip();
      closeLines(e.size());
      return Item.failed(new Location(e.name(), 0), Compressed.reason(ex, gz));
    }
  }

  /** The next record of the open JSON Lines file, or null when it is done (and closed). */
  private Item nextLine() {
    long size = -1;
    try {
      while (true) {
        byte[] line = lines.next();
        if (line == null) {
          break;
        }
        Location where = new Location(openName, lines.number());
        if (lines.number() == 1 && lines.binaryAt() >= 0) {
          // A binary file named .jsonl would be thousands of malformed lines: one problem for the file instead.
          Item failed = Item.failed(new Location(openName, 0), "looks binary (NUL byte at offset " + lines.binaryAt()
              + (open.gzip() ? " once decompressed" : "") + "), not JSON Lines");
          closeLines(-1);
          return failed;
        }
        if (lines.overlong()) {
          return Item.failed(where, "record longer than " + (Compressed.MAX_DOCUMENT >> 20) + " MB: skipped");
        }
        if (!blank(line)) {
          return new JsonLineItem(where, line, fields);
        }
      }
    } catch (IOException ex) {
      Item failed = Item.failed(new Location(openName, lines.number() + 1), Compressed.reason(ex, open.gzip())
          + "; the rest of the file is not read");
      closeLines(size);
      return failed;
    }
    closeLines(size);
    return null;
  }

  private void closeLines(long size) {
    if (open != null) {
      doneBytes += size >= 0 ? size : open.position();
      try {
        open.close();
      } catch (IOException ignored) {
        // read-only: nothing was lost
      }
    }
    open = null;
    lines = null;
    openName = null;
  }

  private static boolean blank(byte[] line) {
    for (byte b : line) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
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
        return new Entry(name, p, a.size(), null);
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
