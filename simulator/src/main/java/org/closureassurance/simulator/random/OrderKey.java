package org.closureassurance.simulator.random;

/**
 * A 32-bit key (compared unsigned) that orders the draws of one sampled input as their
 * values order them, kept per iteration for Spearman sensitivity instead of the values
 * themselves: half the memory, and a ranking that moves half the bytes. A continuous input's
 * value increases with the uniform it was drawn from (or the normal score, under a copula), so
 * the key is that uniform at 2^-32 resolution; a discrete input's key is the index of its value
 * among the sorted support, so equal values stay exact ties. Two different continuous draws
 * share a key only when their uniforms agree to about 2^-32 (a few pairs in a million draws),
 * where they are counted as a tie.
 */
public final class OrderKey {
    private static final double TWO_32 = 4294967296.0;

    private OrderKey() {
    }

    /** The key of a draw from uniform {@code u} in [0, 1). */
    public static int ofUniform(double u) {
        return (int) (long) (u * TWO_32);
    }

    /**
     * The key of a draw from normal score {@code z}: {@code z} squashed into (0, 1) by the
     * increasing {@code 1/2 + z / (2 sqrt(1 + z^2))} (no exponential; uniform enough that
     * keys a bin apart stay about 1e-9 apart in {@code z} near 0 and 1e-6 at |z| = 8).
     */
    public static int ofNormalScore(double z) {
        double t = Math.abs(z) < 1e150 ? z / Math.sqrt(1.0 + z * z) : Math.signum(z);
        double g = 0.5 + 0.5 * t;
        return ofUniform(g >= 1.0 ? Math.nextDown(1.0) : g);
    }

    /** The key of value {@code x} of a discrete input with sorted support {@code atoms}: its index there. */
    public static int ofAtom(double[] atoms, double x) {
        int lo = 0;
        int hi = atoms.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (atoms[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
