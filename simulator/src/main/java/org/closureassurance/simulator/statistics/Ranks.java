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

    /**
     * Average ranks doubled, as ints: average ranks are multiples of 1/2, so {@code 2 r} is
     * exact. The form {@link #spearmanOfKeys} carries through its sort.
     */
    public static int[] twiceAverageRanks(double[] values, int n) {
        if (n > 1 << 30) {
            throw new IllegalArgumentException("cannot rank " + n + " samples as ints (at most 2^30)");
        }
        double[] ranks = of(values, n);
        int[] twice = new int[n];
        for (int i = 0; i < n; i++) {
            twice[i] = (int) (2.0 * ranks[i]);
        }
        return twice;
    }

    /**
     * Spearman's rank correlation of samples given by their order keys ({@code keys[0..n-1]},
     * compared unsigned, equal keys tied) with samples whose doubled average ranks are
     * {@code twiceOtherRanks[0..n-1]} ({@link #twiceAverageRanks}): the Pearson correlation of
     * the two rank vectors around their common mean {@code (n + 1) / 2}. The other ranks travel
     * with the keys through the radix sort, so the sums read memory in order.
     * {@code keys} is sorted in place.
     */
    public static double spearmanOfKeys(int[] keys, int n, int[] twiceOtherRanks, RankWorkspace w) {
        if (n < 2) {
            return 0.0;
        }
        int[] other = w.order(n);
        System.arraycopy(twiceOtherRanks, 0, other, 0, n);
        SortOrder.sortUnsigned(keys, other, n, w);
        double twiceMean = n + 1.0;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && keys[j + 1] == keys[i]) {
                j++;
            }
            double r = ((double) i + j + 2.0) - twiceMean;
            for (int m = i; m <= j; m++) {
                double d = other[m] - twiceMean;
                sxy += r * d;
                sxx += r * r;
                syy += d * d;
            }
            i = j + 1;
        }
        if (sxx == 0 || syy == 0) {
            return 0.0;
        }
        return Math.max(-1.0, Math.min(1.0, sxy / Math.sqrt(sxx * syy)));
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
