package dev.calque.bilingual;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.calque.bitext.InlineCode;
import dev.calque.rule.Finding;
import dev.calque.rule.RuleSpec;
import dev.calque.rule.Span;

/**
 * What a translation must carry over unchanged, compared in number and kind ({@code kind}):
 * {@code codes}, the inline tags and placeholders of XLIFF and TMX; {@code placeholders} written
 * in the text ("%s", "{0}", "{{name}}", "${user}", HTML tags); {@code links}, URLs and e-mail
 * addresses; {@code brackets} and {@code quotes}, paired in the source and lost or unbalanced in
 * the translation. A source item the target lacks is reported on the target (the whole target
 * when there is nothing to point at) with the source item; a target item the source lacks, on
 * itself. A link changed into another is reported with the source's as the correction.
 */
final class MarkupRule extends AbstractBilingualRule {
  private static final Pattern PLACEHOLDER = Pattern.compile(
      "(?<![\\p{N}%])%(?:\\d+\\$)?[-+0#]?\\d*(?:\\.\\d+)?[sdifuxXeEgGcp@](?![\\p{L}\\p{N}])"
          + "|\\{\\{\\s*[\\w.]+\\s*}}|\\{\\d+(?:,[^{}]*)?}|\\$\\{[\\w.]+}|\\{[a-zA-Z_][\\w.]*}"
          + "|</?[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]*)?/?>");
  private static final Pattern LINK = Pattern.compile("(?:https?://|www\\.)[^\\s<>\"]+[^\\s<>\".,;:!?)\\]]"
      + "|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
  private static final String OPENERS = "([{";
  private static final String CLOSERS = ")]}";
  /** Double quotation marks of the languages calque meets; single ones double as apostrophes. */
  private static final String QUOTES = "\"«»“”„「」『』";

  private final String kind;

  MarkupRule(RuleSpec spec, List<BilingualExample> examples, Map<String, Object> params) {
    super(spec, examples);
    kind = choice(params, "kind", "codes", "placeholders", "links", "brackets", "quotes");
  }

  @Override
  public void check(BilingualContext ctx, Consumer<Finding> out) {
    switch (kind) {
      case "codes" -> codes(ctx, out);
      case "placeholders" -> items(ctx, PLACEHOLDER, false, out);
      case "links" -> items(ctx, LINK, true, out);
      case "brackets" -> brackets(ctx, out);
      default -> quotes(ctx, out);
    }
  }

  private void codes(BilingualContext ctx, Consumer<Finding> out) {
    Map<String, List<InlineCode>> target = new HashMap<>();
    for (InlineCode c : ctx.extras().targetCodes()) {
      target.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
    }
    for (InlineCode c : ctx.extras().sourceCodes()) {
      List<InlineCode> same = target.get(c.key());
      if (same != null && !same.isEmpty()) {
        same.remove(0);
        continue;
      }
      Span src = new Span(c.at(), c.kind().equals(InlineCode.PLACEHOLDER) ? c.at() + 1 : c.at());
      String message = spec.message("", null, "item", describe(c), "side", "the source's");
      out.accept(finding(ctx, new Span(0, ctx.target().length()), src, message, List.of(), 0));
    }
    for (List<InlineCode> extra : target.values()) {
      for (InlineCode c : extra) {
        Span at = new Span(c.at(), c.kind().equals(InlineCode.PLACEHOLDER) ? c.at() + 1 : c.at());
        String message = spec.message("", null, "item", describe(c), "side", "a new");
        out.accept(finding(ctx, at, new Span(0, 0), message, List.of(), -0.5));
      }
    }
  }

  private static String describe(InlineCode c) {
    return "<" + c.name() + (c.id() == null ? "" : " id=" + c.id()) + ">"
        + (c.kind().equals(InlineCode.PLACEHOLDER) ? "" : " (" + c.kind() + ")");
  }

  /** Placeholders or links: every source item must be in the target, written the same. */
  private void items(BilingualContext ctx, Pattern p, boolean links, Consumer<Finding> out) {
    Map<String, List<Span>> source = find(p, ctx.source());
    Map<String, List<Span>> target = find(p, ctx.target());
    List<Span> missing = new ArrayList<>();
    List<String> missingText = new ArrayList<>();
    for (var e : source.entrySet()) {
      List<Span> there = target.getOrDefault(e.getKey(), List.of());
      for (int i = there.size(); i < e.getValue().size(); i++) {
        missing.add(e.getValue().get(i));
        missingText.add(e.getKey());
      }
    }
    List<Span> extra = new ArrayList<>();
    List<String> extraText = new ArrayList<>();
    for (var e : target.entrySet()) {
      List<Span> there = source.getOrDefault(e.getKey(), List.of());
      for (int i = there.size(); i < e.getValue().size(); i++) {
        extra.add(e.getValue().get(i));
        extraText.add(e.getKey());
      }
    }
    int changed = links ? Math.min(missing.size(), extra.size()) : 0;
    for (int i = 0; i < missing.size(); i++) {
      String message = spec.message(i < changed ? extraText.get(i) : "", null, "item", missingText.get(i), "side",
          "the source's");
      if (i < changed) {
        out.accept(finding(ctx, extra.get(i), missing.get(i), message, List.of(missingText.get(i)), 0));
      } else {
        out.accept(finding(ctx, new Span(0, ctx.target().length()), missing.get(i), message, List.of(), 0));
      }
    }
    for (int i = changed; i < extra.size(); i++) {
      String message = spec.message(extraText.get(i), null, "item", extraText.get(i), "side", "a new");
      out.accept(finding(ctx, extra.get(i), new Span(0, 0), message, List.of(), -0.5));
    }
  }

  private static Map<String, List<Span>> find(Pattern p, String text) {
    Map<String, List<Span>> out = new LinkedHashMap<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.computeIfAbsent(m.group(), k -> new ArrayList<>()).add(new Span(m.start(), m.end()));
    }
    return out;
  }

  /** A bracket pair of the source missing in a target, or a target bracket left open or closed alone. */
  private void brackets(BilingualContext ctx, Consumer<Finding> out) {
    for (int k = 0; k < OPENERS.length(); k++) {
      char open = OPENERS.charAt(k);
      char close = CLOSERS.charAt(k);
      int sourceDepth = balance(ctx.source(), open, close);
      if (sourceDepth != 0) {
        continue; // the source is unbalanced itself: nothing to hold the translation to
      }
      int unmatched = unmatched(ctx.target(), open, close);
      if (unmatched >= 0) {
        Span at = new Span(unmatched, unmatched + 1);
        String message = spec.message(ctx.target(at), null, "item", open + "" + close, "side", "an unbalanced");
        out.accept(finding(ctx, at, new Span(0, 0), message, List.of(), 0));
        continue;
      }
      int sourcePairs = count(ctx.source(), open);
      int targetPairs = count(ctx.target(), open);
      if (sourcePairs > targetPairs) {
        int first = ctx.source().indexOf(open);
        int last = ctx.source().indexOf(close, first);
        String message = spec.message("", null, "item", open + "…" + close, "side", "the source's");
        out.accept(finding(ctx, new Span(0, ctx.target().length()), new Span(first, last + 1), message, List.of(),
            -0.5));
      }
    }
  }

  private static int balance(String s, char open, char close) {
    int d = 0;
    for (int i = 0; i < s.length(); i++) {
      d += s.charAt(i) == open ? 1 : s.charAt(i) == close ? -1 : 0;
    }
    return d;
  }

  /** Where the first bracket without its partner is, or -1. */
  private static int unmatched(String s, char open, char close) {
    List<Integer> opens = new ArrayList<>();
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == open) {
        opens.add(i);
      } else if (s.charAt(i) == close) {
        if (opens.isEmpty()) {
          return i;
        }
        opens.remove(opens.size() - 1);
      }
    }
    return opens.isEmpty() ? -1 : opens.get(0);
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += s.charAt(i) == c ? 1 : 0;
    }
    return n;
  }

  /** Quotations in the source, none in the translation (or the reverse): a quote turned into reported speech. */
  private void quotes(BilingualContext ctx, Consumer<Finding> out) {
    int s = quoteMarks(ctx.source());
    int t = quoteMarks(ctx.target());
    if (s >= 2 && t == 0) {
      int first = firstQuote(ctx.source());
      String message = spec.message("", null, "item", "quotation marks", "side", "the source's");
      out.accept(finding(ctx, new Span(0, ctx.target().length()), new Span(first, first + 1), message, List.of(), 0));
    }
  }

  private static int quoteMarks(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += QUOTES.indexOf(s.charAt(i)) >= 0 ? 1 : 0;
    }
    return n;
  }

  private static int firstQuote(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (QUOTES.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return 0;
  }
}
