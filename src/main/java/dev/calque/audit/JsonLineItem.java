package dev.calque.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.calque.io.InputException;
import dev.calque.io.InputReader;

/** One line of a JSON Lines archive: one article, parsed on a worker. */
final class JsonLineItem extends Item {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

  private final byte[] line;
  private final Fields fields;

  JsonLineItem(Location where, byte[] line, Fields fields) {
    super(where);
    this.line = line;
    this.fields = fields;
  }

  @Override
  String identity() {
    return where() + " " + line.length;
  }

  @Override
  PortableItem portable() {
    return new PortableItem(where().file(), where().line(), PortableItem.JSON_LINE, line, null);
  }

  @Override
  Article parse() throws InputException {
    String text = InputReader.decode(where().toString(), line);
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new InputException("invalid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
    }
    return fields.article(node, where().toString(), null);
  }
}
