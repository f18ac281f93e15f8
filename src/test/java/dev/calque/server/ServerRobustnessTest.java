package dev.calque.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import dev.calque.engine.Calque;
import dev.calque.engine.Engines;

/**
 * The server under load and bad input: a full queue is 503 at once, a check past its time limit is
 * 500 (or incomplete results when allowed) and is told to stop, a long text is 413 and a long body
 * is cut off while being read, malformed requests get a 4xx and one line, closing lets checks under
 * way finish. Checks are calque's own rules only, slowed down on demand by a word in the text.
 */
class ServerRobustnessTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicBoolean sawCancel = new AtomicBoolean();
  private static TestServer server;

  /**
   * calque's rules without LanguageTool; a text containing SLOW takes about 1.5 s unless cancelled,
   * one containing STUBBORN 1.5 s whatever happens.
   */
  static Checks slowOnDemand(Calque calque) {
    Checks base = Checks.on(calque);
    return (options, text, cancelled) -> {
      if (text.contains("STUBBORN")) {
        sleep(1500);
      }
      if (text.contains("SLOW")) {
        long until = System.nanoTime() + 1_500_000_000L;
        while (System.nanoTime() < until) {
          if (cancelled.getAsBoolean()) {
            sawCancel.set(true);
            break;
          }
          sleep(10);
        }
      }
      return base.check(options.withGrammar(false), text, cancelled);
    };
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @BeforeAll
  static void start() throws Exception {
    ServerSettings s = TestServer.settings().withThreads(1, 1).withTimeout(Duration.ofSeconds(1)).withMaxTextLength(1000);
    server = new TestServer(s, slowOnDemand(Engines.runtime())).awaitReady();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static CompletableFuture<HttpResponse<String>> async(TestServer on, String text) {
    return HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create(on.base() + "/v2/check"))
        .POST(HttpRequest.BodyPublishers.ofString(TestServer.form(Map.of("text", text, "language", "en")))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void awaitInFlight(TestServer on, int n) {
    long until = System.nanoTime() + 5_000_000_000L;
    while (on.server.inFlight() < n && System.nanoTime() < until) {
      sleep(5);
    }
    assertTrue(on.server.inFlight() >= n, "requests in flight: " + on.server.inFlight());
  }

  @Test
  void aFullQueueIsAnImmediate503AndTheHealthcheckSaysSo() throws Exception {
    var running = async(server, "SLOW one.");
    awaitInFlight(server, 1);
    var queued = async(server, "SLOW two.");
    awaitInFlight(server, 2);
    sleep(50);
    long t0 = System.nanoTime();
    HttpResponse<String> refused = server.postForm("/v2/check", null, Map.of("text", "Fine.", "language", "en"));
    assertEquals(503, refused.statusCode(), refused.body());
    assertTrue((System.nanoTime() - t0) / 1e6 < 1000, "answered without waiting");
    assertTrue(refused.body().startsWith("Error: There are currently too many parallel requests"), refused.body());
    assertEquals(503, server.get("/v2/healthcheck").statusCode());
    running.get();
    queued.get();
    assertEquals(200, server.get("/v2/healthcheck").statusCode(), "healthy again once the queue drains");
  }

  @Test
  void aCheckPastTheTimeLimitIs500AndIsToldToStop() throws Exception {
    sawCancel.set(false);
    HttpResponse<String> r = server.postForm("/v2/check", null, Map.of("text", "SLOW text.", "language", "en"));
    assertEquals(500, r.statusCode());
    assertTrue(r.body().startsWith("Error: checking took longer than 1 s"), r.body());
    long until = System.nanoTime() + 2_000_000_000L;
    while (!sawCancel.get() && System.nanoTime() < until) {
      sleep(10);
    }
    assertTrue(sawCancel.get(), "the abandoned check saw its cancellation");
    HttpResponse<String> partial = server.postForm("/v2/check", null,
        Map.of("text", "SLOW text.", "language", "en", "allowIncompleteResults", "true"));
    assertEquals(200, partial.statusCode(), partial.body());
    JsonNode body = JSON.readTree(partial.body());
    assertTrue(body.at("/warnings/incompleteResults").asBoolean());
    assertTrue(body.at("/warnings/incompleteResultsReason").asText().contains("longer than"));
  }

  @Test
  void waitingInTheQueueDoesNotCountAgainstTheTimeLimit() throws Exception {
    // A check stopped by an earlier test may still be winding down; counted in flight, it would let
    // the wait below pass before STUBBORN holds the only worker.
    long idleBy = System.nanoTime() + 5_000_000_000L;
    while (server.server.inFlight() > 0 && System.nanoTime() < idleBy) {
      sleep(5);
    }
    var stubborn = async(server, "STUBBORN text.");
    awaitInFlight(server, 1);
    long t0 = System.nanoTime();
    HttpResponse<String> queued = server.postForm("/v2/check", null, Map.of("text", "A fine text.", "language", "en"));
    assertTrue((System.nanoTime() - t0) / 1e9 > 1.0, "it waited longer than the time limit in the queue");
    assertEquals(200, queued.statusCode(), queued.body());
    assertEquals(500, stubborn.get().statusCode(), "the check itself still has its limit");
  }

  @Test
  void tooLongTextIs413AndAnOverlongBodyIsCutOffWhileReading() throws Exception {
    HttpResponse<String> r = server.postForm("/v2/check", null, Map.of("text", "x".repeat(1001), "language", "en"));
    assertEquals(413, r.statusCode());
    assertTrue(r.body().startsWith("Error: the text is 1001 characters long"), r.body());
    // No Content-Length (chunked): the cap applies while reading.
    byte[] huge = ("language=en&text=" + "y".repeat(400_000)).getBytes(StandardCharsets.US_ASCII);
    HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.base()
        + "/v2/check")).POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(413, chunked.statusCode());
    assertTrue(chunked.body().contains("larger than this server's limit"), chunked.body());
    HttpResponse<String> declared = server.post("/v2/check", "application/x-www-form-urlencoded", huge);
    assertEquals(413, declared.statusCode());
    HttpResponse<String> api = server.postJson("/api/check", "{\"text\":\"" + "z".repeat(1001) + "\"}");
    assertEquals(413, api.statusCode());
  }

  @Test
  void malformedRequestsGetA4xxAndOneLineNeverA500() throws Exception {
    List<String> problems = new ArrayList<>();
    List<byte[]> forms = List.of(
        bytes("language=en&text=%G1"), bytes("language=en&text=abc%"), bytes("language=en&text=%C3%28"),
        raw("language=en&text=caf", (byte) 0xE9), bytes("language=en&" + "k".repeat(300) + "=v&text=a"),
        bytes("language=en&text=a&disabledRules=" + "R_,".repeat(30_000)),
        bytes("language=en&text=a" + manyParameters(300)),
        bytes("language=en&data=" + "[".repeat(5000)), bytes("language=en&data=42"), bytes("language=en&data=%7B%7D"),
        bytes("language=en&data=" + enc("{\"annotation\":[{\"text\":\"a\",\"interpretAs\":\"b\"}]}")),
        bytes("language=en&data=" + enc("{\"annotation\":[{\"text\":5}]}")),
        bytes("language=xx-YY-zz&text=a"), bytes("language=auto&preferredVariants=english&text=a"),
        bytes("language=en&text=a&c=yes"), bytes("language=" + "e".repeat(70_000) + "&text=a"), bytes(""));
    for (byte[] form : forms) {
      HttpResponse<String> r = server.post("/v2/check", "application/x-www-form-urlencoded", form);
      if (r.statusCode() < 400 || r.statusCode() >= 500 || r.body().contains("\n") || !r.body().startsWith("Error: ")) {
        problems.add(r.statusCode() + " " + r.body() + " for " + new String(form, 0, Math.min(60, form.length),
            StandardCharsets.ISO_8859_1));
      }
    }
    List<String> apiBodies = List.of("{", "[1,2]", "{\"text\":3}", "{\"text\":\"a\",\"language\":\"xx\"}",
        "{\"text\":\"a\",\"minConfidence\":2}", "{\"text\":\"a\",\"sourceLanguage\":\"spanish\"}",
        "{\"text\":\"a\",\"enable\":\"x\"}", "{\"text\":\"a\",\"disable\":[\"no.such.rule\"]}", "");
    for (String body : apiBodies) {
      for (String path : List.of("/api/check", "/api/fix")) {
        HttpResponse<String> r = server.postJson(path, body);
        if (r.statusCode() < 400 || r.statusCode() >= 500 || !JSON.readTree(r.body()).get("error").isTextual()) {
          problems.add(r.statusCode() + " " + r.body() + " for " + path + " " + body);
        }
      }
    }
    HttpResponse<String> badFix = server.postJson("/api/fix", "{\"text\":\"a\",\"threshold\":\"x\"}");
    if (badFix.statusCode() != 400) {
      problems.add(badFix.statusCode() + " for a threshold that is not a number");
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void answersWithinTwoSecondsOfStartWhileLanguageToolLoads() throws Exception {
    long t0 = System.nanoTime();
    Calque fresh = Calque.forConcurrentChecks(1);
    try (TestServer s = new TestServer(TestServer.settings(), slowOnDemand(fresh))) {
      HttpResponse<String> first = s.get("/v2/healthcheck");
      double seconds = (System.nanoTime() - t0) / 1e9;
      assertTrue(seconds < 2, "first answer after " + seconds + " s");
      assertTrue(first.statusCode() == 200 || first.statusCode() == 503, first.body());
      s.awaitReady();
    }
  }

  @Test
  void closingLetsChecksUnderWayFinishThenStopsListening() throws Exception {
    TestServer own = new TestServer(TestServer.settings().withTimeout(Duration.ofSeconds(10)),
        slowOnDemand(Engines.runtime())).awaitReady();
    var slow = async(own, "SLOW but wanted.");
    awaitInFlight(own, 1);
    long t0 = System.nanoTime();
    own.close();
    assertTrue((System.nanoTime() - t0) / 1e9 > 0.5, "close waited for the check under way");
    HttpResponse<String> r = slow.get();
    assertEquals(200, r.statusCode(), r.body());
    assertThrows(Exception.class, () -> own.get("/v2/healthcheck"), "no longer listening");
  }

  private static String manyParameters(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append("&p").append(i).append("=1");
    }
    return b.toString();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] raw(String s, byte tail) {
    byte[] b = bytes(s);
    byte[] out = java.util.Arrays.copyOf(b, b.length + 1);
    out[b.length] = tail;
    return out;
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
