package dev.calque.bilingual;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import dev.calque.io.ResourceTree;

/**
 * The names calque knows (the gazetteer's people, agencies and companies, with their aliases) and
 * forms of place names in other languages
 * (corpora/transliteration/SRC-TGT.tsv: "Pekín" is "Beijing"), folded for lookup: lower case, no
 * accents. One table per language pair, read once.
 */
final class NameTable {
  private static final Map<String, NameTable> BY_PAIR = new ConcurrentHashMap<>();
  /** Gazetteer types whose names are written the same in every language with the Latin script. */
  private static final Set<String> INVARIANT = Set.of("person", "agency", "company");
  private static volatile Set<String>[] gazetteer;

  /** Every known name, folded. */
  private final Set<String> names;
  /** Folded names known only in capitals ("UN", "EU"): in text they count only in capitals ("un" is a word). */
  private final Set<String> acronyms;
  /** Source form to the target forms that render it, folded. */
  private final Map<String, Set<String>> renderings;
  private final int longest;

  private NameTable(Set<String>[] known, Map<String, Set<String>> renderings) {
    this.names = known[0];
    this.acronyms = known[1];
    this.renderings = renderings;
    int max = 1;
    for (String n : names) {
      max = Math.max(max, n.split(" ").length);
    }
    for (String n : renderings.keySet()) {
      max = Math.max(max, n.split(" ").length);
    }
    this.longest = max;
  }

  static NameTable of(String source, String target) {
    return BY_PAIR.computeIfAbsent(source + "-" + target, k -> load(source, target));
  }

  static String fold(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return d.toLowerCase(Locale.ROOT).replaceAll("[’']", "'").replaceAll("\\s+", " ").strip();
  }

  /** Whether the text is a known name, as written (an acronym only in capitals). */
  boolean isName(String raw) {
    String folded = fold(raw);
    if (acronyms.contains(folded) && !raw.equals(raw.toUpperCase(Locale.ROOT))) {
      return false;
    }
    return names.contains(folded) || renderings.containsKey(folded);
  }

  /** The folded target forms of a folded source name: itself, and its renderings. */
  Set<String> forms(String folded) {
    Set<String> out = new HashSet<>();
    out.add(folded);
    out.addAll(renderings.getOrDefault(folded, Set.of()));
    return out;
  }

  /** The longest known name, in words. */
  int longest() {
    return longest;
  }

  private static NameTable load(String source, String target) {
    Map<String, Set<String>> renderings = new HashMap<>();
    for (String[] row : rows("corpora/transliteration/" + source + "-" + target + ".tsv")) {
      if (row.length >= 2) {
        renderings.computeIfAbsent(fold(row[0]), k -> new HashSet<>()).add(fold(row[1]));
      }
    }
    for (String[] row : rows("corpora/transliteration/" + target + "-" + source + ".tsv")) {
      if (row.length >= 2) {
        renderings.computeIfAbsent(fold(row[1]), k -> new HashSet<>()).add(fold(row[0]));
      }
    }
    return new NameTable(gazetteer(), renderings);
  }

  /** The gazetteer's names and, apart, those written only in capitals. */
  @SuppressWarnings("unchecked")
  private static Set<String>[] gazetteer() {
    Set<String>[] g = gazetteer;
    if (g == null) {
      Set<String> names = new HashSet<>();
      Set<String> mixed = new HashSet<>();
      Set<String> capitals = new HashSet<>();
      for (ResourceTree.Entry e : ResourceTree.list("corpora/gazetteer", ".tsv")) {
        for (String[] row : rows(e)) {
          // Countries, cities and institutions have forms of their own in each language ("Spain",
          // "España"): only names written the same everywhere count unless a table gives their forms.
          if (row.length < 2 || !INVARIANT.contains(row[1].strip())) {
            continue;
          }
          List<String> all = new ArrayList<>(List.of(row[0]));
          if (row.length >= 3) {
            all.addAll(List.of(row[2].split("\\|")));
          }
          for (String n : all) {
            names.add(fold(n));
            (n.equals(n.toUpperCase(Locale.ROOT)) ? capitals : mixed).add(fold(n));
          }
        }
      }
      capitals.removeAll(mixed);
      g = new Set[] {Set.copyOf(names), Set.copyOf(capitals)};
      gazetteer = g;
    }
    return g;
  }

  /** The tab-separated rows of a bundled table, without blank and comment lines; none when it is absent. */
  static List<String[]> rows(String resource) {
    InputStream in = NameTable.class.getClassLoader().getResourceAsStream(resource);
    return in == null ? List.of() : rows(in);
  }

  private static List<String[]> rows(ResourceTree.Entry e) {
    try {
      return rows(e.open());
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static List<String[]> rows(InputStream stream) {
    List<String[]> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.split("\t"));
        }
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return out;
  }
}
