package dev.calque.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pieces of a LanguageTool answer, and the form parsing in front of it, at their edges. */
class LtMatchesJsonTest {
  @Test
  void theSentenceOfAMatchIncludingOneAtTheVeryEndOrAcrossTwo() {
    String text = "First one here. Second one ends the text";
    LtMatchesJson.Sentences s = new LtMatchesJson.Sentences(text, Locale.ENGLISH);
    assertEquals("First one here.", s.around(0, 5));
    assertEquals("Second one ends the text", s.around(text.length() - 4, text.length()));
    assertEquals("First one here. Second one ends the text", s.around(10, 22));
    assertEquals("", new LtMatchesJson.Sentences("", Locale.ENGLISH).around(0, 0));
  }

  @Test
  void contextIsCutAtFortyUnitsEachSideWithoutSplittingASurrogatePair() throws Exception {
    // 40 units before and after the match fall between the two halves of an emoji.
    String text = "😀".repeat(30) + "x" + "the the" + "y" + "😀".repeat(30);
    int start = 61;
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.writeStartObject();
      LtMatchesJson.context(g, text, start, start + 7);
      g.writeEndObject();
    }
    JsonNode c = new ObjectMapper().readTree(out.toString()).get("context");
    String ctx = c.get("text").asText();
    int at = c.get("offset").intValue();
    assertEquals("the the", ctx.substring(at, at + 7));
    assertEquals("...", ctx.substring(0, 3));
    assertTrue(ctx.codePoints().noneMatch(cp -> Character.getType(cp) == Character.SURROGATE), "whole emoji only: " + ctx);
  }

  @Test
  void formsAreStrictUtf8WithPlusAsSpaceAndTheQueryWinning() {
    Map<String, String> p = FormParams.parse("text=caf%C3%A9+au+lait&language=es".getBytes(StandardCharsets.UTF_8),
        "language=en");
    assertEquals("café au lait", p.get("text"));
    assertEquals("en", p.get("language"));
    assertEquals("", FormParams.parse("a=&b".getBytes(StandardCharsets.UTF_8), null).get("a"));
    ApiError bad = assertThrows(ApiError.class, () -> FormParams.parse("text=%ZZ".getBytes(StandardCharsets.UTF_8), null));
    assertEquals(400, bad.status());
  }
}
