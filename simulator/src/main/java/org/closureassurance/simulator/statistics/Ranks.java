package org.closureassurance.simulator.statistics;

import java.util.Arrays;

/**
 * Ranks with ties given their average rank (1-based), and Spearman's rank correlation as
 * the Pearson correlation of such ranks. Sorting uses a radix sort of order-preserving
 * 64-bit keys, so ranking a million samples costs a few tens of milliseconds.
 */
public final class Ranks {
    private Ranks() {
    }

    /** Average ranks of {@code values[0..n-1]} (1-based; ties share their mean rank). */
    public static double[] of(double[] values, int n) {
        return SortOrder.averageRanks(values, n);
    }

    /** Pearson correlation of two equally long arrays; 0 when either is constant. */
    public static double pearson(double[] a, double[] b, int n) {
        if (n < 2) {
            return 0.0;
        }
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < n; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= n;
        mb /= n;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < n; i++) {
            double da = a[i] - ma;
            double db = b[i] - mb;
            sab += da * db;
            saa += da * da;
            sbb += db * db;
        }
        if (saa == 0 || sbb == 0) {
            return 0.0;
        }
        double r = sab / Math.sqrt(saa * sbb);
        return Math.max(-1.0, Math.min(1.0, r));
    }

    /** Spearman's rank correlation of {@code a} and {@code b} (average ranks for ties). */
    public static double spearman(double[] a, double[] b, int n) {
        return pearson(of(a, n), of(b, n), n);
    }

    /** A copy of the first {@code n} values, sorted ascending. */
    public static double[] sortedCopy(double[] values, int n) {
        double[] out = Arrays.copyOf(values, n);
        SortOrder.sort(out);
        return out;
    }
}
