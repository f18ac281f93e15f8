package dev.calque.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An MQM-annotated set (segments.tsv and spans.jsonl, see ../shared/data/README.md) read as
 * documents: each system's translation of one document, its segments one a line, as an editor would
 * receive an article. Checking whole documents lets document-level evidence see the document; each
 * finding is then placed back on its row and judged against that row's human error spans.
 */
public final class MqmSet {
  /** One translated segment: where it sits in its document and the error spans raters marked on it. */
  public record Row(String doc, String segId, String system, boolean humanReference, String target, int offset,
      List<Evaluation.Span> errors) {
    /** The unit of the held-out split: the source segment, whichever system translated it. */
    public String unit() {
      return doc + "/" + segId;
    }
  }

  /** One system's translation of one document. */
  public record Document(String name, String text, List<Row> rows) {
    /** The row a span starting at this offset lies in, or null when it starts on a line break. */
    public Row rowAt(int offset) {
      Row found = null;
      for (Row r : rows) {
        if (r.offset() <= offset && offset < r.offset() + Math.max(1, r.target().length())) {
          found = r;
        }
      }
      return found;
    }

    /** Whether a finding [start, end) overlaps a human error span of its row (an omission point counts when inside). */
    public boolean supported(int start, int end) {
      Row r = rowAt(start);
      if (r == null) {
        return false;
      }
      for (Evaluation.Span e : r.errors()) {
        int es = r.offset() + e.start();
        int ee = r.offset() + e.end();
        if (es == ee ? start <= es && es <= end : start < ee && es < end) {
          return true;
        }
      }
      return false;
    }
  }

  private final String name;
  private final String pair;
  private final List<Document> documents;

  private MqmSet(String name, String pair, List<Document> documents) {
    this.name = name;
    this.pair = pair;
    this.documents = documents;
  }

  public String name() {
    return name;
  }

  /** The language pair of its rows ("zh-en"). */
  public String pair() {
    return pair;
  }

  public String sourceLanguage() {
    return pair.substring(0, pair.indexOf('-'));
  }

  public String targetLanguage() {
    return pair.substring(pair.indexOf('-') + 1);
  }

  public List<Document> documents() {
    return documents;
  }

  /** Reads a folder; limit caps the rows read (-1: all). */
  public static MqmSet read(Path dir, int limit) {
    Map<String, List<String[]>> byDocument = new LinkedHashMap<>();
    Map<String, List<Evaluation.Span>> errors = new HashMap<>();
    String pair = null;
    int n = 0;
    try (BufferedReader r = Files.newBufferedReader(dir.resolve("segments.tsv"), StandardCharsets.UTF_8)) {
      String header = r.readLine();
      List<String> cols = List.of(header == null ? new String[0] : header.split("\t", -1));
      int ref = cols.indexOf("is_human_reference");
      String l;
      while ((l = r.readLine()) != null && (limit < 0 || n < limit)) {
        String[] c = l.split("\t", -1);
        if (c.length < 6) {
          continue;
        }
        n++;
        pair = pair == null ? c[5] : pair;
        String[] row = {c[1], c[2], c[0], ref >= 0 && ref < c.length ? c[ref] : "no", c[4]};
        byDocument.computeIfAbsent(c[1] + "\u0001" + c[0], k -> new ArrayList<>()).add(row);
        errors.put(key(c[1], c[2], c[0]), new ArrayList<>());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader r = Files.newBufferedReader(dir.resolve("spans.jsonl"), StandardCharsets.UTF_8)) {
      String l;
      while ((l = r.readLine()) != null) {
        JsonNode s = json.readTree(l);
        List<Evaluation.Span> list = errors.get(key(s.path("doc").asText(), s.path("seg_id").asText(),
            s.path("system").asText()));
        if (list != null && "target".equals(s.path("side").asText())) {
          list.add(new Evaluation.Span(s.path("start").asInt(), s.path("end").asInt(), s.path("category").asText()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Document> docs = new ArrayList<>();
    for (List<String[]> rows : byDocument.values()) {
      StringBuilder text = new StringBuilder();
      List<Row> out = new ArrayList<>();
      for (String[] row : rows) {
        String target = row[4];
        List<Evaluation.Span> spans = new ArrayList<>();
        int cps = target.codePointCount(0, target.length());
        // Spans count code points; the engine counts UTF-16 units.
        for (Evaluation.Span s : errors.get(key(row[0], row[1], row[2]))) {
          spans.add(new Evaluation.Span(target.offsetByCodePoints(0, Math.min(s.start(), cps)),
              target.offsetByCodePoints(0, Math.min(s.end(), cps)), s.label()));
        }
        out.add(new Row(row[0], row[1], row[2], row[3].equals("yes"), target, text.length(), spans));
        text.append(target).append('\n');
      }
      docs.add(new Document(rows.get(0)[0] + "/" + rows.get(0)[2], text.toString(), out));
    }
    return new MqmSet(dir.getFileName().toString(), pair == null ? "xx-xx" : pair, docs);
  }

  private static String key(String doc, String seg, String system) {
    return doc + "\u0001" + seg + "\u0001" + system;
  }
}
