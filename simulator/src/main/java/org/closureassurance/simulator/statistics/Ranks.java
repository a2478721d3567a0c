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
        return ranked(values, n, new RankWorkspace()).twiceRanks();
    }

    /**
     * The first {@code n} values sorted, and their doubled average ranks
     * ({@link #twiceAverageRanks}), from one sort: a figure whose percentiles are reported and
     * whose ranks the sensitivities need is sorted once. Sorts in {@code w}'s arrays.
     */
    public static RankedSample ranked(double[] values, int n, RankWorkspace w) {
        if (n > 1 << 30) {
            throw new IllegalArgumentException("cannot rank " + n + " samples as ints (at most 2^30)");
        }
        double[] sorted = new double[n];
        int[] twice = new int[n];
        SortOrder.sortAndRank(values, n, sorted, twice, w);
        return new RankedSample(sorted, twice);
    }

    /**
     * Spearman's rank correlation of the samples {@code keys[selected[m]]} ({@code m = 0..n-1},
     * {@code n = selected.length}; order keys compared unsigned, equal keys tied) with samples
     * whose doubled average ranks are {@code twiceOtherRanks[0..n-1]} ({@link #twiceAverageRanks}):
     * the Pearson correlation of the two rank vectors around their common mean {@code (n + 1) / 2}.
     * Each key is packed with the other rank into one long, so one stable radix sort of the keys
     * carries the other ranks along and the sums read memory in order. {@code keys} is not modified.
     */
    public static double spearmanOfKeys(int[] keys, int[] selected, int[] twiceOtherRanks, RankWorkspace w) {
        int n = selected.length;
        if (n < 2) {
            return 0.0;
        }
        long[] pairs = w.longKeys(n);
        for (int m = 0; m < n; m++) {
            pairs[m] = ((long) keys[selected[m]] << 32) | (twiceOtherRanks[m] & 0xFFFF_FFFFL);
        }
        SortOrder.sortByUpperHalves(pairs, null, n, w);
        return correlationOfSortedPairs(pairs, n);
    }

    /** The rank correlation of pairs sorted by key: ranks from the keys' positions, ties averaged. */
    private static double correlationOfSortedPairs(long[] pairs, int n) {
        double twiceMean = n + 1.0;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        // One flat loop whatever the ties (a tie group's rank found when it starts), so the
        // compiled loop does not change shape between inputs with and without ties.
        int end = -1;
        double r = 0;
        for (int m = 0; m < n; m++) {
            if (m > end) {
                end = endOfTies(pairs, m, n);
                r = ((double) m + end + 2.0) - twiceMean;
            }
            double d = (int) pairs[m] - twiceMean;
            sxy += r * d;
            sxx += r * r;
            syy += d * d;
        }
        if (sxx == 0 || syy == 0) {
            return 0.0;
        }
        return Math.max(-1.0, Math.min(1.0, sxy / Math.sqrt(sxx * syy)));
    }

    /** The last position of the run of pairs whose key (upper half) equals that of {@code pairs[from]}. */
    private static int endOfTies(long[] pairs, int from, int n) {
        long key = pairs[from] >>> 32;
        int j = from;
        while (j + 1 < n && pairs[j + 1] >>> 32 == key) {
            j++;
        }
        return j;
    }

    /** Spearman's rank correlation of {@code a} and {@code b} (average ranks for ties). */
    public static double spearman(double[] a, double[] b, int n) {
        return pearson(of(a, n), of(b, n), n);
    }

    /** A copy of the first {@code n} values, sorted ascending (NaN last, -0.0 read as 0.0). */
    public static double[] sortedCopy(double[] values, int n) {
        return sortedCopy(values, n, new RankWorkspace());
    }

    /** As {@link #sortedCopy(double[], int)}, sorting in {@code w}'s arrays, so many sorts allocate them once. */
    public static double[] sortedCopy(double[] values, int n, RankWorkspace w) {
        double[] out = new double[n];
        SortOrder.sortInto(values, n, out, w);
        return out;
    }
}
