package org.closureassurance.simulator.statistics;

/**
 * Sorting of doubles by LSD radix sort over order-preserving 64-bit keys (sign-flipped IEEE
 * bits, -0.0 folded onto 0.0): linear time, stable, and the same result as a comparison sort
 * for every finite or infinite value (keys compare unsigned). NaN sorts last.
 */
public final class SortOrder {
    private static final int BITS = 16;
    private static final int BUCKETS = 1 << BITS;
    private static final int PASSES = 64 / BITS;
    /** Below this size a comparison sort is faster than four radix passes. */
    private static final int SMALL = 2048;

    private SortOrder() {
    }

    /** The order-preserving key of a double. */
    static long key(double v) {
        long bits = Double.doubleToLongBits(v + 0.0);
        return bits ^ ((bits >> 63) | Long.MIN_VALUE);
    }

    /** Indices 0..n-1 ordered so that {@code values[order[k]]} ascends; stable for ties. */
    public static int[] ascending(double[] values, int n) {
        int[] order = new int[n];
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            keys[i] = key(values[i]);
        }
        if (n < SMALL) {
            insertionOrMerge(keys, order, n);
            return order;
        }
        long[] keys2 = new long[n];
        int[] order2 = new int[n];
        int[] count = new int[BUCKETS];
        for (int pass = 0; pass < PASSES; pass++) {
            int shift = pass * BITS;
            java.util.Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) {
                count[(int) ((keys[i] >>> shift) & (BUCKETS - 1))]++;
            }
            if (count[(int) ((keys[0] >>> shift) & (BUCKETS - 1))] == n) {
                continue;
            }
            int sum = 0;
            for (int b = 0; b < BUCKETS; b++) {
                int c = count[b];
                count[b] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                int b = (int) ((keys[i] >>> shift) & (BUCKETS - 1));
                int dst = count[b]++;
                keys2[dst] = keys[i];
                order2[dst] = order[i];
            }
            long[] tk = keys;
            keys = keys2;
            keys2 = tk;
            int[] to = order;
            order = order2;
            order2 = to;
        }
        return order;
    }

    /** Sorts {@code values} ascending in place (the same order as {@code Arrays.sort}, NaN last). */
    public static void sort(double[] values) {
        int n = values.length;
        if (n < SMALL) {
            java.util.Arrays.sort(values);
            return;
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = key(values[i]);
        }
        long[] other = new long[n];
        int[] count = new int[BUCKETS];
        for (int pass = 0; pass < PASSES; pass++) {
            int shift = pass * BITS;
            java.util.Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) {
                count[(int) ((keys[i] >>> shift) & (BUCKETS - 1))]++;
            }
            if (count[(int) ((keys[0] >>> shift) & (BUCKETS - 1))] == n) {
                continue;
            }
            int sum = 0;
            for (int b = 0; b < BUCKETS; b++) {
                int c = count[b];
                count[b] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                long k = keys[i];
                other[count[(int) ((k >>> shift) & (BUCKETS - 1))]++] = k;
            }
            long[] t = keys;
            keys = other;
            other = t;
        }
        for (int i = 0; i < n; i++) {
            values[i] = fromKey(keys[i]);
        }
    }

    /** The double whose {@link #key} is {@code k}. */
    static double fromKey(long k) {
        long bits = k < 0 ? k ^ Long.MIN_VALUE : ~k;
        return Double.longBitsToDouble(bits);
    }

    private static void insertionOrMerge(long[] keys, int[] order, int n) {
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        long[] k = keys;
        java.util.Arrays.sort(boxed, (a, b) -> Long.compareUnsigned(k[a], k[b]));
        for (int i = 0; i < n; i++) {
            order[i] = boxed[i];
        }
    }
}
