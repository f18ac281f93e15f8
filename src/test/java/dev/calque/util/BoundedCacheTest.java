package dev.calque.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import dev.calque.analysis.Morphology;
import dev.calque.engine.Engines;

/** Caches keyed by the input's words stay bounded however many new words a server or an audit meets. */
class BoundedCacheTest {
  @Test
  void frequentKeysStayAndTheSizeIsBounded() {
    BoundedCache<String, Integer> cache = new BoundedCache<>(1_000);
    AtomicInteger computed = new AtomicInteger();
    for (int i = 0; i < 100_000; i++) {
      cache.get("word" + i, k -> computed.incrementAndGet());
      cache.get("the", k -> computed.incrementAndGet());
      assertTrue(cache.size() <= 2 * cache.capacity(), "size " + cache.size());
    }
    assertEquals(100_001, computed.get(), "'the' was computed once: a frequent key survives generations");
  }

  private static long usedHeapAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  @Test
  void aMillionNovelWordsLeaveTheHeapFlat() {
    Morphology morphology = Engines.runtime().morphology("en");
    var gazetteer = Engines.runtime().gazetteer("en");
    // Warm up past the caches' capacity first, so what is measured is growth, not filling.
    for (int i = 0; i < 450_000; i++) {
      morphology.stem("zq" + i + "words");
    }
    long before = usedHeapAfterGc();
    for (int i = 0; i < 1_000_000; i++) {
      String w = "xq" + Integer.toString(i, 36) + "ing";
      morphology.stem(w);
      if (i % 10 == 0) {
        morphology.readings(w);
        gazetteer.lookalike("Zq" + i);
      }
    }
    long after = usedHeapAfterGc();
    long growthMb = (after - before) / (1 << 20);
    assertTrue(growthMb < 64, "heap grew by " + growthMb + " MB over a million novel words");
  }
}
