package dev.calque.util;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A concurrent memo whose size is bounded, for caches keyed by words of the input: a server or a
 * million-document audit meets new words for ever, so an unbounded map is a leak. Two generations:
 * entries live in the young map; when it is full it becomes the old one (the previous old one is
 * dropped) and a hit there is promoted back. Frequent words stay, each lookup stays one or two hash
 * probes, and the cache never holds more than twice its capacity.
 */
public final class BoundedCache<K, V> {
  private final int capacity;
  private volatile Map<K, V> young = new ConcurrentHashMap<>();
  private volatile Map<K, V> old = Map.of();

  public BoundedCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.capacity = capacity;
  }

  /** The cached value for key, computing it (outside any lock; it may run twice under a race) when absent. */
  public V get(K key, Function<? super K, ? extends V> compute) {
    V v = young.get(key);
    if (v != null) {
      return v;
    }
    v = old.get(key);
    if (v == null) {
      v = compute.apply(key);
      if (v == null) {
        return null;
      }
    }
    put(key, v);
    return v;
  }

  private void put(K key, V value) {
    Map<K, V> y = young;
    if (y.size() >= capacity) {
      synchronized (this) {
        if (young == y) {
          old = y;
          young = new ConcurrentHashMap<>();
        }
        y = young;
      }
    }
    y.put(key, value);
  }

  /** Entries held now (at most twice the capacity). */
  public int size() {
    return young.size() + old.size();
  }

  public int capacity() {
    return capacity;
  }
}
