package org.closureassurance.simulator.random;

/**
 * A pseudo-random bijection of {@code 0..n-1} chosen by a key, computed on demand in O(1)
 * memory: what Latin hypercube sampling uses to give every iteration its own stratum per
 * input without storing iterations x inputs permutations.
 */
public final class KeyedPermutation {

    /** The permutation of {@code 0..n-1} selected by {@code key}. */
    public KeyedPermutation(int n, long key) {
        throw new UnsupportedOperationException("stub");
    }

    /** The image of {@code i} (0 <= i < n). */
    public int apply(int i) {
        throw new UnsupportedOperationException("stub");
    }
}
