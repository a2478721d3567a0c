package org.closureassurance.simulator.statistics;

/**
 * Reusable arrays for ranking many samples of the same size one after another (Spearman
 * sensitivity ranks every sampled input over the same iterations): ranking a million values
 * needs about 40 MB of keys, orders and ranks, which one workspace per thread allocates once
 * instead of once per input. Not thread-safe: one thread uses a workspace at a time.
 */
public final class RankWorkspace {
    long[] keys = new long[0];
    int[] order = new int[0];
    double[] ranks = new double[0];
    final int[] count = new int[1 << 16];
    private long[] keys2;
    private int[] order2;
    private double[] samples;

    /** A workspace for up to {@code capacity} samples (it grows when asked for more). */
    public RankWorkspace(int capacity) {
        ensure(capacity);
    }

    /**
     * Average ranks (1-based, ties sharing their mean rank) of {@code values[0..n-1]}. The
     * returned array belongs to this workspace and is overwritten by its next use.
     */
    public double[] averageRanks(double[] values, int n) {
        return SortOrder.averageRanks(values, n, this);
    }

    /** A buffer of at least {@code n} doubles to gather samples into before ranking them here. */
    public double[] samples(int n) {
        if (samples == null || samples.length < n) {
            samples = new double[n];
        }
        return samples;
    }

    void ensure(int n) {
        if (keys.length < n) {
            keys = new long[n];
            order = new int[n];
            ranks = new double[n];
        }
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
}
