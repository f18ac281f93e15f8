package dev.calque.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A small property runner: generate, check, and on failure shrink to a small input that fails the
 * same way. Runs are reproducible: every try's Random derives from one suite seed (fixed, so CI
 * sees the same inputs every time; -Dfuzz.seed=N explores others, -Dfuzz.scale=X multiplies tries).
 * Nothing is stored between runs; a failing input is also written to target/fuzz-failures/.
 */
final class Fuzz {
  static final long SEED = Long.decode(System.getProperty("fuzz.seed", "0x5EEDCA1C"));
  static final double SCALE = Double.parseDouble(System.getProperty("fuzz.scale", "1"));

  /** Makes one value from a Random; size and mix are the generator's business. */
  interface Gen<T> {
    T next(Random r);
  }

  /** Throws (assertion or otherwise) when the value breaks the property. */
  interface Property<T> {
    void check(T value) throws Exception;
  }

  /** Smaller or simpler variants of a value, most aggressive first; lazily, as the list can be long. */
  interface Shrinker<T> {
    Stream<T> candidates(T value);

    static <T> Shrinker<T> none() {
      return v -> Stream.empty();
    }
  }

  /** What one property needs besides its check; shrinkMillis bounds all shrinking of the property. */
  record Spec<T>(String name, int tries, Gen<T> gen, Shrinker<T> shrinker, Function<T, String> show,
      long shrinkMillis) {
    Spec<T> shrinkFor(long millis) {
      return new Spec<>(name, tries, gen, shrinker, show, millis);
    }
  }

  static <T> Spec<T> spec(String name, int tries, Gen<T> gen, Shrinker<T> shrinker, Function<T, String> show) {
    return new Spec<>(name, tries, gen, shrinker, show, 40_000);
  }

  private Fuzz() {
  }

  /** At most this many distinct failures are shrunk and reported per property; later ones are counted. */
  static final int MAX_DISTINCT = 4;

  /**
   * Runs the property on spec.tries() generated values. A failure does not stop the run: each
   * distinct failure (see signature) is shrunk and reported, so one crash does not hide the next bug.
   */
  static <T> void forAll(Spec<T> spec, Property<T> property) {
    int tries = Math.max(1, (int) Math.round(spec.tries() * SCALE));
    long started = System.nanoTime();
    Map<String, String> reports = new LinkedHashMap<>();
    Map<String, String> saved = new LinkedHashMap<>(); // the same with inputs unabridged
    Map<String, Integer> counts = new LinkedHashMap<>();
    Throwable firstCause = null;
    int shrinkSteps = 0;
    long shrinkLeft = spec.shrinkMillis();
    for (int i = 0; i < tries; i++) {
      Random r = new Random(SEED * 31 + spec.name().hashCode() * 1_000_003L + i);
      T value = spec.gen().next(r);
      Throwable failure = run(property, value);
      if (failure == null) {
        continue;
      }
      String sig = signature(failure);
      counts.merge(sig, 1, Integer::sum);
      if (!reports.containsKey(sig) && reports.size() < MAX_DISTINCT) {
        // Each distinct failure may use half of what is left of the property's shrinking budget.
        Shrunk<T> s = shrink(spec, property, value, failure, shrinkLeft / 2);
        shrinkLeft -= Math.round(s.seconds() * 1000);
        shrinkSteps += s.steps();
        firstCause = firstCause == null ? s.failure() : firstCause;
        String input = spec.show().apply(s.value());
        String entry = String.format("first at try %d; shrunk in %d steps (%.1f s%s)%n"
            + "  minimal input: @INPUT@%n  failure: %s%n  first failing input's failure: %s",
            i + 1, s.steps(), s.seconds(), s.exhausted() ? ", budget used up" : "",
            describe(s.failure()), describe(failure));
        reports.put(sig, entry.replace("@INPUT@", clip(input)));
        saved.put(sig, entry.replace("@INPUT@", input));
      }
    }
    int failed = counts.values().stream().mapToInt(Integer::intValue).sum();
    String summary = String.format("[fuzz] %s: %d tries, %d failed (%d distinct), %d more inputs while shrinking,"
        + " %.1f s, seed %s", spec.name(), tries, failed, counts.size(), shrinkSteps,
        (System.nanoTime() - started) / 1e9, seedText());
    System.out.println(summary);
    if (!reports.isEmpty()) {
      save(spec.name(), report(summary, saved, counts));
      fail(report(summary, reports, counts), firstCause);
    }
  }

  private static String report(String summary, Map<String, String> entries, Map<String, Integer> counts) {
    StringBuilder b = new StringBuilder(summary).append(" (rerun with -Dfuzz.seed=").append(seedText()).append(')');
    int n = 0;
    for (Map.Entry<String, String> e : entries.entrySet()) {
      b.append(String.format("%n%nfailure %d of %d: %s, in %d tries; %s", ++n, entries.size(), e.getKey(),
          counts.get(e.getKey()), e.getValue()));
    }
    return b.toString();
  }

  private record Shrunk<T>(T value, Throwable failure, int steps, double seconds, boolean exhausted) {
  }

  /** Greedy: take the first candidate that still fails the same way, then start over from it. */
  private static <T> Shrunk<T> shrink(Spec<T> spec, Property<T> property, T value, Throwable failure,
      long millis) {
    String signature = signature(failure);
    long start = System.nanoTime();
    long deadline = start + millis * 1_000_000;
    int steps = 0;
    boolean improved = true;
    while (improved && System.nanoTime() < deadline) {
      improved = false;
      Iterator<T> it = spec.shrinker().candidates(value).iterator();
      while (it.hasNext() && System.nanoTime() < deadline) {
        T c = it.next();
        steps++;
        Throwable f = run(property, c);
        if (f != null && signature(f).equals(signature)) {
          value = c;
          failure = f;
          improved = true;
          break;
        }
      }
    }
    return new Shrunk<>(value, failure, steps, (System.nanoTime() - start) / 1e9, System.nanoTime() >= deadline);
  }

  private static <T> Throwable run(Property<T> property, T value) {
    try {
      property.check(value);
      return null;
    } catch (Throwable t) {
      return t;
    }
  }

  /**
   * Two failures are "the same bug" when their tags agree: an assertion's leading [tag], or an
   * exception's class and the calque frame it came from. Shrinking keeps to one bug so it does not
   * drift from a crash to an unrelated complaint.
   */
  static String signature(Throwable t) {
    String m = t.getMessage() == null ? "" : t.getMessage();
    if (t instanceof AssertionError && m.startsWith("[")) {
      return m.substring(0, m.indexOf(']') + 1);
    }
    for (StackTraceElement e : t.getStackTrace()) {
      if (e.getClassName().startsWith("dev.calque.") && !e.getClassName().startsWith("dev.calque.fuzz.")) {
        return t.getClass().getName() + " at " + e.getClassName() + "." + e.getMethodName();
      }
    }
    return t.getClass().getName();
  }

  /** The failure with the top frames of it and of its causes (an assertion's frames are the test's). */
  private static String describe(Throwable t) {
    StringBuilder b = new StringBuilder();
    for (int depth = 0; t != null && depth < 4; t = t.getCause(), depth++) {
      b.append(depth == 0 ? "" : "\n    caused by ").append(t);
      StackTraceElement[] st = t instanceof AssertionError ? new StackTraceElement[0] : t.getStackTrace();
      for (int i = 0; i < Math.min(depth == 0 ? 6 : 3, st.length); i++) {
        b.append("\n      at ").append(st[i]);
      }
    }
    return clip(b.toString());
  }

  private static String clip(String s) {
    return clip(s, 3000);
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max) + "... (" + (s.length() - max)
        + " more chars; the whole report is in target/fuzz-failures/)";
  }

  private static String seedText() {
    return "0x" + Long.toHexString(SEED).toUpperCase();
  }

  private static void save(String name, String report) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "fuzz-failures"));
      // getBytes, unlike writeString, turns lone surrogates into '?' instead of failing
      Files.write(dir.resolve(name + ".txt"), (report + "\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      System.out.println("[fuzz] could not save the failing input: " + e);
    }
  }

  /** An assertion whose [tag] groups failures of one kind (see signature). */
  static void check(boolean ok, String tag, String detail) {
    if (!ok) {
      throw new AssertionError("[" + tag + "] " + detail);
    }
  }
}
