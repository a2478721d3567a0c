package org.closureassurance.simulator.statistics;

import java.util.Arrays;

/**
 * Sorting of doubles by radix sort over order-preserving 64-bit keys (sign-flipped IEEE bits,
 * -0.0 folded onto 0.0; keys compare unsigned). The keys are first shifted by their spread
 * (minus the smallest, the highest differing bit leading), so their upper 32 bits carry 32
 * significant bits; four stable 8-bit passes order those upper halves, their digit counts
 * taken in one reading; the rare runs that share an upper half are then ordered by the lower.
 * The result is the same order as a comparison sort for every finite or infinite value, NaN
 * last, several times faster for a million values ({@code ReductionBench} in the benchmarks).
 */
public final class SortOrder {
    /** Digit width: four passes over 256 buckets, whose write streams stay in the cache's reach. */
    private static final int DIGIT = 8;
    private static final int RADIX = 1 << DIGIT;
    private static final int PASSES = 32 / DIGIT;
    /** Below this size a comparison sort is simpler than the radix passes. */
    private static final int SMALL = 2048;
    /** Runs sharing an upper half up to this length are ordered by insertion. */
    private static final int SHORT_RUN = 32;

    private SortOrder() {
    }

    /** The order-preserving key of a double (compare unsigned). */
    static long key(double v) {
        long bits = Double.doubleToLongBits(v + 0.0);
        return bits ^ ((bits >> 63) | Long.MIN_VALUE);
    }

    /** The double whose {@link #key} is {@code k}. */
    static double fromKey(long k) {
        long bits = k < 0 ? k ^ Long.MIN_VALUE : ~k;
        return Double.longBitsToDouble(bits);
    }

    /**
     * Average ranks (1-based) of {@code values[0..n-1]}, ties sharing their mean rank: the
     * ties are found on the sorted keys, so only the final write is out of order.
     */
    static double[] averageRanks(double[] values, int n) {
        return averageRanks(values, n, new RankWorkspace());
    }

    /** As {@link #averageRanks(double[], int)}, in {@code w}'s arrays: the result is {@code w}'s, valid until its next use. */
    static double[] averageRanks(double[] values, int n, RankWorkspace w) {
        long[] keys = w.longKeys(n);
        int[] order = w.order(n);
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        KeySpread.of(values, n, keys).shift(keys, n);
        sortKeys(keys, order, n, w);
        double[] ranks = w.ranks(n);
        int i = 0;
        while (i < n) {
            int j = endOfTies(keys, i, n);
            double rank = 0.5 * (i + j) + 1.0;
            for (int m = i; m <= j; m++) {
                ranks[order[m]] = rank;
            }
            i = j + 1;
        }
        return ranks;
    }

    /**
     * Sorts {@code values[0..n-1]} into {@code sorted} and writes each value's average rank,
     * doubled (an int, since average ranks are multiples of 1/2), into {@code twiceRanks}:
     * one sort serving both a figure's percentiles and its rank correlations. {@code sorted}
     * is what {@link #sortInto} gives. Sorts in {@code w}'s arrays.
     */
    static void sortAndRank(double[] values, int n, double[] sorted, int[] twiceRanks, RankWorkspace w) {
        long[] keys = w.longKeys(n);
        int[] order = w.order(n);
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        KeySpread spread = KeySpread.of(values, n, keys);
        spread.shift(keys, n);
        sortKeys(keys, order, n, w);
        int i = 0;
        while (i < n) {
            int j = endOfTies(keys, i, n);
            int twice = i + j + 2;
            double value = spread.value(keys[i]);
            for (int m = i; m <= j; m++) {
                twiceRanks[order[m]] = twice;
                sorted[m] = value;
            }
            i = j + 1;
        }
        if (n < SMALL) {
            comparisonSort(values, n, sorted);
        }
    }

    private static void comparisonSort(double[] values, int n, double[] sorted) {
        System.arraycopy(values, 0, sorted, 0, n);
        Arrays.sort(sorted, 0, n);
    }

    /** The last position of the run of keys equal to {@code keys[from]}. */
    private static int endOfTies(long[] keys, int from, int n) {
        long k = keys[from];
        int j = from;
        while (j + 1 < n && keys[j + 1] == k) {
            j++;
        }
        return j;
    }

    /** Indices 0..n-1 ordered so that {@code values[order[k]]} ascends; stable for ties. */
    public static int[] ascending(double[] values, int n) {
        long[] keys = new long[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        KeySpread.of(values, n, keys).shift(keys, n);
        sortKeys(keys, order, n, new RankWorkspace());
        return order;
    }

    /** Sorts {@code values} ascending in place (the same order as {@code Arrays.sort}, NaN last). */
    public static void sort(double[] values) {
        sortInto(values, values.length, values, new RankWorkspace());
    }

    /**
     * Writes {@code values[0..n-1]} ascending into {@code sorted} (which may be {@code values}),
     * the keys sorted in {@code w}'s arrays: the same order as {@code Arrays.sort}, NaN last.
     * From {@code 2048} values on, -0.0 comes out as 0.0 (the keys tie them); below, by
     * {@code Arrays.sort} itself, as it was.
     */
    static void sortInto(double[] values, int n, double[] sorted, RankWorkspace w) {
        if (n < SMALL) {
            comparisonSort(values, n, sorted);
            return;
        }
        long[] keys = w.longKeys(n);
        KeySpread spread = KeySpread.of(values, n, keys);
        spread.shift(keys, n);
        sortKeys(keys, null, n, w);
        for (int i = 0; i < n; i++) {
            sorted[i] = spread.value(keys[i]);
        }
    }

    /** Sorts keys (and their payload, when given) ascending as unsigned numbers, stably. */
    private static void sortKeys(long[] keys, int[] payload, int n, RankWorkspace w) {
        if (n < SMALL) {
            insertionOrMerge(keys, payload, 0, n);
            return;
        }
        sortByUpperHalves(keys, payload, n, w);
        int i = 0;
        while (i < n) {
            int j = i + 1;
            long high = keys[i] >>> 32;
            while (j < n && keys[j] >>> 32 == high) {
                j++;
            }
            if (j - i > 1) {
                sortRun(keys, payload, i, j, w);
            }
            i = j;
        }
    }

    /**
     * Sorts {@code keys[0..n-1]} stably by their upper 32 bits (compared unsigned), carrying
     * the lower 32 bits and {@code payload} (when given) along unexamined: four 8-bit counting
     * passes, all four digits counted in one reading, a pass skipped when one digit value holds
     * every key. Uses {@code w}'s spare arrays.
     */
    static void sortByUpperHalves(long[] keys, int[] payload, int n, RankWorkspace w) {
        if (n < 2) {
            return;
        }
        int[] count = w.digitCounts(PASSES * RADIX);
        countDigits(keys, n, count);
        long[] src = keys;
        long[] dst = w.spareKeys(n);
        int[] psrc = payload;
        int[] pdst = payload == null ? null : w.spareOrder(n);
        for (int p = 0; p < PASSES; p++) {
            int shift = 32 + p * DIGIT;
            int base = p * RADIX;
            if (count[base + digit(keys[0], shift)] == n) {
                continue;
            }
            toStarts(count, base);
            if (payload == null) {
                scatter(src, dst, n, shift, count, base);
            } else {
                scatter(src, psrc, dst, pdst, n, shift, count, base);
                int[] pt = psrc;
                psrc = pdst;
                pdst = pt;
            }
            long[] t = src;
            src = dst;
            dst = t;
        }
        if (src != keys) {
            System.arraycopy(src, 0, keys, 0, n);
            if (payload != null) {
                System.arraycopy(psrc, 0, payload, 0, n);
            }
        }
    }

    private static int digit(long key, int shift) {
        return (int) (key >>> shift) & (RADIX - 1);
    }

    /** The counts of the four 8-bit digits of every key's upper half, in one reading of the keys. */
    private static void countDigits(long[] keys, int n, int[] count) {
        Arrays.fill(count, 0, PASSES * RADIX, 0);
        for (int i = 0; i < n; i++) {
            long k = keys[i];
            count[(int) (k >>> 32) & (RADIX - 1)]++;
            count[RADIX + ((int) (k >>> 40) & (RADIX - 1))]++;
            count[2 * RADIX + ((int) (k >>> 48) & (RADIX - 1))]++;
            count[3 * RADIX + (int) (k >>> 56)]++;
        }
    }

    /** Turns one digit's bucket counts into each bucket's first position (exclusive prefix sums). */
    private static void toStarts(int[] count, int base) {
        int sum = 0;
        for (int b = base; b < base + RADIX; b++) {
            int c = count[b];
            count[b] = sum;
            sum += c;
        }
    }

    private static void scatter(long[] src, long[] dst, int n, int shift, int[] start, int base) {
        for (int i = 0; i < n; i++) {
            long k = src[i];
            dst[start[base + ((int) (k >>> shift) & (RADIX - 1))]++] = k;
        }
    }

    private static void scatter(long[] src, int[] psrc, long[] dst, int[] pdst, int n, int shift, int[] start,
                                int base) {
        for (int i = 0; i < n; i++) {
            long k = src[i];
            int d = start[base + ((int) (k >>> shift) & (RADIX - 1))]++;
            dst[d] = k;
            pdst[d] = psrc[i];
        }
    }

    /**
     * Orders a run that shares its upper 32 bits by the lower 32: its keys, halves swapped,
     * go through the same passes.
     */
    private static void sortRun(long[] keys, int[] payload, int from, int to, RankWorkspace w) {
        int len = to - from;
        if (len <= SHORT_RUN) {
            insertionOrMerge(keys, payload, from, to);
            return;
        }
        boolean allEqual = true;
        for (int i = from + 1; i < to && allEqual; i++) {
            allEqual = keys[i] == keys[from];
        }
        if (allEqual) {
            return;
        }
        long[] k = new long[len];
        for (int i = 0; i < len; i++) {
            k[i] = Long.rotateLeft(keys[from + i], 32);
        }
        int[] p = payload == null ? null : Arrays.copyOfRange(payload, from, to);
        sortByUpperHalves(k, p, len, w);
        for (int i = 0; i < len; i++) {
            keys[from + i] = Long.rotateLeft(k[i], 32);
        }
        if (payload != null) {
            System.arraycopy(p, 0, payload, from, len);
        }
    }

    /** Stable sort of {@code keys[from..to)} (and payload) by unsigned key. */
    private static void insertionOrMerge(long[] keys, int[] payload, int from, int to) {
        int len = to - from;
        if (len <= SHORT_RUN) {
            for (int i = from + 1; i < to; i++) {
                long k = keys[i];
                int p = payload == null ? 0 : payload[i];
                int j = i - 1;
                while (j >= from && Long.compareUnsigned(keys[j], k) > 0) {
                    keys[j + 1] = keys[j];
                    if (payload != null) {
                        payload[j + 1] = payload[j];
                    }
                    j--;
                }
                keys[j + 1] = k;
                if (payload != null) {
                    payload[j + 1] = p;
                }
            }
            return;
        }
        Integer[] idx = new Integer[len];
        for (int i = 0; i < len; i++) {
            idx[i] = from + i;
        }
        long[] k = keys;
        Arrays.sort(idx, (a, b) -> Long.compareUnsigned(k[a], k[b]));
        long[] sortedKeys = new long[len];
        int[] sortedPayload = payload == null ? null : new int[len];
        for (int i = 0; i < len; i++) {
            sortedKeys[i] = keys[idx[i]];
            if (payload != null) {
                sortedPayload[i] = payload[idx[i]];
            }
        }
        System.arraycopy(sortedKeys, 0, keys, from, len);
        if (payload != null) {
            System.arraycopy(sortedPayload, 0, payload, from, len);
        }
    }
}
