package org.closureassurance.simulator.statistics;

/**
 * The smallest order key of a sample and the left shift that brings the highest bit of the
 * keys' spread to the top. Keys less the smallest, shifted so, keep their order and ties, and
 * their upper 32 bits carry 32 significant bits of the spread, so a radix sort of those upper
 * halves leaves few runs to order by the lower bits. The shift loses no bit, so every shifted
 * key reads back as its value.
 *
 * @param lowest the smallest key, compared unsigned
 * @param shift  0..63, the number of leading zeros of the largest key less the smallest
 */
record KeySpread(long lowest, int shift) {

    /** Writes the keys of {@code values[0..n-1]} into {@code keys} and returns their spread. */
    static KeySpread of(double[] values, int n, long[] keys) {
        if (n == 0) {
            return new KeySpread(0L, 0);
        }
        long lowest = -1L;
        long highest = 0L;
        for (int i = 0; i < n; i++) {
            long k = SortOrder.key(values[i]);
            keys[i] = k;
            lowest = Long.compareUnsigned(k, lowest) < 0 ? k : lowest;
            highest = Long.compareUnsigned(k, highest) > 0 ? k : highest;
        }
        int shift = Long.numberOfLeadingZeros(highest - lowest);
        return new KeySpread(lowest, shift == 64 ? 0 : shift);
    }

    /** Replaces each of {@code keys[0..n-1]} by its shifted form. */
    void shift(long[] keys, int n) {
        for (int i = 0; i < n; i++) {
            keys[i] = (keys[i] - lowest) << shift;
        }
    }

    /** The value whose shifted key is {@code shifted}. */
    double value(long shifted) {
        return SortOrder.fromKey((shifted >>> shift) + lowest);
    }
}
