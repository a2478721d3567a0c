package org.closureassurance.simulator.random;

import java.util.Objects;

/**
 * A pseudo-random bijection of {@code 0..n-1} chosen by a key, computed on demand in O(1)
 * memory: what Latin hypercube sampling uses to give every iteration its own stratum per
 * input without storing iterations x inputs permutations.
 *
 * <p>Construction: a Feistel network on the {@code w}-bit integers, {@code 2^w} the smallest
 * power of two at or above {@code n} (at least 4), with cycle-walking to stay below {@code n}
 * (J. Black and P. Rogaway, "Ciphers with arbitrary finite domains", CT-RSA 2002). The halves
 * have {@code floor(w/2)} and {@code ceil(w/2)} bits; each of the {@value #ROUNDS} rounds maps
 * {@code (L, R)} to {@code (R, L xor F_r(R))}, which is invertible whatever {@code F_r}, so the
 * network is a permutation (an unbalanced network when {@code w} is odd: the halves swap widths
 * each round, and an even number of rounds restores the layout). The round functions are the
 * SplitMix64 finaliser of {@code R} xor a round key; the round keys come from {@code key}
 * through the same finaliser. Since {@code 2^w < 2n}, cycle-walking takes fewer than two
 * rounds of the network on average. Immutable and thread-safe.
 */
public final class KeyedPermutation {
    /** Feistel rounds: four give a strong pseudo-random permutation (Luby and Rackoff, 1988). */
    private static final int ROUNDS = 4;

    private final int n;
    private final int lowBits;
    private final int highBits;
    private final long lowMask;
    private final long highMask;
    private final long key0;
    private final long key1;
    private final long key2;
    private final long key3;

    /** The permutation of {@code 0..n-1} selected by {@code key}. */
    public KeyedPermutation(int n, long key) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1, was " + n);
        }
        this.n = n;
        int width = Math.max(2, 64 - Long.numberOfLeadingZeros(n - 1L));
        highBits = width / 2;
        lowBits = width - highBits;
        lowMask = (1L << lowBits) - 1;
        highMask = (1L << highBits) - 1;
        long k = RandomStream.mix64(key ^ 0x510E527FADE682D1L);
        key0 = RandomStream.mix64(k + RandomStream.GOLDEN_GAMMA);
        key1 = RandomStream.mix64(k + 2 * RandomStream.GOLDEN_GAMMA);
        key2 = RandomStream.mix64(k + 3 * RandomStream.GOLDEN_GAMMA);
        key3 = RandomStream.mix64(k + 4 * RandomStream.GOLDEN_GAMMA);
    }

    /** The image of {@code i} (0 <= i < n). */
    public int apply(int i) {
        Objects.checkIndex(i, n);
        long x = i;
        do {
            x = encrypt(x);
        } while (x >= n);
        return (int) x;
    }

    /**
     * The Latin hypercube uniform of iteration {@code i}: {@code (apply(i) + jitter) / n},
     * kept inside its stratum {@code [k/n, (k+1)/n)} even when the sum rounds up (a jitter
     * close to 1 added to a large stratum can round to the next integer). With
     * {@code jitter} in (0, 1) the result is in (0, 1).
     */
    public double stratifiedUniform(int i, double jitter) {
        int stratum = apply(i);
        double upper = (stratum + 1.0) / n;
        double u = (stratum + jitter) / n;
        return u < upper ? u : Math.nextDown(upper);
    }

    /** One pass of the network over {@code 0..2^w-1}: x = (high half, low half). */
    private long encrypt(long x) {
        long left = x >>> lowBits;
        long right = x & lowMask;
        // Rounds 1 and 3 take (high-width L, low-width R) to (low-width, high-width); 2 and 4 swap back.
        long t = left ^ (RandomStream.mix64(right ^ key0) & highMask);
        left = right;
        right = t;
        t = left ^ (RandomStream.mix64(right ^ key1) & lowMask);
        left = right;
        right = t;
        t = left ^ (RandomStream.mix64(right ^ key2) & highMask);
        left = right;
        right = t;
        t = left ^ (RandomStream.mix64(right ^ key3) & lowMask);
        left = right;
        right = t;
        return (left << lowBits) | right;
    }
}
