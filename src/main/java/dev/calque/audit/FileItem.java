package dev.calque.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import dev.calque.io.InputException;
import dev.calque.io.InputReader;

/**
 * A document that is a whole file: plain text, Markdown (with optional front matter), or an HTML page,
 * possibly gzip-compressed. Its id is its name as reached from the command line.
 */
final class FileItem extends Item {
  enum Kind { TEXT, MARKDOWN, HTML }

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final Path path;
  /** The file's (decompressed) content when it was read elsewhere (the Spark job's readers), else null. */
  private final byte[] content;
  private final Kind kind;
  private final long size;
  private final Fields fields;

  FileItem(String name, Path path, Kind kind, long size, Fields fields) {
    super(new Location(name, 0));
    this.path = path;
    this.content = null;
    this.kind = kind;
    this.size = size;
    this.fields = fields;
  }

  /** A file already read. */
  FileItem(String name, byte[] content, Kind kind, Fields fields) {
    super(new Location(name, 0));
    this.path = null;
    this.content = content;
    this.kind = kind;
    this.size = content.length;
    this.fields = fields;
  }

  @Override
  String identity() {
    return where().file() + " " + size;
  }

  @Override
  PortableItem portable() {
    try {
      byte[] bytes = content != null ? content : Compressed.readAll(path);
      return new PortableItem(where().file(), 0, kind.name(), bytes, null);
    } catch (InputException e) {
      return PortableItem.failed(where(), e.getMessage());
    }
  }

  @Override
  Article parse() throws InputException {
    byte[] bytes = content != null ? content : Compressed.readAll(path);
    String id = where().file();
    if (kind == Kind.HTML) {
      return HtmlText.extract(bytes, id);
    }
    String text = InputReader.decode(id, bytes);
    return kind == Kind.MARKDOWN ? markdown(text, id) : new Article(id, firstLine(text), text, null, null, null, null,
        null);
  }

  /**
   * A Markdown file: its YAML front matter, when it has one, gives the article's fields (as a JSON
   * record would) and is blanked in the text, so offsets and lines still count from the top of the file.
   */
  private Article markdown(String text, String id) throws InputException {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    int skip = text.length() - body.length();
    if (body.startsWith("---\n") || body.startsWith("---\r\n")) {
      int close = body.indexOf("\n---", 3);
      while (close >= 0 && !endsLine(body, close + 4)) {
        close = body.indexOf("\n---", close + 4);
      }
      if (close >= 0) {
        int end = skip + close + 4;
        JsonNode meta;
        try {
          meta = YAML.readTree(body.substring(body.indexOf('\n') + 1, close + 1));
        } catch (java.io.IOException e) {
          throw new InputException("front matter is not valid YAML: " + dev.calque.util.Messages.firstLine(e));
        }
        String blanked = text.substring(0, end).replaceAll("[^\\r\\n]", " ") + text.substring(end);
        if (meta != null && meta.isObject()) {
          Article a = fields.article(meta, id, blanked);
          return new Article(a.id(), a.title() != null ? a.title() : firstLine(blanked), blanked, a.date(), a.section(),
              a.url(), a.language(), a.sourceLanguage());
        }
        return new Article(id, firstLine(blanked), blanked, null, null, null, null, null);
      }
    }
    return new Article(id, firstLine(text), text, null, null, null, null, null);
  }

  private static boolean endsLine(String s, int at) {
    return at == s.length() || s.charAt(at) == '\n' || s.startsWith("\r\n", at);
  }

  /** The first non-blank line, without Markdown heading marks: the headline of most text articles. */
  static String firstLine(String text) {
    for (String line : text.split("\\R", 50)) {
      String t = line.replaceFirst("^\\s*#+\\s*", "").strip();
      if (!t.isEmpty()) {
        return t.length() > 200 ? t.substring(0, 200) + "…" : t;
      }
    }
    return null;
  }
}
