package dev.calque.language;

/**
 * The parts of speech calque's rules reason about, the same for every language; each profile maps
 * its tagger's tags onto them (English Penn tags, Spanish EAGLES tags, …).
 */
public enum WordClass {
  NOUN,
  PROPER_NOUN,
  VERB,
  /** Modal and other auxiliary verbs the tagger marks as such ("can", "will"). */
  AUXILIARY,
  /** Personal pronouns ("he", "it"). */
  PRONOUN,
  /** Possessive determiners ("his", "its"). */
  POSSESSIVE,
  DETERMINER,
  /** Relative and interrogative words ("which", "that" as a relative, "where"). */
  RELATIVE,
  ADJECTIVE,
  ADVERB,
  /** Prepositions and, where the tagset joins them, subordinating conjunctions. */
  ADPOSITION,
  CONJUNCTION,
  NUMBER,
  /** The infinitive marker ("to" before a verb). */
  INFINITIVE_MARKER,
  /** Verb particles ("give up"). */
  PARTICLE,
  OTHER
}
