package dev.calque.server;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;
import dev.calque.engine.Engines;

/** A calque server on a free loopback port over the tests' shared runtime, and a small HTTP client for it. */
final class TestServer implements AutoCloseable {
  final CalqueServer server;
  final StringWriter log = new StringWriter();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  TestServer(ServerSettings settings) {
    this(settings, Checks.on(Engines.runtime()));
  }

  TestServer(ServerSettings settings, Checks checks) {
    server = new CalqueServer(Engines.runtime(), checks, settings.withPort(0), new PrintWriter(log, true)).start();
  }

  static ServerSettings settings() {
    return ServerSettings.defaults().withPort(0);
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  /** Waits until /v2/healthcheck says OK (LanguageTool built), at most a minute. */
  TestServer awaitReady() throws Exception {
    long until = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    while (get("/v2/healthcheck").statusCode() != 200) {
      if (System.nanoTime() > until) {
        throw new AssertionError("not ready after a minute: " + log);
      }
      Thread.sleep(100);
    }
    return this;
  }

  HttpResponse<String> get(String pathAndQuery) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String contentType, byte[] body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> postForm(String path, String contentType, Map<String, String> params) throws Exception {
    return post(path, contentType, form(params).getBytes(StandardCharsets.UTF_8));
  }

  HttpResponse<String> postJson(String path, String json) throws Exception {
    return post(path, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  static String form(Map<String, String> params) {
    StringJoiner j = new StringJoiner("&");
    params.forEach((k, v) -> j.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return j.toString();
  }

  @Override
  public void close() {
    server.close();
  }
}
