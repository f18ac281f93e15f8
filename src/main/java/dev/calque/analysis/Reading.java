package dev.calque.analysis;

/** One morphological reading of a token: lemma and Penn-style part-of-speech tag from LanguageTool. */
public record Reading(String lemma, String pos) {
}
