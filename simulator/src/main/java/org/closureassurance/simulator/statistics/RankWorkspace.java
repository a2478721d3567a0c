package org.closureassurance.simulator.statistics;

/**
 * Reusable arrays for ranking many samples of the same size one after another (Spearman
 * sensitivity ranks every sampled input over the same iterations): ranking a million values
 * needs tens of MB of keys, orders and ranks, which one workspace per thread allocates once
 * instead of once per input. Not thread-safe: one thread uses a workspace at a time.
 */
public final class RankWorkspace {
    final int[] count = new int[1 << 16];
    private int[] order = new int[0];
    private long[] keys;
    private long[] keys2;
    private int[] order2;
    private double[] ranks;
    private int[] intKeys;
    private int[] intKeys2;

    /** A workspace for up to {@code capacity} samples (it grows when asked for more). */
    public RankWorkspace(int capacity) {
        order(capacity);
    }

    /** A buffer of at least {@code n} ints to gather order keys into before ranking them here. */
    public int[] keys(int n) {
        if (intKeys == null || intKeys.length < n) {
            intKeys = new int[n];
        }
        return intKeys;
    }

    int[] order(int n) {
        if (order.length < n) {
            order = new int[n];
        }
        return order;
    }

    long[] longKeys(int n) {
        if (keys == null || keys.length < n) {
            keys = new long[n];
        }
        return keys;
    }

    double[] ranks(int n) {
        if (ranks == null || ranks.length < n) {
            ranks = new double[n];
        }
        return ranks;
    }

    long[] spareKeys(int n) {
        if (keys2 == null || keys2.length < n) {
            keys2 = new long[n];
        }
        return keys2;
    }

    int[] spareOrder(int n) {
        if (order2 == null || order2.length < n) {
            order2 = new int[n];
        }
        return order2;
    }

    int[] spareIntKeys(int n) {
        if (intKeys2 == null || intKeys2.length < n) {
            intKeys2 = new int[n];
        }
        return intKeys2;
    }
}
