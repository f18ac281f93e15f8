package dev.calque.bitext;

import java.util.ArrayList;
import java.util.List;

/**
 * Aligns the sentences of a text with those of its translation by length, after Gale and Church
 * (1993): translations keep sentence lengths roughly proportional, so a dynamic programme over
 * one-to-one, one-to-two, two-to-one, two-to-two, one-to-none and none-to-one groupings finds the
 * likeliest alignment. Its confidence is the share of groupings that pair sentences on both sides
 * with a length ratio within the normal spread: a grouping with a sentence on one side only (left
 * out or added) counts against it however short, since many of them mean the texts do not match.
 */
final class SentenceAligner {
  /** Variance of target length per source character (Gale and Church's estimate). */
  private static final double VARIANCE = 6.8;
  /** Groupings and their prior probabilities (Gale and Church, Table 5). */
  private static final int[][] MOVES = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}};
  private static final double[] PRIORS = {0.89, 0.0099, 0.0099, 0.089 / 2, 0.089 / 2, 0.011};
  /** |z| within this counts as a normal length ratio for the confidence (about 95% of true pairs). */
  private static final double NORMAL_Z = 2.0;

  /** A group of source sentences aligned with a group of target sentences (either may be empty). */
  record Bead(int sourceFrom, int sourceTo, int targetFrom, int targetTo) {
  }

  record Result(List<Bead> beads, double confidence) {
  }

  private SentenceAligner() {
  }

  static Result align(int[] source, int[] target) {
    int n = source.length;
    int m = target.length;
    long sumS = 0;
    long sumT = 0;
    for (int l : source) {
      sumS += l;
    }
    for (int l : target) {
      sumT += l;
    }
    double ratio = sumS == 0 ? 1 : (double) sumT / sumS;
    double[][] cost = new double[n + 1][m + 1];
    int[][] move = new int[n + 1][m + 1];
    for (double[] row : cost) {
      java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
    }
    cost[0][0] = 0;
    for (int i = 0; i <= n; i++) {
      for (int j = 0; j <= m; j++) {
        if (i == 0 && j == 0) {
          continue;
        }
        for (int k = 0; k < MOVES.length; k++) {
          int di = MOVES[k][0];
          int dj = MOVES[k][1];
          if (i < di || j < dj || cost[i - di][j - dj] == Double.POSITIVE_INFINITY) {
            continue;
          }
          double c = cost[i - di][j - dj] - Math.log(PRIORS[k])
              + lengthCost(sum(source, i - di, i), sum(target, j - dj, j), ratio);
          if (c < cost[i][j]) {
            cost[i][j] = c;
            move[i][j] = k;
          }
        }
      }
    }
    List<Bead> beads = new ArrayList<>();
    int i = n;
    int j = m;
    long good = 0;
    long all = 0;
    while (i > 0 || j > 0) {
      int k = move[i][j];
      int di = MOVES[k][0];
      int dj = MOVES[k][1];
      beads.add(0, new Bead(i - di, i, j - dj, j));
      int ls = sum(source, i - di, i);
      int lt = sum(target, j - dj, j);
      all++;
      if (di > 0 && dj > 0 && Math.abs(z(ls, lt, ratio)) <= NORMAL_Z) {
        good++;
      }
      i -= di;
      j -= dj;
    }
    return new Result(beads, all == 0 ? 1 : (double) good / all);
  }

  private static int sum(int[] a, int from, int to) {
    int s = 0;
    for (int k = from; k < to; k++) {
      s += a[k];
    }
    return s;
  }

  private static double z(int ls, int lt, double ratio) {
    double mean = (ls + lt / ratio) / 2;
    return (lt - ls * ratio) / Math.sqrt(Math.max(1, mean) * VARIANCE);
  }

  /** -log of the probability of a length difference this large (two-tailed normal). */
  private static double lengthCost(int ls, int lt, double ratio) {
    if (ls == 0 && lt == 0) {
      return 0;
    }
    if (ls == 0 || lt == 0) {
      return 0; // a sentence on one side only: its prior says how unlikely that is
    }
    double p = 2 * (1 - phi(Math.abs(z(ls, lt, ratio))));
    return -Math.log(Math.max(p, 1e-12));
  }

  /** The standard normal distribution function (Abramowitz and Stegun 26.2.17). */
  private static double phi(double x) {
    double t = 1 / (1 + 0.2316419 * x);
    double d = Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI);
    double p = d * t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
    return 1 - p;
  }
}
