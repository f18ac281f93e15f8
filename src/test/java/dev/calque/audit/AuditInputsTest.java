package dev.calque.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.calque.io.InputException;

/** The audit's readers: what each kind of input yields, in which order, and how each kind of bad input is reported. */
class AuditInputsTest {
  @TempDir
  Path dir;

  /** Each item parsed: an Article, or the Problem it is reported as. */
  private static List<Object> read(Fields fields, String... args) {
    List<Object> out = new ArrayList<>();
    AuditInputs in = new AuditInputs(Arrays.asList(args), fields);
    while (in.hasNext()) {
      Item item = in.next();
      try {
        out.add(item.parse());
      } catch (InputException e) {
        out.add(Problem.of(item.where(), e));
      }
    }
    return out;
  }

  private static List<Object> read(String... args) {
    return read(Fields.standard(), args);
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
    return p;
  }

  private static byte[] gzip(String text) throws IOException {
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(b)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return b.toByteArray();
  }

  private static String ids(List<Object> items) {
    List<String> s = new ArrayList<>();
    for (Object o : items) {
      s.add(o instanceof Article a ? a.id() : "!" + ((Problem) o).where());
    }
    return String.join(" ", s);
  }

  @Test
  void aFolderIsWalkedInNameOrderAndOnlyDocumentsAreRead() throws IOException {
    write("b/2.txt", "Second.");
    write("b/1.md", "# First\n\nBody.");
    write("a.txt", "Zero.");
    write("c.html.gz", gzip("<p>Compressed page.</p>"));
    write(".git/x.txt", "hidden");
    write("b/.notes.txt", "hidden");
    write("logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
    write("style.css", "p { color: red }");
    String root = dir.toString();
    List<Object> items = read(root);
    assertEquals(root + "/a.txt " + root + "/b/1.md " + root + "/b/2.txt " + root + "/c.html.gz", ids(items));
    assertEquals("First", ((Article) items.get(1)).title());
    assertEquals("Compressed page.", ((Article) items.get(3)).text());
  }

  @Test
  void argumentsKeepTheirOrderAndAMissingOneIsAProblemInPlace() throws IOException {
    Path a = write("a.txt", "One.");
    Path b = write("b.txt", "Two.");
    List<Object> items = read(b.toString(), dir.resolve("nope.txt").toString(), a.toString());
    assertEquals(b + " !" + dir.resolve("nope.txt") + " " + a, ids(items));
    assertEquals("no such file or folder", ((Problem) items.get(1)).reason());
  }

  @Test
  void htmlKeepsNavigationAndCreditsAsParagraphsOfTheirOwn() throws IOException {
    Path p = write("page.html", """
        <!DOCTYPE html><html lang="en-GB"><head><title>Site | Story</title>
        <meta property="article:published_time" content="2023-04-05T08:00:00Z">
        <meta property="article:section" content="World">
        <link rel="canonical" href="https://example.org/story">
        <script>var tracking = "the the";</script><style>p { margin: 0 }</style></head>
        <body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
        <h1>Ministers   meet in the capital</h1>
        <article><p>The ministers met on <b>Monday</b> to discuss the budget.</p>
        <figure><img src="x.jpg"><figcaption>Photo: Agency</figcaption></figure>
        <div class="share">Share <span>Tweet</span></div>
        <p>First line<br>second line</p><ul><li>One</li><li>Two</li></ul></article>
        <aside>Related: other story</aside></body></html>
        """);
    Article a = (Article) read(p.toString()).get(0);
    assertEquals("Ministers meet in the capital\n\nThe ministers met on Monday to discuss the budget.\n\nPhoto: Agency\n\n"
        + "Share Tweet\n\nFirst line\n\nsecond line\n\nOne\n\nTwo", a.text());
    assertEquals("Ministers meet in the capital", a.title());
    assertEquals("2023-04-05T08:00:00Z", a.date());
    assertEquals("2023-04", a.month());
    assertEquals("World", a.section());
    assertEquals("https://example.org/story", a.url());
    assertEquals("en", a.language());
  }

  @Test
  void htmlWithoutArticleIsItsBodyBlockByBlock() throws IOException {
    Path p = write("plain.htm", "<html><body><div>Menu</div><p>Text &amp; more&nbsp;text.</p><noscript>x</noscript>"
        + "<table><tr><td>a</td><td>b</td></tr></table></body></html>");
    assertEquals("Menu\n\nText & more text.\n\na\n\nb", ((Article) read(p.toString()).get(0)).text());
  }

  @Test
  void htmlHonoursTheCharsetItDeclares() throws IOException {
    Charset cp1252 = Charset.forName("windows-1252");
    Path a = write("a.html", "<html><head><meta charset=\"windows-1252\"></head><body><p>Café “quoted” — ok</p></body></html>"
        .getBytes(cp1252));
    Path b = write("b.html", ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
        + "</head><body><p>Año señor</p></body></html>").getBytes(StandardCharsets.ISO_8859_1));
    byte[] utf16 = "<html><body><p>Überall</p></body></html>".getBytes(StandardCharsets.UTF_16);
    Path c = write("c.html", utf16);
    // No charset declared and bytes that are not UTF-8: refused with where, not read as mojibake.
    Path d = write("d.html", "<html><body><p>Café</p></body></html>".getBytes(StandardCharsets.ISO_8859_1));
    List<Object> items = read(a.toString(), b.toString(), c.toString(), d.toString());
    assertEquals("Café “quoted” — ok", ((Article) items.get(0)).text());
    assertEquals("Año señor", ((Article) items.get(1)).text());
    assertEquals("Überall", ((Article) items.get(2)).text());
    assertTrue(((Problem) items.get(3)).reason().startsWith("not valid UTF-8 (byte 0xE9 at offset 18)"),
        items.get(3).toString());
  }

  @Test
  void htmlWithoutTextOrBinaryIsAProblem() throws IOException {
    Path a = write("empty.html", "<html><head><title>x</title></head><body><script>1</script></body></html>");
    Path b = write("bin.html", new byte[] {'<', 'p', '>', 0, 1, 2});
    List<Object> items = read(a.toString(), b.toString());
    assertEquals("no text: the page has no visible text", ((Problem) items.get(0)).reason());
    assertTrue(((Problem) items.get(1)).reason().startsWith("looks binary (NUL byte at offset 3)"), items.toString());
  }

  @Test
  void markdownFrontMatterGivesTheFieldsAndKeepsOffsets() throws IOException {
    String md = "---\ntitle: Budget vote\ndate: 2023-07-01\nsection: Politics\nsource_lang: es\n---\n# Budget\n\nText.\n";
    Path p = write("story.md", md);
    Article a = (Article) read(p.toString()).get(0);
    assertEquals("Budget vote", a.title());
    assertEquals("2023-07-01", a.date());
    assertEquals("Politics", a.section());
    assertEquals("es", a.sourceLanguage());
    assertEquals(md.length(), a.text().length());
    assertEquals(md.indexOf("# Budget"), a.text().indexOf("# Budget"));
    assertFalse(a.text().contains("title"));
    assertEquals(p.toString(), a.id());
  }

  @Test
  void jsonLinesRecordsWithRenamedAndNestedFields() throws IOException {
    Path p = write("a.jsonl", """
        {"uid": 17, "headline": "H", "content": "Body one.", "meta": {"section": "Sport"}, "lang": "es"}
        {"content": "Body two.", "source_lang": "none", "date": "2021-02-03"}
        """);
    List<Object> items = read(Fields.parse(List.of("id=uid", "title=headline", "text=content", "section=/meta/section")),
        p.toString());
    Article a = (Article) items.get(0);
    assertEquals("17", a.id());
    assertEquals("H", a.title());
    assertEquals("Body one.", a.text());
    assertEquals("Sport", a.section());
    assertEquals("es", a.language());
    Article b = (Article) items.get(1);
    assertEquals(p + ":2", b.id(), "a record without an id is named by its place");
    assertEquals("none", b.sourceLanguage());
    assertEquals("2021-02", b.month());
  }

  @Test
  void eachMalformedRecordIsReportedWithItsLineAndTheOthersAreRead() throws IOException {
    byte[] bad = "{\"id\":\"u\",\"text\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
    String lines = "{\"id\":\"1\",\"text\":\"One.\"}\n"
        + "{\"id\":\"2\",\"text\":\n"
        + "{\"id\":\"3\"}\n"
        + "{\"id\":\"4\",\"text\":42}\n"
        + "\n"
        + "[1,2]\n"
        + "{\"id\":\"6\",\"text\":\"   \"}\n"
        + "{\"id\":\"7\",\"text\":\"Seven.\"} trailing\n"
        + "{\"id\":\"8\",\"body\":\"Eight.\"}\r\n";
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    b.write(lines.getBytes(StandardCharsets.UTF_8));
    b.write(bad);
    b.write("\n{\"id\":\"10\",\"text\":\"Ten.\",\"section\":{\"a\":1}}\n{\"id\":\"11\",\"text\":\"Eleven.\"}".getBytes(
        StandardCharsets.UTF_8));
    Path p = write("a.jsonl", b.toByteArray());
    List<Object> items = read(p.toString());
    assertEquals("1 !" + p + ":2 !" + p + ":3 !" + p + ":4 !" + p + ":6 !" + p + ":7 !" + p + ":8 8 !" + p + ":10 !" + p
        + ":11 11", ids(items).replace(p + ":", p + ":"));
    List<String> reasons = items.stream().filter(o -> o instanceof Problem).map(o -> ((Problem) o).reason()).toList();
    assertTrue(reasons.get(0).startsWith("invalid JSON: Unexpected end-of-input"), reasons.get(0));
    assertEquals("no text: the record has no 'text' or 'body' field", reasons.get(1));
    assertEquals("no text: 'text' holds a number, not a string", reasons.get(2));
    assertEquals("not a JSON object but an array", reasons.get(3));
    assertEquals("no text: the text field is empty or only white space", reasons.get(4));
    assertTrue(reasons.get(5).startsWith("invalid JSON: Unrecognized token 'trailing'"), reasons.get(5));
    assertTrue(reasons.get(6).startsWith("not valid UTF-8 (byte 0xE9"), reasons.get(6));
    assertEquals("'section' holds an object, not a value", reasons.get(7));
  }

  @Test
  void gzipIsFoundByItsBytesAndABrokenStreamKeepsWhatCameBefore() throws IOException {
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      many.append("{\"id\":\"").append(i).append("\",\"text\":\"Record number ").append(i).append(" of the archive, ")
          .append(Integer.toHexString(i * 7919)).append(".\"}\n");
    }
    byte[] whole = gzip(many.toString());
    Path ok = write("ok.jsonl.gz", whole);
    Path unnamed = write("really-gzip.jsonl", whole);
    Path truncated = write("cut.jsonl.gz", Arrays.copyOf(whole, whole.length / 2));
    Path plain = write("plain.txt.gz", "Not compressed at all.");
    List<Object> all = read(ok.toString(), unnamed.toString(), truncated.toString(), plain.toString());
    assertEquals(2, all.stream().filter(o -> o instanceof Article a && a.id().equals("1999")).count(),
        "the whole archive is read, named .gz or not");
    List<Object> cut = all.subList(4000, all.size() - 1);
    long read = cut.stream().filter(o -> o instanceof Article).count();
    assertTrue(read > 100 && read < 2000, "records before the break are read: " + read);
    Problem broken = (Problem) cut.get(cut.size() - 1);
    assertEquals(truncated.toString(), broken.where().file());
    assertEquals(read + 1, broken.where().line());
    assertEquals("broken gzip data (truncated); the rest of the file is not read", broken.reason());
    assertEquals("Not compressed at all.", ((Article) all.get(all.size() - 1)).text());
  }

  @Test
  void binaryAndUnreadableFilesAreProblemsOfTheirOwn() throws IOException {
    Path bin = write("x.txt", new byte[] {'a', 'b', 0, 'c'});
    Path jsonBin = write("x.jsonl", new byte[] {'{', 0, 0, 0, '}', '\n', '{', '}'});
    Path utf16 = write("u.txt", "Hello there".getBytes(StandardCharsets.UTF_16LE));
    Path link = dir.resolve("gone.txt");
    Files.createSymbolicLink(link, dir.resolve("missing-target.txt"));
    Path sub = dir.resolve("tree");
    Files.createDirectories(sub);
    Files.createSymbolicLink(sub.resolve("dangling.html"), dir.resolve("nowhere.html"));
    List<Object> items = read(bin.toString(), jsonBin.toString(), utf16.toString(), link.toString(), sub.toString());
    assertEquals("looks binary (NUL byte at offset 2), not text", ((Problem) items.get(0)).reason());
    assertEquals("looks binary (NUL byte at offset 1), not JSON Lines", ((Problem) items.get(1)).reason());
    assertTrue(((Problem) items.get(2)).reason().startsWith("looks like UTF-16LE, not UTF-8"), items.get(2).toString());
    assertEquals("cannot be read: no such file (a dangling link?)", ((Problem) items.get(3)).reason());
    assertEquals(sub + "/dangling.html", ((Problem) items.get(4)).where().file());
    assertEquals(5, items.size());
  }

  @Test
  void fieldOverridesAreChecked() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> Fields.parse(List.of("txt=content")));
    assertTrue(e.getMessage().contains("unknown role 'txt'"), e.getMessage());
    assertInstanceOf(IllegalArgumentException.class, org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> Fields.parse(List.of("text="))));
    assertNull(new Article("a", null, "t", "May 2023", null, null, null, null).month());
  }
}
