package dev.calque.lexicon;

import dev.calque.util.BoundedCache;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import dev.calque.analysis.Token;
import dev.calque.io.ResourceTree;

/**
 * The entity gazetteer: names of countries, cities, people, agencies and institutions, held in an
 * in-memory Lucene index for folded, look-alike and fuzzy lookups, plus a token trie for finding
 * multi-word names in a document. Built once per process from the TSV files under corpora/gazetteer.
 */
public final class Gazetteer {
  private final IndexSearcher searcher;
  private final Map<String, List<String[]>> firstTokenIndex = new HashMap<>();
  private final Map<String, Entity> byKey = new HashMap<>();
  private final BoundedCache<String, Optional<Entity>> lookalikeCache = new BoundedCache<>(100_000);
  private final Map<String, String> demonyms = new HashMap<>();
  private final int size;

  private Gazetteer(List<Entity> names) {
    try {
      ByteBuffersDirectory dir = new ByteBuffersDirectory();
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
        for (Entity e : names) {
          Document d = new Document();
          d.add(new StoredField("name", e.name()));
          d.add(new StoredField("type", e.type().name()));
          if (e.country() != null) {
            d.add(new StoredField("country", e.country()));
          }
          d.add(new StringField("key", NameFolding.fold(e.name()), Field.Store.NO));
          d.add(new StringField("skeleton", NameFolding.skeleton(e.name()), Field.Store.NO));
          for (String part : e.name().split("[ -]")) {
            if (part.length() >= 4 && Character.isUpperCase(part.codePointAt(0))) {
              d.add(new StringField("part", NameFolding.fold(part), Field.Store.NO));
            }
          }
          w.addDocument(d);
          byKey.putIfAbsent(NameFolding.fold(e.name()), e);
          String[] parts = e.name().split(" ");
          for (int i = 0; i < parts.length; i++) {
            parts[i] = NameFolding.fold(parts[i]);
          }
          firstTokenIndex.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts);
        }
      }
      searcher = new IndexSearcher(DirectoryReader.open(dir));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (List<String[]> l : firstTokenIndex.values()) {
      l.sort((a, b) -> b.length - a.length); // longest match first
    }
    size = names.size();
  }

  /**
   * Loads every *.tsv under a classpath folder of names (corpora/gazetteer) and one language's
   * demonyms file (corpora/demonyms/en.tsv; none when absent).
   */
  public static Gazetteer load(String namesFolder, String demonymsFile) {
    List<Entity> all = new ArrayList<>();
    for (ResourceTree.Entry entry : ResourceTree.list(namesFolder, ".tsv")) {
      try (InputStream in = entry.open()) {
        all.addAll(parse(entry.name(), in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Gazetteer g = new Gazetteer(all);
    for (ResourceTree.Entry entry : ResourceTree.list("corpora/demonyms", ".tsv")) {
      if (!entry.name().equals(demonymsFile)) {
        continue;
      }
      try (BufferedReader r = new BufferedReader(new InputStreamReader(entry.open(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          String[] cols = line.split("\t");
          if (!line.startsWith("#") && cols.length == 2) {
            g.demonyms.put(cols[0].trim(), cols[1].trim());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return g;
  }

  /** The country a singular demonym stands for ("Russian" gives "Russia"), or null. */
  public String demonymCountry(String word) {
    return demonyms.get(word);
  }

  /**
   * Lines "name TAB type [TAB alias|alias... [TAB country]]"; aliases become entries of their own,
   * with the same type and country.
   */
  static List<Entity> parse(String file, InputStream in) throws IOException {
    List<Entity> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length < 2) {
        throw new IllegalArgumentException(file + ":" + n + ": expected 'name<TAB>type', got: " + line);
      }
      EntityType type = EntityType.parse(cols[1].trim());
      String country = cols.length > 3 && !cols[3].isBlank() ? cols[3].trim() : null;
      out.add(new Entity(cols[0].trim(), type, country));
      if (cols.length > 2) {
        for (String alias : cols[2].split("\\|")) {
          if (!alias.isBlank()) {
            out.add(new Entity(alias.trim(), type, country));
          }
        }
      }
    }
    return out;
  }

  public int size() {
    return size;
  }

  /** The entity with exactly this name, case and accents aside. */
  public Optional<Entity> exact(String name) {
    return Optional.ofNullable(byKey.get(NameFolding.fold(name)));
  }

  /**
   * The longest known name starting at tokens[i], or null. The first token must be capitalised so
   * that common words ("turkey", "china" as porcelain) are not taken for names.
   */
  public EntityMention matchAt(List<Token> tokens, int i, int limit) {
    Token first = tokens.get(i);
    if (!first.isCapitalized()) {
      return null;
    }
    List<String[]> candidates = firstTokenIndex.get(NameFolding.fold(first.text()));
    if (candidates == null) {
      return null;
    }
    for (String[] parts : candidates) {
      if (i + parts.length > limit) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k < parts.length && ok; k++) {
        ok = NameFolding.fold(tokens.get(i + k).text()).equals(parts[k]);
      }
      if (ok) {
        StringBuilder name = new StringBuilder();
        for (String p : parts) {
          name.append(name.length() == 0 ? "" : " ").append(p);
        }
        Entity e = byKey.get(name.toString());
        if (e != null) {
          return new EntityMention(e, i, i + parts.length, first.start(), tokens.get(i + parts.length - 1).end());
        }
      }
    }
    return null;
  }

  /**
   * A known name this word imitates through look-alike characters ("BeITA" for "BelTA"), or empty
   * when the word is itself a known name or looks like none.
   */
  public Optional<Entity> lookalike(String word) {
    return lookalikeCache.get(word, w -> {
      if (byKey.containsKey(NameFolding.fold(w))) {
        return Optional.empty();
      }
      Optional<Entity> hit = first(new TermQuery(new Term("skeleton", NameFolding.skeleton(w))));
      return hit.filter(e -> !e.name().equals(w));
    });
  }

  /**
   * The single name word ("Volodymyr", "Kharkiv") nearest to the given word within the given edit
   * distance, or empty. Searches the words of every known name.
   */
  public Optional<String> fuzzyPart(String word, int maxEdits) {
    String key = NameFolding.fold(word);
    try {
      TopDocs top = searcher.search(new FuzzyQuery(new Term("part", key), maxEdits, 1), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      Document d = searcher.storedFields().document(top.scoreDocs[0].doc);
      String best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (String part : d.get("name").split("[ -]")) {
        int dist = EditDistance.between(NameFolding.fold(part), key);
        if (dist < bestDistance) {
          bestDistance = dist;
          best = part;
        }
      }
      return bestDistance <= maxEdits ? Optional.ofNullable(best) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The nearest known name within Levenshtein distance 1 (2 for names of 8+ letters). */
  public Optional<Entity> fuzzy(String name) {
    String key = NameFolding.fold(name);
    int edits = key.length() >= 8 ? 2 : 1;
    return first(new FuzzyQuery(new Term("key", key), edits, 1));
  }

  private Optional<Entity> first(org.apache.lucene.search.Query q) {
    try {
      TopDocs top = searcher.search(q, 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      ScoreDoc sd = top.scoreDocs[0];
      Document d = searcher.storedFields().document(sd.doc);
      return Optional.of(new Entity(d.get("name"), EntityType.valueOf(d.get("type")), d.get("country")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
