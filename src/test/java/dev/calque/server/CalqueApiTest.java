package dev.calque.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** calque's own API: the JSON report of docs/json-format.md, fixes, the rule catalogue, the page's info. */
class CalqueApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TEXT = "😀 He saw the the plan.\nThe Asian giant said that the plan was ready.\n";
  private static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = new TestServer(TestServer.settings()).awaitReady();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JsonNode post(String path, String body) throws Exception {
    HttpResponse<String> r = server.postJson(path, body);
    assertEquals(200, r.statusCode(), r.body());
    return JSON.readTree(r.body());
  }

  @Test
  void checkAnswersWithTheJsonReportContract() throws Exception {
    JsonNode r = post("/api/check", "{\"text\":" + JSON.writeValueAsString(TEXT)
        + ",\"sourceLanguage\":\"es\",\"grammar\":false,\"path\":\"a.txt\"}");
    assertEquals("calque-report/1", r.at("/tool/schema").asText());
    JsonNode doc = r.at("/documents/0");
    assertEquals("a.txt", doc.get("path").asText());
    assertEquals("es", doc.get("sourceLanguage").asText());
    boolean doubled = false;
    for (JsonNode f : doc.get("findings")) {
      assertEquals(f.get("text").asText(), TEXT.substring(f.get("start").intValue(), f.get("end").intValue()));
      assertTrue(f.get("confidence").asDouble() >= 0.5, "the report's default threshold");
      doubled |= f.get("rule").asText().equals("common.repetition.word");
    }
    assertTrue(doubled, r.toString());
    assertTrue(doc.get("findings").toString().contains("es-en.epithet."), "pair rules ran with the source given");
  }

  @Test
  void fixAppliesConfidentSuggestionsAndListsTheEdits() throws Exception {
    // A doubled word in one short sentence is calibrated at about 0.7 (5 of 7 on the labelled data).
    JsonNode r = post("/api/fix", "{\"text\":" + JSON.writeValueAsString(TEXT) + ",\"grammar\":false,\"threshold\":0.7}");
    assertEquals("😀 He saw the plan.\nThe Asian giant said that the plan was ready.\n", r.get("text").asText());
    assertEquals(1, r.get("edits").size(), r.toString());
    JsonNode e = r.at("/edits/0");
    assertEquals("common.repetition.word", e.get("rule").asText());
    assertEquals(TEXT.substring(e.get("start").intValue(), e.get("end").intValue()), e.get("original").asText());
  }

  @Test
  void rulesAndInfo() throws Exception {
    JsonNode rules = JSON.readTree(server.get("/api/rules").body());
    assertTrue(rules.size() > 100);
    boolean found = false;
    for (JsonNode rule : rules) {
      found |= rule.get("id").asText().equals("common.repetition.word") && rule.get("defaultOn").asBoolean();
    }
    assertTrue(found);
    JsonNode info = JSON.readTree(server.get("/api/info").body());
    assertTrue(info.get("ready").asBoolean());
    assertTrue(info.get("languages").toString().contains("\"code\":\"en\""));
    assertTrue(info.at("/languages/0/sources").toString().contains("es"), info.toString());
  }

  @Test
  void allowOriginLetsBrowsersCallItFromOtherPages() throws Exception {
    assertTrue(server.get("/v2/languages").headers().firstValue("Access-Control-Allow-Origin").isEmpty(),
        "no CORS header unless asked for");
    try (TestServer open = new TestServer(TestServer.settings().withAllowOrigin("*"))) {
      HttpResponse<String> r = open.get("/v2/languages");
      assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
      java.net.http.HttpResponse<String> preflight = java.net.http.HttpClient.newHttpClient().send(
          java.net.http.HttpRequest.newBuilder(java.net.URI.create(open.base() + "/api/check"))
              .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
              .header("Access-Control-Request-Headers", "content-type").build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertEquals(204, preflight.statusCode());
      assertEquals("content-type", preflight.headers().firstValue("Access-Control-Allow-Headers").orElse(null));
      assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
    }
  }

  @Test
  void thePageAndItsAssetsComeFromTheJarWithNothingFromElsewhere() throws Exception {
    HttpResponse<String> page = server.get("/");
    assertEquals(200, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    for (String asset : new String[] {"/review.js", "/review.css"}) {
      assertEquals(200, server.get(asset).statusCode(), asset);
    }
    for (String body : new String[] {page.body(), server.get("/review.js").body(), server.get("/review.css").body()}) {
      assertTrue(!body.contains("http://") && !body.contains("https://") && !body.contains("//cdn"),
          "no external asset");
    }
  }
}
