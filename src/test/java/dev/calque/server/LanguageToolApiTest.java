package dev.calque.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.languagetool.remote.CheckConfigurationBuilder;
import org.languagetool.remote.RemoteLanguageTool;
import org.languagetool.remote.RemoteResult;
import org.languagetool.remote.RemoteRuleMatch;

/**
 * calque serve speaks LanguageTool's HTTP API: LanguageTool's own Java client checks through it,
 * and the requests LTeX, OmegaT, LibreOffice and the VS Code and Obsidian plugins send get the
 * fields each of them reads. One server for the class.
 */
class LanguageToolApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String GRAMMAR = "He go to the the market.";
  private static final String CONNECTOR = "Without embargo, the minister said the plan was ready.";
  private static TestServer server;
  private static RemoteLanguageTool client;

  @BeforeAll
  static void start() throws Exception {
    server = new TestServer(TestServer.settings()).awaitReady();
    client = new RemoteLanguageTool(new URL(server.base()));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Set<String> ruleIds(RemoteResult r) {
    return r.getMatches().stream().map(RemoteRuleMatch::getRuleId).collect(Collectors.toSet());
  }

  private static JsonNode check(Map<String, String> params) throws Exception {
    HttpResponse<String> r = server.postForm("/v2/check", "application/x-www-form-urlencoded", params);
    assertEquals(200, r.statusCode(), r.body());
    return JSON.readTree(r.body());
  }

  @Test
  void languageToolsJavaClientChecksAndSeesCalquesAndLanguageToolsFindings() {
    RemoteResult r = client.check(GRAMMAR, "en-US");
    assertEquals("calque", r.getRemoteServer().getSoftware());
    assertEquals("en-US", r.getLanguageCode());
    assertEquals("English (US)", r.getLanguage());
    assertEquals("en-US", r.getLanguageDetectedCode());
    assertTrue(ruleIds(r).containsAll(Set.of("HE_VERB_AGR", "common.repetition.word")), ruleIds(r).toString());
    RemoteRuleMatch go = r.getMatches().stream().filter(m -> m.getRuleId().equals("HE_VERB_AGR")).findFirst().get();
    assertEquals("go", GRAMMAR.substring(go.getErrorOffset(), go.getErrorOffset() + go.getErrorLength()));
    assertTrue(go.getReplacements().get().contains("goes"));
    assertEquals("grammar", go.getLocQualityIssueType().get());
    assertEquals("GRAMMAR", go.getCategoryId().get());
    assertEquals("go", go.getContext().substring(go.getContextOffset(), go.getContextOffset() + 2));
    assertEquals(100_000, client.getMaxTextLength());
  }

  @Test
  void motherTongueIsTheSourceLanguageOfThePairRules() {
    assertFalse(ruleIds(client.check(CONNECTOR, "en-GB")).contains("es-en.connector.without-embargo"),
        "one artifact is not enough to infer the source");
    RemoteResult withSource = client.check(CONNECTOR, new CheckConfigurationBuilder("en-GB").setMotherTongueLangCode("es")
        .build());
    assertTrue(ruleIds(withSource).contains("es-en.connector.without-embargo"), ruleIds(withSource).toString());
    assertEquals("en-GB", withSource.getLanguageCode());
  }

  @Test
  void rulesAreDisabledAndEnabledByCalquesAndLanguageToolsIdsUnknownOnesAccepted() {
    RemoteResult off = client.check(GRAMMAR, new CheckConfigurationBuilder("en-US")
        .disabledRuleIds("HE_VERB_AGR", "common.repetition.word", "FOO", "no.such.rule").build());
    assertFalse(ruleIds(off).contains("HE_VERB_AGR"));
    assertFalse(ruleIds(off).contains("common.repetition.word"));
    RemoteResult only = client.check(GRAMMAR, new CheckConfigurationBuilder("en-US")
        .enabledRuleIds("common.repetition.word").enabledOnly().build());
    assertEquals(Set.of("common.repetition.word"), ruleIds(only));
    RemoteResult onlyLt = client.check(GRAMMAR, new CheckConfigurationBuilder("en-US")
        .enabledRuleIds("HE_VERB_AGR").enabledOnly().build());
    assertEquals(Set.of("HE_VERB_AGR"), ruleIds(onlyLt));
  }

  @Test
  void autoDetectsTheLanguage() throws Exception {
    RemoteResult r = client.check(GRAMMAR, new CheckConfigurationBuilder().build());
    assertEquals("en-US", r.getLanguageCode(), "auto takes the default variant, as LanguageTool does");
    JsonNode es = check(Map.of("text", "El gobierno de la ciudad dijo que el plan está listo.", "language", "auto"));
    assertEquals("es", es.at("/language/code").asText());
    assertTrue(es.at("/language/detectedLanguage/confidence").asDouble() > 0.5);
  }

  @Test
  void theResponseHasEveryFieldOfLanguageToolsShape() throws Exception {
    JsonNode r = check(Map.of("text", GRAMMAR, "language", "en-US"));
    assertEquals(1, r.at("/software/apiVersion").intValue());
    assertTrue(r.at("/software/apiVersion").isNumber());
    for (String f : List.of("name", "version", "buildDate", "premium", "status")) {
      assertTrue(r.get("software").has(f), f);
    }
    assertFalse(r.at("/warnings/incompleteResults").asBoolean(true));
    for (String f : List.of("/language/name", "/language/code", "/language/detectedLanguage/name",
        "/language/detectedLanguage/code", "/language/detectedLanguage/confidence")) {
      assertFalse(r.at(f).isMissingNode(), f);
    }
    assertTrue(r.get("matches").size() >= 2);
    for (JsonNode m : r.get("matches")) {
      for (String f : List.of("/message", "/shortMessage", "/offset", "/length", "/context/text", "/context/offset",
          "/context/length", "/sentence", "/type/typeName", "/rule/id", "/rule/description", "/rule/issueType",
          "/rule/category/id", "/rule/category/name", "/ignoreForIncompleteSentence", "/contextForSureMatch",
          "/calque/confidence", "/calque/severity", "/calque/category")) {
        assertFalse(m.at(f).isMissingNode(), f + " in " + m);
      }
      assertTrue(m.get("replacements").isArray());
      m.get("replacements").forEach(x -> assertTrue(x.get("value").isTextual() && x.get("confidence").isNumber()));
      assertEquals(GRAMMAR, m.get("sentence").asText());
    }
    JsonNode lt = find(r, "HE_VERB_AGR");
    assertEquals("1", lt.at("/rule/subId").asText());
    assertTrue(lt.at("/rule/urls/0/value").asText().startsWith("https://"));
  }

  @Test
  void offsetsAndLengthsAreUtf16UnitsAndTheContextPointsAtTheMatch() throws Exception {
    String text = "😀😀 Oh, I saw the the cat near 𝔘 the the house.";
    JsonNode r = check(Map.of("text", text, "language", "en", "disabledCategories", "TYPOS"));
    int found = 0;
    for (JsonNode m : r.get("matches")) {
      if (m.at("/rule/id").asText().equals("common.repetition.word")) {
        int at = m.get("offset").intValue();
        assertEquals("the the", text.substring(at, at + m.get("length").intValue()));
        String ctx = m.at("/context/text").asText();
        int co = m.at("/context/offset").intValue();
        assertEquals("the the", ctx.substring(co, co + m.at("/context/length").intValue()));
        found++;
      }
    }
    assertEquals(2, found, r.toString());
  }

  @Test
  void compactModeLeavesOutWhatCompactClientsDoNotRead() throws Exception {
    JsonNode r = check(Map.of("text", GRAMMAR, "language", "en-US", "c", "1"));
    assertTrue(r.get("software") == null && r.get("warnings") == null, r.toString());
    JsonNode m = r.get("matches").get(0);
    assertTrue(m.get("context") == null && m.get("sentence") == null);
    assertTrue(m.has("offset") && m.has("rule"));
  }

  /** LTeX: a form body sent as application/json, 'data' with markup, reads rule.id, sentence, offsets. */
  @Test
  void ltexAnnotatedTextWithJsonContentTypeGetsOffsetsIntoTheMarkup() throws Exception {
    String data = "{\"annotation\":[{\"markup\":\"<p>\"},{\"text\":\"He go to the \"},{\"markup\":\"<b>\"},"
        + "{\"text\":\"the\"},{\"markup\":\"</b>\"},{\"text\":\" market.\"},{\"markup\":\"</p>\",\"interpretAs\":\"\\n\\n\"}]}";
    String original = "<p>He go to the <b>the</b> market.</p>";
    Map<String, String> p = new LinkedHashMap<>();
    p.put("language", "en-US");
    p.put("data", data);
    p.put("motherTongue", "es-ES");
    p.put("disabledRules", "WHITESPACE_RULE,UPPERCASE_SENTENCE_START");
    HttpResponse<String> res = server.postForm("/v2/check", "application/json; charset=UTF-8", p);
    assertEquals(200, res.statusCode(), res.body());
    JsonNode r = JSON.readTree(res.body());
    JsonNode go = find(r, "HE_VERB_AGR");
    assertEquals("go", original.substring(go.get("offset").intValue(), go.get("offset").intValue() + go.get("length").intValue()));
    JsonNode twice = find(r, "common.repetition.word");
    String covered = original.substring(twice.get("offset").intValue(),
        twice.get("offset").intValue() + twice.get("length").intValue());
    // LanguageTool's own mapping: a match ending at the end of marked-up text takes the closing markup along.
    assertEquals("the <b>the</b>", covered);
    assertEquals("He go to the the market.", twice.get("sentence").asText());
  }

  /** OmegaT: probes with disabledCategories=FOO, lists languages by POST, reads software.apiVersion. */
  @Test
  void omegatsProbeAndLanguageNegotiation() throws Exception {
    HttpResponse<String> probe = server.post("/v2/check", "application/x-www-form-urlencoded",
        "text=Test&language=en-US&disabledCategories=FOO".getBytes(StandardCharsets.UTF_8));
    assertEquals(200, probe.statusCode(), probe.body());
    assertEquals("1", JSON.readTree(probe.body()).at("/software/apiVersion").asText());
    assertFalse(probe.body().contains("<?xml"));
    JsonNode langs = JSON.readTree(server.post("/v2/languages", null, new byte[0]).body());
    Set<String> longCodes = new java.util.HashSet<>();
    langs.forEach(l -> longCodes.add(l.get("longCode").asText()));
    assertTrue(longCodes.containsAll(Set.of("en-US", "en-GB", "es")), longCodes.toString());
    JsonNode r = check(Map.of("text", CONNECTOR, "language", "en-US", "srctext", "Sin embargo, el ministro dijo...",
        "motherTongue", "es-ES", "disabledCategories", "", "disabledRules", "", "enabledRules", ""));
    JsonNode m = find(r, "es-en.connector.without-embargo");
    assertTrue(m.at("/rule/description").isTextual() && m.get("message").isTextual());
  }

  /** LibreOffice: text and language, with a 10 s client timeout. */
  @Test
  void libreOfficesPlainRequestAnswersWithinItsTimeout() throws Exception {
    HttpClient http = HttpClient.newBuilder().build();
    HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(server.base() + "/v2/check"))
        .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(TestServer.form(Map.of("text", GRAMMAR, "language", "en-US"))))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, res.statusCode());
    JsonNode m = find(JSON.readTree(res.body()), "HE_VERB_AGR");
    assertEquals(3, m.get("offset").intValue());
    assertEquals(2, m.get("length").intValue());
    assertTrue(m.get("shortMessage").isTextual() && m.at("/replacements/0/value").isTextual());
  }

  /** The VS Code and Obsidian plugins: annotated data, language=auto with preferred variants, level, enabledOnly=false. */
  @Test
  void editorPluginsAutoLanguageWithPreferredVariants() throws Exception {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("data", "{\"annotation\":[{\"markup\":\"# \"},{\"text\":\"He go to the the market.\"}]}");
    p.put("language", "auto");
    p.put("preferredVariants", "en-GB,es-AR");
    p.put("enabledOnly", "false");
    p.put("level", "picky");
    p.put("disabledCategories", "TYPOGRAPHY");
    JsonNode r = check(p);
    assertEquals("en-GB", r.at("/language/code").asText());
    assertEquals("en-GB", r.at("/language/detectedLanguage/code").asText());
    assertEquals(5, find(r, "HE_VERB_AGR").get("offset").intValue(), "counted in the text with its markup");
  }

  @Test
  void badRequestsGetAOneLineReasonWithLanguageToolsStatus() throws Exception {
    assertError(400, "missing 'language'", Map.of("text", "Hi."));
    assertError(400, "not a language calque checks", Map.of("text", "Hi.", "language", "de-DE"));
    assertError(400, "'motherTongue'", Map.of("text", "Hi.", "language", "en-US", "motherTongue", "english"));
    assertError(400, "only with language=auto", Map.of("text", "Hi.", "language", "en-US", "preferredVariants", "en-GB"));
    assertError(400, "not valid JSON", Map.of("data", "{\"annotation\":[{\"text\":", "language", "en"));
    assertError(400, "neither 'text' nor 'markup'", Map.of("data", "{\"annotation\":[{\"foo\":1}]}", "language", "en"));
    assertError(400, "'level'", Map.of("text", "Hi.", "language", "en", "level", "pedantic"));
    assertError(400, "'mode'", Map.of("text", "Hi.", "language", "en", "mode", "everything"));
    assertError(400, "enabledOnly", Map.of("text", "Hi.", "language", "en", "enabledOnly", "true"));
    assertError(400, "not both", Map.of("text", "Hi.", "data", "{\"text\":\"Hi.\"}", "language", "en"));
    assertError(413, "at most 100000", Map.of("text", "a".repeat(100_001), "language", "en"));
    HttpResponse<String> utf8 = server.post("/v2/check", null, "language=en&text=caf%E9".getBytes(StandardCharsets.UTF_8));
    assertEquals(400, utf8.statusCode());
    assertTrue(utf8.body().startsWith("Error: ") && utf8.body().contains("UTF-8"), utf8.body());
    HttpResponse<String> missing = server.get("/v2/spellcheck");
    assertEquals(404, missing.statusCode());
    assertTrue(missing.body().startsWith("Error: "));
  }

  private static void assertError(int status, String reason, Map<String, String> params) throws Exception {
    HttpResponse<String> r = server.postForm("/v2/check", null, params);
    assertEquals(status, r.statusCode(), r.body());
    assertTrue(r.body().startsWith("Error: ") && r.body().contains(reason) && !r.body().contains("\n")
        && !r.body().contains("at dev.calque"), r.body());
  }

  @Test
  void infoMaxTextLengthConfigInfoAndHealthcheck() throws Exception {
    assertEquals("OK", server.get("/v2/healthcheck").body());
    assertEquals("100000", server.get("/v2/maxtextlength").body());
    assertEquals("calque", JSON.readTree(server.get("/v2/info").body()).at("/software/name").asText());
    JsonNode config = JSON.readTree(server.get("/v2/configinfo?language=en-US").body());
    assertEquals(100_000, config.at("/parameter/maxTextLength").intValue());
    assertTrue(config.get("rules").size() > 100);
    assertEquals(400, server.get("/v2/configinfo").statusCode());
  }

  @Test
  void acceptedWordsSilenceSpellingFindings() throws Exception {
    String text = "We will recieve the report tomorrow.";
    assertTrue(find(check(Map.of("text", text, "language", "en-US")), "MORFOLOGIK_RULE_EN_US") != null);
    HttpResponse<String> add = server.postForm("/v2/words/add", null, Map.of("word", "recieve", "language", "en-US"));
    assertEquals("{\"added\":true}", add.body());
    assertEquals("{\"words\":[\"recieve\"]}", server.get("/v2/words?language=en").body());
    assertTrue(check(Map.of("text", text, "language", "en-US")).get("matches").isEmpty());
    assertEquals(400, server.get("/v2/words/add?word=x").statusCode(), "adding needs POST");
    assertEquals("{\"deleted\":true}", server.postForm("/v2/words/delete", null, Map.of("word", "recieve",
        "language", "en")).body());
  }

  private static JsonNode find(JsonNode response, String ruleId) {
    for (JsonNode m : response.get("matches")) {
      if (m.at("/rule/id").asText().equals(ruleId)) {
        return m;
      }
    }
    throw new AssertionError("no " + ruleId + " in " + response);
  }
}
