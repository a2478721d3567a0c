package org.closureassurance.simulator.random;

/**
 * A 32-bit key (compared unsigned) that orders the draws of one sampled input as their
 * values order them, kept per iteration for Spearman sensitivity instead of the values
 * themselves: half the memory, and a ranking that moves half the bytes. A continuous input's
 * value increases with the uniform it was drawn from (or the normal score, under a copula), so
 * the key is that uniform at 2^-32 resolution; a discrete input's key is the index of its value
 * among the sorted support, so equal values stay exact ties. Two different continuous draws
 * share a key only when their uniforms agree to about 2^-32 (by the birthday bound, about 100
 * pairs among 10^6 plain Monte Carlo draws), where they are counted as a tie.
 */
public final class OrderKey {
    private static final double TWO_32 = 4294967296.0;
    private static final double TWO_31 = 2147483648.0;

    private OrderKey() {
    }

    /** The key of a draw from uniform {@code u} in [0, 1). */
    public static int ofUniform(double u) {
        return (int) (long) (u * TWO_32);
    }

    /**
     * The key of a draw from normal score {@code z}: {@code z} squashed into (0, 1) by the
     * increasing {@code 1/2 + z / (2 sqrt(1 + z^2))} (no exponential; keys a step apart are
     * about 1e-9 apart in {@code z} near 0 and 1e-6 at |z| = 8). Negative scores take the mirror
     * image of their magnitude's key, so no cancellation near 0 can reorder them; the squash is
     * non-decreasing up to rounding in its last bit.
     */
    public static int ofNormalScore(double z) {
        double a = Math.abs(z);
        double t = a < 1e150 ? a / Math.sqrt(1.0 + a * a) : 1.0;
        long half = Math.min((long) (t * TWO_31), (long) TWO_31 - 1);
        long key = z >= 0 ? (long) TWO_31 + half : (long) TWO_31 - 1 - half;
        return (int) key;
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
