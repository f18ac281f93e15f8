package dev.calque.bilingual;

import java.util.List;
import java.util.Objects;
import dev.calque.rule.Span;

/**
 * Which parts of a source text correspond to which parts of its translation. A rule compares
 * source and target within each link only, so finer links (sentences, phrases, tokens) make rules
 * sharper without changing them. Today segments come whole: one link, whole source to whole target.
 */
public record Alignment(List<Link> links) {
  /** A source span and the target span that translates it. */
  public record Link(Span source, Span target) {
    public Link {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(target, "target");
    }
  }

  public Alignment {
    links = List.copyOf(links);
  }

  /** The whole source aligned to the whole target. */
  public static Alignment whole(String source, String target) {
    return new Alignment(List.of(new Link(new Span(0, source.length()), new Span(0, target.length()))));
  }

  /** The first link whose source span contains the offset (an empty span: starts at it), or null. */
  public Link linkForSource(int offset) {
    for (Link l : links) {
      Span s = l.source();
      boolean inside = s.start() <= offset && offset < s.end();
      if (inside || (s.length() == 0 && s.start() == offset)) {
        return l;
      }
    }
    return null;
  }
}
