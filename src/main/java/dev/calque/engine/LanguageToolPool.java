package dev.calque.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import dev.calque.language.LanguageProfile;

/**
 * LanguageTool instances for one runtime, pooled per target language and confidence cut (the cut
 * decides which of its rules run). JLanguageTool is not thread-safe and costs 3-4 s to build, so a
 * thread borrows one per document and gives it back. Bounded: at most {@code maxIdle} idle
 * instances per key (one per core is all concurrent checks can use), and at most {@code maxKeys}
 * keys; the least recently used key's idle instances are dropped when a new key comes.
 */
final class LanguageToolPool {
  /** Builds one instance for a language and confidence cut (3-4 s for a real one). */
  interface Builder {
    LanguageToolBridge.Instance build(String lang, double minConfidence);
  }

  private final Function<String, LanguageProfile> profiles;
  private final Builder builder;
  private final int maxIdle;
  private final int maxKeys;
  private final Map<String, LanguageToolBridge.Policy> policies = new java.util.concurrent.ConcurrentHashMap<>();
  /** Idle instances per key, in access order for eviction; guarded by this. */
  private final LinkedHashMap<String, Deque<LanguageToolBridge.Instance>> idle =
      new LinkedHashMap<>(16, 0.75f, true);
  /** Instances being built ahead of time, per key; guarded by this. */
  private final Map<String, CompletableFuture<LanguageToolBridge.Instance>> pending = new LinkedHashMap<>();
  /** Instances lent out now; guarded by this. */
  private int lent;

  LanguageToolPool(Function<String, LanguageProfile> profiles, int maxIdle, int maxKeys) {
    this(profiles, null, maxIdle, maxKeys);
  }

  /** A pool that builds with the given builder (tests use light stand-ins for JLanguageTool). */
  LanguageToolPool(Function<String, LanguageProfile> profiles, Builder builder, int maxIdle, int maxKeys) {
    this.profiles = profiles;
    this.builder = builder != null ? builder
        : (lang, min) -> LanguageToolBridge.create(profiles.apply(lang), policy(lang), min);
    this.maxIdle = maxIdle;
    this.maxKeys = maxKeys;
  }

  private static String key(String lang, double minConfidence) {
    return lang + "@" + minConfidence;
  }

  /** The policy of a target language (its file is read once; a missing one is an error). */
  LanguageToolBridge.Policy policy(String lang) {
    return policies.computeIfAbsent(lang, l -> LanguageToolBridge.loadPolicy(profiles.apply(l)));
  }

  /** An idle instance, the one being built ahead of time, or a new one (3-4 s). */
  LanguageToolBridge.Lease borrow(String lang, double minConfidence) {
    return borrow(lang, minConfidence, true);
  }

  /**
   * An idle instance or a new one, leaving the one being built ahead of time to the caller it is
   * meant for (a helper thread borrows this way while its document's own lease is still coming).
   */
  LanguageToolBridge.Lease borrowForHelper(String lang, double minConfidence) {
    return borrow(lang, minConfidence, false);
  }

  private LanguageToolBridge.Lease borrow(String lang, double minConfidence, boolean takePending) {
    String key = key(lang, minConfidence);
    LanguageToolBridge.Instance inst;
    CompletableFuture<LanguageToolBridge.Instance> ahead;
    synchronized (this) {
      Deque<LanguageToolBridge.Instance> q = idle.get(key);
      inst = q == null ? null : q.poll();
      ahead = inst == null && takePending ? pending.remove(key) : null;
    }
    if (inst == null) {
      inst = ahead != null ? ahead.join() : build(lang, minConfidence);
    }
    LanguageToolBridge.Instance leased = inst;
    synchronized (this) {
      lent++;
    }
    return new LanguageToolBridge.Lease(leased, () -> giveBack(key, leased));
  }

  /** Starts building an instance on another core, for a first document that is coming. */
  synchronized void prewarm(String lang, double minConfidence) {
    String key = key(lang, minConfidence);
    Deque<LanguageToolBridge.Instance> q = idle.get(key);
    if ((q == null || q.isEmpty()) && !pending.containsKey(key)) {
      if (profiles != null) {
        policy(lang); // a missing policy fails here, in the caller, not later in the background
      }
      pending.put(key, CompletableFuture.supplyAsync(() -> build(lang, minConfidence)));
    }
  }

  private LanguageToolBridge.Instance build(String lang, double minConfidence) {
    return builder.build(lang, minConfidence);
  }

  private synchronized void giveBack(String key, LanguageToolBridge.Instance inst) {
    lent--;
    Deque<LanguageToolBridge.Instance> q = idle.get(key);
    if (q == null) {
      while (idle.size() >= maxKeys) {
        String eldest = idle.keySet().iterator().next();
        idle.remove(eldest);
      }
      q = new ArrayDeque<>();
      idle.put(key, q);
    }
    if (q.size() < maxIdle) {
      q.push(inst);
    }
  }

  /** Instances built or being built so far: none until a check with LanguageTool's rules needs one. */
  synchronized int builtOrPending() {
    return idleCount() + pending.size() + lent;
  }

  /** Idle instances held now, over all keys (for tests and diagnostics). */
  synchronized int idleCount() {
    int n = 0;
    for (Deque<LanguageToolBridge.Instance> q : idle.values()) {
      n += q.size();
    }
    return n;
  }
}
