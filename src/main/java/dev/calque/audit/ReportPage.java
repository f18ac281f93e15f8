package dev.calque.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * report.html: one self-contained page (styles, data, ECharts from its WebJar and the chart options,
 * all inline), readable offline and in a mail attachment. Built with jsoup's DOM, so every string from
 * the archive is escaped. It holds no date or timing: the same outputs give the same page.
 */
final class ReportPage {
  static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.common.min.js";
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReportPage() {
  }

  static String render(AuditReport r) {
    AuditReport.Totals t = r.totals();
    Document doc = Document.createShell("");
    doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(false);
    doc.selectFirst("html").attr("lang", "en");
    Element head = doc.head();
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
    head.appendElement("title").text("calque audit: " + count(t.documents()) + " documents");
    head.appendElement("style").appendChild(new DataNode(resource("dev/calque/audit/report.css")));
    Element body = doc.body();
    body.appendElement("h1").text("calque audit");
    body.appendElement("p").addClass("sub").text(count(t.documents()) + " documents, " + count(t.words()) + " words, "
        + count(t.findings()) + " findings. Rates are findings per 1,000 words; the MQM score of a document is its "
        + "WMT-weighted penalty per 1,000 words (minor 1, major 5, critical 10).");
    totals(body.appendElement("section").attr("id", "totals"), r, t);
    Element charts = body.appendElement("section").attr("id", "charts");
    charts.appendElement("h2").text("Where the findings are");
    Element grid = charts.appendElement("div").addClass("charts");
    for (String id : List.of("chart-family", "chart-category", "chart-section", "chart-month", "chart-mqm")) {
      Element c = grid.appendElement("div").addClass("chart").attr("id", id);
      if (id.equals("chart-month") || id.equals("chart-family")) {
        c.addClass("wide");
      }
    }
    worst(body.appendElement("section").attr("id", "worst"), r);
    samples(body.appendElement("section").attr("id", "samples"), r);
    problems(body.appendElement("section").attr("id", "problems"), r, t);
    body.appendElement("script").attr("type", "application/json").attr("id", "audit-data")
        .appendChild(new DataNode(chartData(r)));
    body.appendElement("script").appendChild(new DataNode(resource(ECHARTS)));
    body.appendElement("script").appendChild(new DataNode(resource("dev/calque/audit/report.js")));
    return "<!DOCTYPE html>\n" + doc.outerHtml() + "\n";
  }

  private static void totals(Element s, AuditReport r, AuditReport.Totals t) {
    s.appendElement("h2").text("Totals");
    Element box = s.appendElement("div").addClass("totals");
    total(box, count(t.documents()), "documents checked");
    total(box, count(t.words()), "words");
    total(box, count(t.findings()), "findings");
    total(box, rate(t.findings(), t.words()), "findings per 1,000 words");
    total(box, count(t.critical()), "critical");
    total(box, count(t.major()), "major");
    total(box, count(t.minor()), "minor");
    total(box, count(t.malformed()), "inputs skipped (malformed)");
    total(box, count(t.failed()), "documents calque failed on");
    Element p = s.appendElement("p").addClass("note");
    p.text("Target languages: " + describe(r.byLanguage) + ". Source languages (given or inferred): "
        + describe(r.bySource) + ".");
  }

  private static void total(Element box, String value, String label) {
    Element d = box.appendElement("div").addClass("total");
    d.appendElement("b").text(value);
    d.appendElement("span").text(label);
  }

  private static void worst(Element s, AuditReport r) {
    s.appendElement("h2").text("Documents to correct first");
    s.appendElement("p").addClass("sub").text("The " + AuditReport.WORST + " documents with the highest MQM score, "
        + "with their findings (the first " + AuditReport.SHOWN_PER_DOCUMENT + " of each).");
    for (AuditReport.Worst w : r.worst()) {
      Element d = s.appendElement("details").addClass("document");
      d.appendElement("summary").text(w.id() + (w.title() == null || w.title().isEmpty() ? "" : " — " + w.title())
          + " · MQM " + w.mqm() + " · " + count(w.findings()) + " findings in " + count(w.words()) + " words"
          + (w.section().isEmpty() ? "" : " · " + w.section()) + (w.date().isEmpty() ? "" : " · " + w.date()));
      findingTable(d, w.shown(), false);
    }
  }

  private static void samples(Element s, AuditReport r) {
    s.appendElement("h2").text("Findings by rule");
    s.appendElement("p").addClass("sub").text("Up to " + AuditReport.SAMPLES_PER_RULE + " findings of each rule, "
        + "drawn across the archive, so an editor can judge each rule's precision at a glance. Most frequent rules "
        + "first.");
    for (Map.Entry<String, List<AuditReport.Shown>> e : r.samples().entrySet()) {
      Element d = s.appendElement("details").addClass("rule");
      d.appendElement("summary").text(e.getKey() + " · " + count(r.byRule.get(e.getKey())) + " findings");
      findingTable(d, e.getValue(), true);
    }
  }

  private static void findingTable(Element parent, List<AuditReport.Shown> findings, boolean withDocument) {
    Element table = parent.appendElement("table");
    Element hr = table.appendElement("thead").appendElement("tr");
    for (String h : withDocument ? List.of("document", "in context", "message", "suggestion", "confidence")
        : List.of("rule", "severity", "in context", "message", "suggestion", "confidence")) {
      hr.appendElement("th").text(h);
    }
    Element tbody = table.appendElement("tbody");
    for (AuditReport.Shown f : findings) {
      Element tr = tbody.appendElement("tr");
      if (withDocument) {
        tr.appendElement("td").text(f.document());
      } else {
        tr.appendElement("td").text(f.rule());
        tr.appendElement("td").addClass(f.severity()).text(f.severity());
      }
      Element ctx = tr.appendElement("td");
      int at = f.text().isEmpty() ? -1 : f.context().indexOf(f.text());
      if (at < 0) {
        ctx.appendElement("mark").text(f.text());
        ctx.appendText(" " + f.context());
      } else {
        ctx.appendText(f.context().substring(0, at));
        ctx.appendElement("mark").text(f.text());
        ctx.appendText(f.context().substring(at + f.text().length()));
      }
      tr.appendElement("td").text(f.message());
      tr.appendElement("td").text(f.suggestion() == null ? "" : f.suggestion().isEmpty() ? "(delete)" : f.suggestion());
      tr.appendElement("td").addClass("n").text(String.format(Locale.ROOT, "%.2f", f.confidence()));
    }
  }

  private static void problems(Element s, AuditReport r, AuditReport.Totals t) {
    s.appendElement("h2").text("Skipped inputs");
    long n = t.malformed() + t.failed();
    if (n == 0) {
      s.appendElement("p").text("None: every input item was read and checked.");
      return;
    }
    s.appendElement("p").addClass("sub").text(count(n) + " input items were skipped" + (n > r.problems.size()
        ? " (the first " + r.problems.size() + " are listed; problems.jsonl has them all)" : "") + ".");
    Element table = s.appendElement("table");
    Element hr = table.appendElement("thead").appendElement("tr");
    for (String h : List.of("file", "line", "kind", "reason")) {
      hr.appendElement("th").text(h);
    }
    Element tbody = table.appendElement("tbody");
    for (JsonNode p : r.problems) {
      Element tr = tbody.appendElement("tr");
      tr.appendElement("td").text(p.path("file").asText());
      tr.appendElement("td").addClass("n").text(p.has("line") ? p.path("line").asText() : "");
      tr.appendElement("td").text(p.path("kind").asText());
      tr.appendElement("td").text(p.path("reason").asText());
    }
  }

  /** The charts' data: [name, value] pairs, largest first (months in calendar order, MQM bins in order). */
  private static String chartData(AuditReport r) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("family", perThousand(r.byFamily, r.words, 40));
    data.put("category", perThousand(r.byCategory, r.words, 40));
    data.put("section", rates(r.bySection, true, 40));
    data.put("month", rates(r.byMonth, false, Integer.MAX_VALUE));
    List<List<Object>> mqm = new ArrayList<>();
    double[] bins = AuditReport.MQM_BINS;
    for (int i = 0; i <= bins.length; i++) {
      String label = i == 0 ? "0" : i == bins.length ? "> " + num(bins[i - 1]) : num(bins[i - 1]) + "–" + num(bins[i]);
      mqm.add(List.of(label, r.mqmBins[i]));
    }
    data.put("mqm", mqm);
    try {
      // "</" inside a script element would end it: JSON allows "<\/" for the same string.
      return JSON.writeValueAsString(data).replace("</", "<\\/");
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<List<Object>> perThousand(Map<String, Long> counts, long words, int most) {
    List<List<Object>> rows = new ArrayList<>();
    counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey())).limit(most)
        .forEach(e -> rows.add(List.of(e.getKey(), words == 0 ? 0 : Math.round(e.getValue() * 10000.0 / words) / 10.0)));
    return rows;
  }

  private static List<List<Object>> rates(Map<String, AuditReport.Rate> rates, boolean byValue, int most) {
    List<List<Object>> rows = new ArrayList<>();
    var entries = rates.entrySet().stream();
    if (byValue) {
      entries = entries.sorted((a, b) -> Double.compare(b.getValue().perThousand(), a.getValue().perThousand()));
    }
    entries.limit(most).forEach(e -> rows.add(List.of(e.getKey(), e.getValue().perThousand())));
    return rows;
  }

  private static String describe(Map<String, Long> counts) {
    List<String> parts = new ArrayList<>();
    counts.forEach((k, v) -> parts.add(k + " " + count(v)));
    return parts.isEmpty() ? "none" : String.join(", ", parts);
  }

  private static String rate(long findings, long words) {
    return words == 0 ? "0" : String.format(Locale.ROOT, "%.1f", findings * 1000.0 / words);
  }

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static String num(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }

  private static String resource(String name) {
    try (InputStream in = ReportPage.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing from the jar: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
