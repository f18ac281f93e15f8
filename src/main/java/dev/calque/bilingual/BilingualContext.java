package dev.calque.bilingual;

import java.util.Objects;
import java.util.regex.Pattern;
import dev.calque.rule.Span;

/**
 * What a bilingual rule sees of one segment: the source text and its translation, their languages,
 * and how they align. Offsets are UTF-16 indices into each text as given.
 *
 * @param segmentId the segment's id (an XLIFF unit id, a TMX tu), or null when the caller has none
 * @param sourceLanguage BCP 47 tag of the source ("es", "es-MX")
 * @param targetLanguage BCP 47 tag of the target ("en")
 */
public record BilingualContext(String segmentId, String source, String sourceLanguage, String target,
    String targetLanguage, Alignment alignment) {
  private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*");

  public BilingualContext {
    Objects.requireNonNull(source, "source text");
    Objects.requireNonNull(target, "target text");
    Objects.requireNonNull(alignment, "alignment");
    if (segmentId != null && segmentId.isEmpty()) {
      throw new IllegalArgumentException("segment id must not be empty (null means none)");
    }
    for (String lang : new String[] {sourceLanguage, targetLanguage}) {
      if (lang == null || !LANGUAGE.matcher(lang).matches()) {
        throw new IllegalArgumentException("not a language tag: '" + lang + "' (e.g. es, en, pt-BR)");
      }
    }
    for (Alignment.Link l : alignment.links()) {
      if (l.source().end() > source.length() || l.target().end() > target.length()) {
        throw new IllegalArgumentException("alignment link " + l + " lies outside the texts");
      }
    }
  }

  /** A segment aligned whole to whole. */
  public static BilingualContext of(String segmentId, String source, String sourceLanguage, String target,
      String targetLanguage) {
    return new BilingualContext(segmentId, source, sourceLanguage, target, targetLanguage,
        Alignment.whole(source, target));
  }

  public String source(Span s) {
    return source.substring(s.start(), s.end());
  }

  public String target(Span s) {
    return target.substring(s.start(), s.end());
  }
}
