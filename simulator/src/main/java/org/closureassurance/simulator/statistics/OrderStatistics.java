package org.closureassurance.simulator.statistics;

import java.util.Arrays;

/**
 * Exact order statistics (the values at given 0-based positions of the ascending order) of a
 * large sample without sorting it: one pass counts the values into 65,536 buckets by the
 * leading bits of their order-preserving keys (shifted by the spread, as {@link SortOrder}
 * does), a second collects only the buckets that hold a wanted position, and those few are
 * sorted. For the handful of positions a {@code Stats} needs this reads the sample twice
 * instead of sorting it. Same values as sorting with {@link SortOrder#sort} (NaN last, -0.0
 * read as 0.0).
 */
final class OrderStatistics {
    private static final int BITS = 16;
    private static final int BUCKETS = 1 << BITS;
    /** Below this size, or when wanted buckets hold more than a quarter of the sample, sorting is simpler. */
    private static final int SMALL = 4096;

    private OrderStatistics() {
    }

    /** The values at 0-based positions {@code positions} (each in {@code 0..n-1}) of ascending {@code values[0..n-1]}. */
    static double[] at(double[] values, int n, int[] positions) {
        double[] out = new double[positions.length];
        if (n < SMALL) {
            fromSorted(values, n, positions, out);
            return out;
        }
        long[] range = keyRange(values, n);
        long lowest = range[0];
        long highest = range[1];
        if (lowest == highest) {
            Arrays.fill(out, SortOrder.fromKey(lowest));
            return out;
        }
        int drop = Math.max(0, 64 - BITS - Long.numberOfLeadingZeros(highest - lowest));
        int[] count = countBuckets(values, n, lowest, drop);
        int[] start = starts(count);
        int[] bucketOf = new int[positions.length];
        boolean[] wanted = new boolean[BUCKETS];
        long gathered = 0;
        for (int j = 0; j < positions.length; j++) {
            int b = bucketContaining(start, positions[j]);
            bucketOf[j] = b;
            if (!wanted[b]) {
                wanted[b] = true;
                gathered += count[b];
            }
        }
        if (gathered > n / 4) {
            fromSorted(values, n, positions, out);
            return out;
        }
        long[][] members = new long[BUCKETS][];
        for (int b = 0; b < BUCKETS; b++) {
            if (wanted[b]) {
                members[b] = new long[count[b]];
            }
        }
        gather(values, n, lowest, drop, members);
        for (int b = 0; b < BUCKETS; b++) {
            if (wanted[b]) {
                Arrays.sort(members[b]);
            }
        }
        for (int j = 0; j < positions.length; j++) {
            int b = bucketOf[j];
            out[j] = SortOrder.fromKey(members[b][positions[j] - start[b]] ^ Long.MIN_VALUE);
        }
        return out;
    }

    // The passes over the whole sample are methods of their own: each is compiled once, small,
    // and reused by every later call, instead of the whole method being compiled again on
    // replacement at each of its loops when the first call runs them.

    /** The smallest and largest key of {@code values[0..n-1]} (unsigned). */
    private static long[] keyRange(double[] values, int n) {
        long lowest = -1L;
        long highest = 0L;
        for (int i = 0; i < n; i++) {
            long k = SortOrder.key(values[i]);
            lowest = Long.compareUnsigned(k, lowest) < 0 ? k : lowest;
            highest = Long.compareUnsigned(k, highest) > 0 ? k : highest;
        }
        return new long[] {lowest, highest};
    }

    private static int[] countBuckets(double[] values, int n, long lowest, int drop) {
        int[] count = new int[BUCKETS];
        for (int i = 0; i < n; i++) {
            count[(int) ((SortOrder.key(values[i]) - lowest) >>> drop)]++;
        }
        return count;
    }

    /** Each bucket's first position: {@code start[b] = count[0] + ... + count[b - 1]}. */
    private static int[] starts(int[] count) {
        int[] start = new int[BUCKETS + 1];
        for (int b = 0; b < BUCKETS; b++) {
            start[b + 1] = start[b] + count[b];
        }
        return start;
    }

    /** Copies the keys of the buckets that have a {@code members} array into it, in sample order. */
    private static void gather(double[] values, int n, long lowest, int drop, long[][] members) {
        int[] filled = new int[BUCKETS];
        for (int i = 0; i < n; i++) {
            long k = SortOrder.key(values[i]);
            int b = (int) ((k - lowest) >>> drop);
            long[] m = members[b];
            if (m != null) {
                // Flipping the sign bit makes signed order the keys' unsigned order.
                m[filled[b]++] = k ^ Long.MIN_VALUE;
            }
        }
    }

    /** The bucket {@code b} with {@code start[b] <= position < start[b + 1]}. */
    private static int bucketContaining(int[] start, int position) {
        int lo = 0;
        int hi = BUCKETS - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (start[mid] <= position) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private static void fromSorted(double[] values, int n, int[] positions, double[] out) {
        double[] sorted = Arrays.copyOf(values, n);
        SortOrder.sort(sorted);
        for (int j = 0; j < positions.length; j++) {
            out[j] = sorted[positions[j]];
        }
    }
}
