package dev.calque.bilingual;

import java.util.List;
import java.util.Objects;
import dev.calque.bitext.Glossary;
import dev.calque.bitext.InlineCode;
import java.util.regex.Pattern;
import dev.calque.rule.Span;
import dev.calque.util.LanguageTags;

/**
 * What a bilingual rule sees of one segment: the source text and its translation, their languages,
 * and how they align. Offsets are UTF-16 indices into each text as given.
 *
 * @param segmentId the segment's id (an XLIFF unit id, a TMX tu), or null when the caller has none
 * @param sourceLanguage BCP 47 tag of the source ("es", "es-MX")
 * @param targetLanguage BCP 47 tag of the target ("en")
 */
public record BilingualContext(String segmentId, String source, String sourceLanguage, String target,
    String targetLanguage, Alignment alignment, Extras extras) {

  /**
   * What a segment may carry besides its texts: the inline codes masked in each (XLIFF tags), and
   * the user's glossary.
   *
   * @param glossary the terms to enforce, or null when none was given
   */
  public record Extras(List<InlineCode> sourceCodes, List<InlineCode> targetCodes, Glossary glossary) {
    public static final Extras NONE = new Extras(List.of(), List.of(), null);

    public Extras {
      sourceCodes = List.copyOf(sourceCodes);
      targetCodes = List.copyOf(targetCodes);
    }
  }

  /** A segment without inline codes or glossary. */
  public BilingualContext(String segmentId, String source, String sourceLanguage, String target,
      String targetLanguage, Alignment alignment) {
    this(segmentId, source, sourceLanguage, target, targetLanguage, alignment, Extras.NONE);
  }

  private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*");

  public BilingualContext {
    Objects.requireNonNull(source, "source text");
    Objects.requireNonNull(target, "target text");
    Objects.requireNonNull(alignment, "alignment");
    Objects.requireNonNull(extras, "extras");
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

  /** The same segment with codes or a glossary. */
  public BilingualContext with(Extras e) {
    return new BilingualContext(segmentId, source, sourceLanguage, target, targetLanguage, alignment, e);
  }

  /** The primary language of the source ("es" for "es-MX"). */
  public String sourceCode() {
    return LanguageTags.primary(sourceLanguage);
  }

  public String targetCode() {
    return LanguageTags.primary(targetLanguage);
  }


  public String source(Span s) {
    return source.substring(s.start(), s.end());
  }

  public String target(Span s) {
    return target.substring(s.start(), s.end());
  }
}
