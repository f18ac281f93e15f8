package dev.calque.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The pool lends one instance per thread, keeps a bounded number idle, and forgets the least used key. */
class LanguageToolPoolTest {
  private final AtomicInteger built = new AtomicInteger();

  private LanguageToolPool pool(int maxIdle, int maxKeys) {
    return new LanguageToolPool(null, (lang, min) -> {
      built.incrementAndGet();
      return new LanguageToolBridge.Instance(null, null, null, null, java.util.List.of());
    }, maxIdle, maxKeys);
  }

  private static LanguageToolBridge.Instance instanceOf(LanguageToolBridge.Lease lease) throws Exception {
    var f = LanguageToolBridge.Lease.class.getDeclaredField("instance");
    f.setAccessible(true);
    return (LanguageToolBridge.Instance) f.get(lease);
  }

  @Test
  void concurrentLeasesGetTheirOwnInstanceAndReturnedOnesAreReused() throws Exception {
    LanguageToolPool p = pool(2, 4);
    LanguageToolBridge.Lease a = p.borrow("en", 0.5);
    LanguageToolBridge.Lease b = p.borrow("en", 0.5);
    assertNotSame(instanceOf(a), instanceOf(b));
    var first = instanceOf(a);
    var second = instanceOf(b);
    a.close();
    b.close();
    assertEquals(2, p.idleCount());
    try (LanguageToolBridge.Lease again = p.borrow("en", 0.5)) {
      var reused = instanceOf(again);
      assertSame(reused == first ? first : second, reused, "a returned instance is lent again");
    }
    assertEquals(2, built.get(), "returned instances are lent again, not rebuilt");
  }

  @Test
  void idleInstancesAreBoundedPerKey() {
    LanguageToolPool p = pool(1, 4);
    LanguageToolBridge.Lease a = p.borrow("en", 0.5);
    LanguageToolBridge.Lease b = p.borrow("en", 0.5);
    LanguageToolBridge.Lease c = p.borrow("en", 0.5);
    a.close();
    b.close();
    c.close();
    assertEquals(1, p.idleCount(), "one idle instance per key at most");
  }

  @Test
  void theLeastRecentlyUsedKeyIsForgotten() {
    LanguageToolPool p = pool(2, 2);
    for (double cut : new double[] {0.1, 0.2, 0.3, 0.4}) {
      p.borrow("en", cut).close();
    }
    assertEquals(2, p.idleCount(), "only the two most recent keys keep instances");
    p.borrow("en", 0.4).close();
    assertEquals(4, built.get(), "the most recent key's instance is reused");
    p.borrow("en", 0.1).close();
    assertEquals(5, built.get(), "an evicted key's instance is built again");
  }
}
