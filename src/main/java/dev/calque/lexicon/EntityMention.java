package dev.calque.lexicon;

/** A gazetteer name found in a document, covering tokens [tokenFrom, tokenTo). */
public record EntityMention(Entity entity, int tokenFrom, int tokenTo, int start, int end) {
}
