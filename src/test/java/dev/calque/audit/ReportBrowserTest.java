package dev.calque.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * report.html in a real headless Chromium (Debian's chromium and chromedriver), opened from the disk
 * with no network: the charts are drawn by the embedded ECharts, the page loads nothing from outside,
 * throws no script error, and shows the totals, the worst documents and the samples per rule. The
 * screenshot goes to target/audit-report.png. Skipped, saying why, where Chromium is not installed;
 * .ci/run installs it, so CI always runs it.
 */
class ReportBrowserTest {

  @TempDir
  Path dir;

  @Test
  void theReportDrawsItsChartsOfflineAndShowsTheWorstDocuments() throws Exception {
    ChromeDriver browser = dev.calque.testing.HeadlessChromium.start(dir, 1300, 2400, null);
    try {
      Path archive = Archives.jsonl(dir.resolve("archive.jsonl"), 400, false);
      Path out = dir.resolve("out");
      AuditReport.Totals t = AuditTest.audit(out, a -> { }, AuditTest.light(), archive);
      browser.get(out.resolve(Audit.REPORT).toUri().toString());
      new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "5".equals(
          d.findElement(By.tagName("body")).getAttribute("data-charts")));
      JavascriptExecutor js = browser;
      for (String id : List.of("chart-family", "chart-category", "chart-section", "chart-month", "chart-mqm")) {
        Object bars = js.executeScript("var c = echarts.getInstanceByDom(document.getElementById(arguments[0]));"
            + "return c ? c.getOption().series[0].data.length : -1;", id);
        assertTrue(((Number) bars).intValue() > 0, id + " has bars: " + bars);
        WebElement canvas = browser.findElement(By.cssSelector("#" + id + " canvas"));
        assertTrue(canvas.getSize().getHeight() > 200, id + " is drawn");
      }
      assertEquals(12L, js.executeScript("return echarts.getInstanceByDom(document.getElementById('chart-month'))"
          + ".getOption().xAxis[0].data.length;"), "one bar a month of the archive");
      assertEquals(0L, js.executeScript("return performance.getEntriesByType('resource').length;"),
          "the page loads nothing: everything is inline");
      String totals = browser.findElement(By.id("totals")).getText();
      assertTrue(totals.contains(String.format("%,d", t.documents()) + "\ndocuments checked"), totals);
      assertTrue(totals.contains(String.format("%,d", t.findings()) + "\nfindings"), totals);
      List<WebElement> worst = browser.findElements(By.cssSelector("#worst details"));
      assertEquals(AuditReport.WORST, worst.size());
      worst.get(0).findElement(By.tagName("summary")).click();
      assertTrue(worst.get(0).findElement(By.tagName("table")).isDisplayed());
      assertTrue(worst.get(0).findElements(By.cssSelector("tbody tr")).size() > 0);
      List<WebElement> rules = browser.findElements(By.cssSelector("#samples details"));
      assertTrue(rules.size() >= 3, "a sample for each rule that found something");
      rules.get(0).findElement(By.tagName("summary")).click();
      assertTrue(rules.get(0).findElements(By.cssSelector("tbody tr mark")).size() > 0, "the span is marked in context");
      assertTrue(browser.findElement(By.id("problems")).getText().contains("malformed"));
      js.executeScript("window.scrollTo(0, 0);");
      Path shot = Path.of("target", "audit-report.png");
      Files.createDirectories(shot.getParent());
      Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
      assertTrue(Files.size(shot) > 20_000, "a screenshot of the drawn page");
    } finally {
      browser.quit();
    }
  }
}
