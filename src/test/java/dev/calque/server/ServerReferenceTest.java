package dev.calque.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import dev.calque.engine.Engines;
import dev.calque.reference.ReferenceArchive;
import dev.calque.reference.ReferenceEvidence;
import dev.calque.reference.ReferenceIndex;
import dev.calque.reference.ReferenceSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** calque serve --reference: both APIs weigh findings against the edited archive's index. */
class ServerReferenceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Our own sentence: the test archive's striker, whose name it mentions often. */
  private static final String TEXT = "The striker Mijail Ramos scored twice on Sunday.\n";

  private static String flagged(TestServer server) throws Exception {
    HttpResponse<String> r = server.postJson("/api/check", "{\"text\":" + JSON.writeValueAsString(TEXT)
        + ",\"sourceLanguage\":\"es\",\"grammar\":false,\"minConfidence\":0.3}");
    assertEquals(200, r.statusCode(), r.body());
    StringBuilder b = new StringBuilder();
    for (JsonNode f : JSON.readTree(r.body()).at("/documents/0/findings")) {
      b.append(f.get("text").asText()).append('\n');
    }
    return b.toString();
  }

  @Test
  void aNameTheArchiveAttestsIsNoMisspellingThroughTheServer() throws Exception {
    String plain;
    try (TestServer server = new TestServer(TestServer.settings())) {
      plain = flagged(server);
    }
    ReferenceEvidence evidence = new ReferenceEvidence(ReferenceIndex.open(ReferenceArchive.index()),
        ReferenceSettings.bundled());
    String weighed;
    try (TestServer server = new TestServer(TestServer.settings(), Checks.on(Engines.runtime(), evidence))) {
      weighed = flagged(server);
    }
    assertTrue(plain.contains("Mijail"), plain);
    assertFalse(weighed.contains("Mijail"), "the archive's own spelling:\n" + weighed);
  }
}
