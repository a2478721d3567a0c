package org.closureassurance.simulator.statistics;

/**
 * Reusable arrays for sorting and ranking many samples of about the same size one after
 * another (Spearman sensitivity ranks every sampled input over the same iterations, and the
 * summary sorts several figures): sorting a million values needs 16 MB of keys, ranking them
 * more, which one workspace per thread allocates once instead of once per sample. Not
 * thread-safe: one thread uses a workspace at a time.
 */
public final class RankWorkspace {
    private int[] count = new int[0];
    private int[] order = new int[0];
    private long[] keys;
    private long[] keys2;
    private int[] order2;
    private double[] ranks;

    /** An empty workspace; its arrays are allocated on first use and grow when asked for more. */
    public RankWorkspace() {
        // Nothing allocated until a ranking says how large.
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

    /** Counters for the radix passes' digits. */
    int[] digitCounts(int size) {
        if (count.length < size) {
            count = new int[size];
        }
        return count;
    }
}
