package dev.calque.reference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import dev.calque.audit.ArchiveReader;
import dev.calque.audit.Fields;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * Builds or extends a reference index from an edited archive: one Lucene document per article, its
 * text analysed into words, two- and three-word runs and capitalised-name mentions (term frequencies
 * only, no positions or stored text), so the archive's counts are Lucene's own term statistics.
 *
 * <p>Incremental: each input file has a manifest document (its path, size and modification time),
 * committed in the same Lucene commit as its articles, so an interrupted run never leaves a file
 * counted twice. A rerun reads only files that are new or changed (a changed file's articles are
 * replaced). Bounded memory: articles stream one at a time and Lucene flushes its buffer to disk at
 * {@link #RAM_BUFFER_MB}.
 */
public final class ReferenceIndexWriter {
  /** Lucene's in-memory buffer before it writes a segment. */
  static final double RAM_BUFFER_MB = 32;
  /** Field of an article document: the input file it came from (deleted with it when it changes). */
  static final String FILE = "file";
  /** Field of a manifest document: the input file it describes. */
  static final String MANIFEST = "manifest";
  /** Field that marks manifest documents, so they are found with one term query. */
  static final String KIND = "kind";
  static final String SIZE = "size";
  static final String MODIFIED = "modified";
  /** Commit data key that marks a calque reference index, and the version of its layout. */
  static final String FORMAT_KEY = "calque.reference";
  static final String FORMAT = "1";

  /** Counts only: term frequencies feed totalTermFreq, no positions or norms are needed. */
  private static final FieldType COUNTED = counted(true);
  private static final FieldType COUNTED_WHOLE = counted(false);

  /** What a run did. */
  public record Summary(int filesRead, int filesUnchanged, int filesReplaced, long articles, long problems,
      long words) {
  }

  private ReferenceIndexWriter() {
  }

  private static FieldType counted(boolean tokenized) {
    FieldType t = new FieldType();
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    t.setTokenized(tokenized);
    t.setOmitNorms(true);
    t.setStored(false);
    t.freeze();
    return t;
  }

  /**
   * Indexes the archive's inputs (files and folders, as {@code calque audit} reads them) into
   * {@code out}, created when absent; problems (an unreadable file, a malformed record) go to
   * {@code problems} and the rest is indexed.
   */
  public static Summary index(List<String> inputs, Fields fields, Path out, Consumer<String> problems)
      throws IOException {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new ReferenceIndexException(out + " is a file, not an index folder");
    }
    Files.createDirectories(out);
    try (FSDirectory dir = FSDirectory.open(out)) {
      boolean exists = DirectoryReader.indexExists(dir);
      if (exists) {
        ReferenceIndex.checkFormat(dir, out); // never add to some other Lucene index
      } else if (hasOtherFiles(out)) {
        throw new ReferenceIndexException(out + " is not empty and holds no reference index: give a new folder");
      }
      Map<String, long[]> manifest = exists ? manifest(dir) : new HashMap<>();
      Analyzer analyzer = ReferenceText.analyzer();
      IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(RAM_BUFFER_MB)
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      int[] files = new int[3]; // read, unchanged, replaced
      long articles = 0;
      long failed = 0;
      try (IndexWriter writer = new IndexWriter(dir, config)) {
        Map<String, long[]> seen = new HashMap<>();
        ArchiveReader reader = new ArchiveReader(inputs, fields, (path, size) -> {
          String key = key(path);
          long[] now = {size, modified(path)};
          long[] before = manifest.get(key);
          if (before != null && before[0] == now[0] && before[1] == now[1]) {
            files[1]++;
            return false;
          }
          if (before != null) {
            files[2]++;
          }
          return true;
        });
        while (reader.hasNext()) {
          ArchiveReader.Document d = reader.next();
          Path path = ArchiveReader.path(d.where());
          String key = key(path);
          if (!seen.containsKey(key)) {
            // First article of this file in this run: drop what an earlier run indexed of it.
            writer.deleteDocuments(new Term(FILE, key), new Term(MANIFEST, key));
            seen.put(key, new long[] {Files.isRegularFile(path) ? Files.size(path) : -1, modified(path)});
            files[0]++;
          }
          if (d.problem() != null) {
            failed++;
            problems.accept(d.where() + ": " + d.problem());
            continue;
          }
          writer.addDocument(article(key, d.article().title(), d.article().text()));
          articles++;
        }
        for (Map.Entry<String, long[]> e : seen.entrySet()) {
          Document m = new Document();
          if (e.getValue()[0] < 0) {
            continue; // a file that could not be read is tried again next time
          }
          m.add(new StringField(KIND, MANIFEST, Field.Store.NO));
          m.add(new StringField(MANIFEST, e.getKey(), Field.Store.YES));
          m.add(new StoredField(SIZE, e.getValue()[0]));
          m.add(new StoredField(MODIFIED, e.getValue()[1]));
          writer.addDocument(m);
        }
        writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
        writer.commit();
      }
      long words;
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        words = Math.max(0, r.getSumTotalTermFreq(ReferenceText.WORDS));
      }
      return new Summary(files[0], files[1], files[2], articles, failed, words);
    }
  }

  /** One article: its title and text, line by line, into the three counted fields. */
  private static Document article(String file, String title, String text) {
    Document doc = new Document();
    doc.add(new StringField(FILE, file, Field.Store.NO));
    // A file's title is its first line, already in the text; a record's is a field of its own.
    String all = title == null || title.isBlank() || text.contains(title) ? text : title + "\n" + text;
    for (String line : ReferenceText.normalise(all).split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      doc.add(new Field(ReferenceText.WORDS, line, COUNTED));
      doc.add(new Field(ReferenceText.SHINGLES, line, COUNTED));
      for (String name : ReferenceText.names(line)) {
        doc.add(new Field(ReferenceText.NAMES, name, COUNTED_WHOLE));
      }
    }
    return doc;
  }

  /** The files indexed so far: path key to {size, modified}. */
  private static Map<String, long[]> manifest(FSDirectory dir) throws IOException {
    Map<String, long[]> out = new HashMap<>();
    try (DirectoryReader r = DirectoryReader.open(dir)) {
      IndexSearcher s = new IndexSearcher(r);
      TopDocs all = s.search(new TermQuery(new Term(KIND, MANIFEST)), Math.max(1, r.maxDoc()));
      StoredFields stored = s.storedFields();
      for (ScoreDoc sd : all.scoreDocs) {
        Document d = stored.document(sd.doc);
        out.put(d.get(MANIFEST), new long[] {d.getField(SIZE).numericValue().longValue(),
            d.getField(MODIFIED).numericValue().longValue()});
      }
    }
    return out;
  }

  private static String key(Path p) {
    return p.toAbsolutePath().normalize().toString();
  }

  private static long modified(Path p) {
    try {
      FileTime t = Files.getLastModifiedTime(p);
      return t.toMillis();
    } catch (IOException e) {
      return -1;
    }
  }

  private static boolean hasOtherFiles(Path out) throws IOException {
    try (var s = Files.list(out)) {
      return s.findAny().isPresent();
    }
  }
}
