package dev.calque.audit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import dev.calque.analysis.TextChars;
import dev.calque.io.InputException;
import dev.calque.io.InputReader;

/**
 * The main text of an HTML page, and what its head says about it. The article body is the page's
 * {@code <article>} (the longest, when there are several), {@code <main>} or body; its headline is
 * kept in front when it stands outside. Every block (paragraph, list item, caption, heading, a line
 * of navigation or credits) becomes its own paragraph, and a {@code <br>} its own line, so that
 * extraction debris ("Share Tweet", "Photo: …", "More information") stays a line of its own, where
 * the boilerplate rules look for it, instead of being glued to a sentence.
 */
final class HtmlText {
  private HtmlText() {
  }

  /**
   * The article of a page. The charset is the page's own (byte-order mark, then meta charset, as a
   * browser reads it); a page that declares none, or UTF-8, must be valid UTF-8.
   */
  static Article extract(byte[] bytes, String id) throws InputException {
    Document doc;
    try {
      doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
    } catch (IOException | RuntimeException e) {
      throw new InputException("cannot be parsed as HTML: " + e.getMessage());
    }
    Charset cs = doc.charset();
    if (cs.equals(StandardCharsets.UTF_8)) {
      InputReader.decode(id, bytes); // refuses binary data, UTF-16 without a mark and invalid UTF-8, saying where
    } else if (!cs.name().startsWith("UTF-16") && !cs.name().startsWith("UTF-32")) {
      for (int i = 0; i < bytes.length; i++) {
        if (bytes[i] == 0) {
          throw new InputException("looks binary (NUL byte at offset " + i + "), not text");
        }
      }
    }
    String title = firstText(doc, "h1");
    if (title == null) {
      title = doc.title().isBlank() ? null : doc.title().strip();
    }
    doc.select("script, style, noscript, template, svg, iframe, object, canvas").remove();
    Element root = root(doc);
    List<String> paragraphs = new ArrayList<>();
    Element h1 = doc.selectFirst("h1");
    if (h1 != null && root != null && !h1.parents().contains(root) && h1 != root) {
      paragraphs.add(normalise(h1.text()));
    }
    if (root != null) {
      paragraphs.addAll(blocks(root));
    }
    String text = String.join("\n\n", paragraphs);
    if (text.chars().allMatch(c -> TextChars.isBlank((char) c))) {
      throw new InputException("no text: the page has no visible text");
    }
    return new Article(id, title, text, meta(doc, "meta[property=article:published_time]", "content",
        "meta[name=date]", "content", "meta[itemprop=datePublished]", "content", "time[datetime]", "datetime"),
        meta(doc, "meta[property=article:section]", "content", "meta[name=section]", "content"),
        meta(doc, "link[rel=canonical]", "href", "meta[property=og:url]", "content"), language(doc), null);
  }

  private static Element root(Document doc) {
    Element best = null;
    for (Element a : doc.select("article")) {
      if (best == null || a.text().length() > best.text().length()) {
        best = a;
      }
    }
    if (best == null) {
      best = doc.selectFirst("main, [role=main]");
    }
    return best != null ? best : doc.body();
  }

  /** Each block's text on its own line; inline elements join their neighbours. */
  static List<String> blocks(Element root) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    Runnable flush = () -> {
      String s = normalise(line.toString());
      if (!s.isEmpty()) {
        out.add(s);
      }
      line.setLength(0);
    };
    root.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          line.append(t.getWholeText());
        } else if (node instanceof Element e && (e.isBlock() || e.nameIs("br"))) {
          flush.run();
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && e.isBlock()) {
          flush.run();
        }
      }
    });
    flush.run();
    return out;
  }

  /** Runs of white space (including no-break spaces from &nbsp;) as one space, trimmed. */
  private static String normalise(String s) {
    return s.replaceAll("[\\s\\u00A0]+", " ").strip();
  }

  private static String firstText(Document doc, String css) {
    Element e = doc.selectFirst(css);
    if (e == null) {
      return null;
    }
    String t = normalise(e.text());
    return t.isEmpty() ? null : t;
  }

  /** The first non-empty attribute among (selector, attribute) pairs. */
  private static String meta(Document doc, String... selectorAttr) {
    for (int i = 0; i < selectorAttr.length; i += 2) {
      Element e = doc.selectFirst(selectorAttr[i]);
      if (e != null && !e.attr(selectorAttr[i + 1]).isBlank()) {
        return e.attr(selectorAttr[i + 1]).strip();
      }
    }
    return null;
  }

  /** The page's language as a two-letter code ("en" of lang="en-GB"), or null. */
  private static String language(Document doc) {
    Element html = doc.selectFirst("html");
    String lang = html == null ? "" : html.attr("lang").strip().toLowerCase(Locale.ROOT);
    if (lang.length() >= 2 && lang.substring(0, 2).matches("[a-z]{2}") && (lang.length() == 2 || lang.charAt(2) == '-'
        || lang.charAt(2) == '_')) {
      return lang.substring(0, 2);
    }
    return null;
  }
}
