package dev.calque.rule;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The literal strings a rule set looks for in every window (pattern rules' trigger strings), found
 * together in one pass over the text by an Aho-Corasick automaton. Searched one at a time, each
 * string cost a scan of the whole window, and with the five pairs' rules running to infer a source
 * there are over a hundred of them; a filter on first characters does not help, since most letters
 * start one. Immutable and shared by all threads.
 */
public final class Literals {
  public static final Literals NONE = new Literals(List.of());

  private final List<String> all;
  private final Set<String> members;
  /** Each character's class: 0 for characters no literal contains. */
  private final byte[] charClass;
  private final int classes;
  /** The automaton's transitions, state * classes + class. */
  private final int[] delta;
  /** The literals (indexes into all) that end at each state. */
  private final int[][] ends;
  private final int longest;

  private Literals(Collection<String> literals) {
    TreeSet<String> sorted = new TreeSet<>(literals);
    sorted.remove("");
    this.all = List.copyOf(sorted);
    this.members = Set.copyOf(sorted);
    this.charClass = new byte[Character.MAX_VALUE + 1];
    int k = 1;
    for (String s : all) {
      for (int i = 0; i < s.length(); i++) {
        if (charClass[s.charAt(i)] == 0) {
          charClass[s.charAt(i)] = (byte) k++;
        }
      }
    }
    this.classes = k;
    // the trie of the literals
    List<int[]> go = new ArrayList<>();
    List<List<Integer>> out = new ArrayList<>();
    go.add(newRow());
    out.add(new ArrayList<>());
    int max = 0;
    for (int n = 0; n < all.size(); n++) {
      String s = all.get(n);
      max = Math.max(max, s.length());
      int state = 0;
      for (int i = 0; i < s.length(); i++) {
        int c = charClass[s.charAt(i)] & 0xFF;
        if (go.get(state)[c] < 0) {
          go.get(state)[c] = go.size();
          go.add(newRow());
          out.add(new ArrayList<>());
        }
        state = go.get(state)[c];
      }
      out.get(state).add(n);
    }
    this.longest = max;
    // failure links, breadth first, turning the trie into a complete transition table
    int[] fail = new int[go.size()];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int c = 0; c < classes; c++) {
      int next = go.get(0)[c];
      if (next < 0) {
        go.get(0)[c] = 0;
      } else {
        fail[next] = 0;
        queue.add(next);
      }
    }
    while (!queue.isEmpty()) {
      int state = queue.poll();
      out.get(state).addAll(out.get(fail[state]));
      for (int c = 0; c < classes; c++) {
        int next = go.get(state)[c];
        if (next < 0) {
          go.get(state)[c] = go.get(fail[state])[c];
        } else {
          fail[next] = go.get(fail[state])[c];
          queue.add(next);
        }
      }
    }
    this.delta = new int[go.size() * classes];
    this.ends = new int[go.size()][];
    for (int state = 0; state < go.size(); state++) {
      System.arraycopy(go.get(state), 0, delta, state * classes, classes);
      ends[state] = out.get(state).stream().mapToInt(Integer::intValue).toArray();
    }
  }

  private int[] newRow() {
    int[] row = new int[classes];
    Arrays.fill(row, -1);
    return row;
  }

  /**
   * The automaton for these literals; NONE (each found by a scan of its own, as before) when they
   * hold more distinct characters than a class fits in a byte, which only a rule set in a script of
   * thousands of characters would.
   */
  public static Literals of(Collection<String> literals) {
    if (literals.isEmpty()) {
      return NONE;
    }
    java.util.BitSet chars = new java.util.BitSet();
    literals.forEach(s -> s.chars().forEach(chars::set));
    return chars.cardinality() > MAX_CLASSES ? NONE : new Literals(literals);
  }

  /** Character classes a byte holds, class 0 (characters in no literal) aside. */
  static final int MAX_CLASSES = 255;

  public boolean contains(String literal) {
    return members.contains(literal);
  }

  /**
   * Every literal's start offsets in text[from, to) (a literal may run past {@code to}), in
   * increasing order; overlapping occurrences all count, as with repeated {@code indexOf}. Literals
   * that do not occur map to an empty array.
   */
  public Map<String, int[]> find(String text, int from, int to) {
    int[][] found = new int[all.size()][];
    int[] counts = new int[all.size()];
    int start = Math.max(0, from);
    int end = Math.min(text.length(), to + longest - 1);
    int state = 0;
    for (int i = start; i < end; i++) {
      state = delta[state * classes + (charClass[text.charAt(i)] & 0xFF)];
      for (int n : ends[state]) {
        int at = i - all.get(n).length() + 1;
        if (at >= to) {
          continue;
        }
        int[] a = found[n];
        if (a == null) {
          a = found[n] = new int[4];
        } else if (counts[n] == a.length) {
          a = found[n] = Arrays.copyOf(a, a.length * 2);
        }
        a[counts[n]++] = at;
      }
    }
    Map<String, int[]> offsets = new HashMap<>();
    int[] none = new int[0];
    for (int n = 0; n < all.size(); n++) {
      offsets.put(all.get(n), found[n] == null ? none : Arrays.copyOf(found[n], counts[n]));
    }
    return offsets;
  }
}
