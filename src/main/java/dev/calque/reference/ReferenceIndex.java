package dev.calque.reference;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import dev.calque.util.BoundedCache;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * An archive's counts, read from a reference index built by {@link ReferenceIndexWriter}: how often a
 * word, a run of two or three words, or a capitalised name occurs. {@link #open} only checks that the
 * folder holds a calque reference index (reading its last commit, a few milliseconds); the Lucene
 * reader opens at the first lookup, once per process, and counts are cached, so a check that raises
 * no finding never touches the index and a word looked up twice costs one hash probe.
 */
public final class ReferenceIndex implements Closeable {
  private static final int CACHE = 20_000;

  private final Path path;
  private final FSDirectory dir;
  private final Analyzer analyzer = ReferenceText.analyzer();
  private final BoundedCache<Term, Long> counts = new BoundedCache<>(CACHE);
  private volatile DirectoryReader reader;
  private volatile long words = -1;

  private ReferenceIndex(Path path, FSDirectory dir) {
    this.path = path;
    this.dir = dir;
  }

  /** The index in a folder; a missing folder, a folder without a reference index or a damaged one is an error. */
  public static ReferenceIndex open(Path path) {
    if (!Files.isDirectory(path)) {
      throw new ReferenceIndexException("no reference index at " + path + " (no such folder; build one with "
          + "calque index ARCHIVE... --out " + path + ")");
    }
    FSDirectory dir = null;
    try {
      dir = FSDirectory.open(path);
      if (!DirectoryReader.indexExists(dir)) {
        throw new ReferenceIndexException("no reference index at " + path + " (the folder holds no index; build one "
            + "with calque index ARCHIVE... --out " + path + ")");
      }
      checkFormat(dir, path);
      return new ReferenceIndex(path, dir);
    } catch (IOException e) {
      close(dir);
      throw damaged(path, e);
    } catch (RuntimeException e) {
      close(dir);
      throw e;
    }
  }

  /** Fails unless the directory's last commit is a calque reference index of this layout. */
  static void checkFormat(Directory dir, Path path) throws IOException {
    Map<String, String> data = SegmentInfos.readLatestCommit(dir).getUserData();
    String format = data.get(ReferenceIndexWriter.FORMAT_KEY);
    if (format == null) {
      throw new ReferenceIndexException(path + " holds a Lucene index, but not a calque reference index");
    }
    if (!format.equals(ReferenceIndexWriter.FORMAT)) {
      throw new ReferenceIndexException(path + ": reference index layout " + format + ", this calque reads layout "
          + ReferenceIndexWriter.FORMAT + "; rebuild it with calque index");
    }
  }

  private static ReferenceIndexException damaged(Path path, IOException e) {
    String why = e instanceof CorruptIndexException || e instanceof IndexFormatTooOldException
        || e instanceof IndexFormatTooNewException ? "damaged or from another Lucene version" : "unreadable";
    return new ReferenceIndexException("reference index at " + path + " is " + why + ": " + e.getMessage()
        + " (rebuild it with calque index)", e);
  }

  public Path path() {
    return path;
  }

  /** Words in the archive (every word occurrence counted). */
  public long words() {
    if (words < 0) {
      try {
        words = Math.max(0, reader().getSumTotalTermFreq(ReferenceText.WORDS));
      } catch (IOException e) {
        throw damaged(path, e);
      }
    }
    return words;
  }

  /** Occurrences of a text of one to three words (any case), or -1 when it has none or more words. */
  public long phraseCount(String text) {
    List<String> w = ReferenceText.words(analyzer, text);
    if (w.isEmpty() || w.size() > 3) {
      return -1;
    }
    return w.size() == 1 ? count(ReferenceText.WORDS, w.get(0)) : count(ReferenceText.SHINGLES, String.join(" ", w));
  }

  /** The words of a text as the index counts them (lower-cased). */
  public List<String> words(String text) {
    return ReferenceText.words(analyzer, text);
  }

  /** Mentions of a capitalised name in exactly this form, inside sentences. */
  public long nameCount(String name) {
    return count(ReferenceText.NAMES, ReferenceText.normalise(name.strip()));
  }

  /** Total occurrences of a term in a field, summed over the archive. */
  long count(String field, String term) {
    return counts.get(new Term(field, term), t -> {
      try {
        return Math.max(0, reader().totalTermFreq(t));
      } catch (IOException e) {
        throw damaged(path, e);
      }
    });
  }

  private DirectoryReader reader() throws IOException {
    DirectoryReader r = reader;
    if (r == null) {
      synchronized (this) {
        r = reader;
        if (r == null) {
          r = DirectoryReader.open(dir);
          reader = r;
        }
      }
    }
    return r;
  }

  @Override
  public void close() throws IOException {
    DirectoryReader r = reader;
    if (r != null) {
      r.close();
    }
    dir.close();
  }

  private static void close(Directory d) {
    if (d != null) {
      try {
        d.close();
      } catch (IOException ignored) {
        // already failing
      }
    }
  }
}
