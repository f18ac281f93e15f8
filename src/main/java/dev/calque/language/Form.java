package dev.calque.language;

/** Inflectional features calque's rules use, the same for every language. */
public enum Form {
  PLURAL,
  /** Finite past tense ("went"). */
  PAST,
  /** Past participle ("gone"). */
  PARTICIPLE,
  /** Gerund or present participle ("going"). */
  GERUND,
  /** Present tense, third person singular ("goes"). */
  PRESENT_THIRD,
  /** Present tense, other persons ("go" after "they"). */
  PRESENT
}
