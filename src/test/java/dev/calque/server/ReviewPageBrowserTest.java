package dev.calque.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review page in a real headless Chromium (Debian's chromium and chromedriver): a copy editor
 * pastes a text, checks it, accepts a suggestion by mouse and one by keyboard, rejects one, and
 * downloads the corrected text and the decisions. Screenshots go to target/. Skipped, saying why,
 * where Chromium is not installed; .ci/run installs it, so CI always runs it.
 */
class ReviewPageBrowserTest {
  private static final String TEXT = "He go to the the market on Wednesday.\n"
      + "The Asian giant said that prices rise every time more.\n";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path tmp;
  private static TestServer server;
  private static WebDriver browser;
  private static Path downloads;

  @BeforeAll
  static void start() throws Exception {
    browser = dev.calque.testing.HeadlessChromium.start(tmp, 1280, 900,
        downloads = Files.createDirectories(tmp.resolve("downloads")));
    server = new TestServer(TestServer.settings()).awaitReady();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aCopyEditorChecksAcceptsRejectsAndDownloads() throws Exception {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    browser.get(server.base() + "/");
    wait.until(d -> !new Select(d.findElement(By.id("lang"))).getOptions().isEmpty());
    new Select(browser.findElement(By.id("source"))).selectByValue("es");
    browser.findElement(By.id("input")).sendKeys(TEXT);
    browser.findElement(By.id("check")).click();
    wait.until(d -> !d.findElements(By.cssSelector("#doc mark")).isEmpty());
    List<WebElement> marks = browser.findElements(By.cssSelector("#doc mark"));
    assertTrue(marks.stream().anyMatch(m -> m.getText().equals("the the")), "the doubled word is marked");
    WebElement epithet = marks.stream().filter(m -> m.getText().contains("Asian giant")).findFirst().orElseThrow();
    assertTrue(epithet.getAttribute("title").contains("confidence"), "hover shows message, category and confidence");
    assertTrue(epithet.getAttribute("class").startsWith("sev-"), "coloured by severity");
    shot("review-page-checked.png");

    // Mouse: select the doubled word and accept its suggestion.
    marks.stream().filter(m -> m.getText().equals("the the")).findFirst().orElseThrow().click();
    wait.until(d -> !d.findElements(By.cssSelector("#details .accept-suggestion")).isEmpty());
    browser.findElement(By.cssSelector("#details .accept-suggestion")).click();
    wait.until(d -> d.findElement(By.id("doc")).getText().startsWith("He go to the market"));

    // Keyboard: go to the epithet with n, accept it with a; reject the next finding with r.
    Actions keys = new Actions(browser);
    for (int i = 0; i < 10 && !details().contains("Asian giant"); i++) {
      keys.sendKeys("n").perform();
    }
    assertTrue(details().contains("Asian giant"), details());
    keys.sendKeys("a").perform();
    wait.until(d -> d.findElement(By.id("doc")).getText().contains("China said"));
    keys.sendKeys("n").perform();
    String rejectedText = browser.findElement(By.cssSelector("#details strong")).getText();
    keys.sendKeys("r").perform();
    wait.until(d -> d.findElement(By.id("summary")).getText().contains("1 rejected"));
    assertTrue(browser.findElement(By.id("summary")).getText().contains("2 accepted"),
        browser.findElement(By.id("summary")).getText());
    shot("review-page.png");

    String shown = browser.findElement(By.id("doc")).getText();
    browser.findElement(By.id("download-text")).click();
    String corrected = Files.readString(awaitDownload("corrected.txt"), StandardCharsets.UTF_8);
    assertEquals(shown.strip(), corrected.strip(), "the download is the text as shown");
    assertTrue(corrected.startsWith("He go to the market on Wednesday.\nChina said"), corrected);
    assertFalse(corrected.contains("the the"));

    browser.findElement(By.id("download-json")).click();
    JsonNode decisions = JSON.readTree(awaitDownload("decisions.json").toFile());
    assertEquals("es", decisions.get("sourceLanguage").asText());
    long accepted = 0;
    boolean rejected = false;
    for (JsonNode d : decisions.get("decisions")) {
      accepted += d.get("decision").asText().equals("accepted") ? 1 : 0;
      rejected |= d.get("decision").asText().equals("rejected") && d.get("text").asText().equals(rejectedText);
      assertTrue(d.has("rule") && d.has("confidence") && d.has("start") && d.has("end"));
    }
    assertEquals(2, accepted);
    assertTrue(rejected, "the rejected finding is recorded: " + decisions);

    // Undo the rejection, then accept everything from confidence 0.55 up at once.
    keys.sendKeys("u").perform();
    WebElement threshold = browser.findElement(By.id("threshold"));
    threshold.clear();
    threshold.sendKeys("0.55");
    browser.findElement(By.id("accept-all")).click();
    wait.until(d -> d.findElement(By.id("summary")).getText().contains("4 accepted"));
    // The other two are the connector calque (0.86) and LanguageTool's "He go" (0.6 in text translated
    // from Spanish, where the bio-es-en raters marked its grammar family more often: calibration's
    // verdict, not the page's).
    String fixed = browser.findElement(By.id("doc")).getText();
    assertTrue(fixed.contains("prices rise increasingly") && fixed.startsWith("He goes to the market"), fixed);
  }

  private static String details() {
    return browser.findElement(By.id("details")).getText();
  }

  private static Path awaitDownload(String name) throws InterruptedException {
    Path file = downloads.resolve(name);
    for (int i = 0; i < 200 && !(Files.isRegularFile(file) && file.toFile().length() > 0); i++) {
      Thread.sleep(50);
    }
    assertTrue(Files.isRegularFile(file), "downloaded " + name + ": " + List.of(downloads.toFile().list()));
    return file;
  }

  private static void shot(String name) throws Exception {
    File png = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
    Path target = Path.of("target", name);
    Files.createDirectories(target.getParent());
    Files.copy(png.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

}
