package org.closureassurance.simulator.random;

/**
 * A small, fast, non-thread-safe random stream (SplitMix64) that the engine re-seeds for
 * every iteration and purpose from {@link #seedFor}, so that iteration {@code i} of seed
 * {@code s} always sees the same numbers whichever thread runs it.
 *
 * <p>The generator is SplitMix64 (G. L. Steele, D. Lea, C. H. Flood, "Fast splittable
 * pseudorandom number generators", OOPSLA 2014; the generator behind {@code SplittableRandom},
 * written out here so that results do not depend on the JDK): the state advances by the odd
 * "golden gamma" {@code 0x9E3779B97F4A7C15} and each output is the state passed through
 * D. Stafford's "variant 13" 64-bit finaliser ({@link #mix64}). Period 2^64 per stream.
 */
public final class RandomStream implements org.apache.commons.rng.UniformRandomProvider {
    /** The generator recorded in results files. */
    public static final String ALGORITHM = "SplitMix64, stream per (seed, iteration, purpose)";

    /** Weyl increment of SplitMix64: {@code 2^64 / phi}, rounded to odd. */
    static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    /** Salts of {@link #seedFor}: fractional bits of sqrt(2), sqrt(3) and sqrt(5) (SHA-2's constants); all odd. */
    private static final long SEED_SALT = 0x6A09E667F3BCC909L;
    private static final long ITERATION_MULTIPLIER = 0xBB67AE8584CAA73BL;
    private static final long PURPOSE_MULTIPLIER = 0x3C6EF372FE94F82BL;

    /** The bits of 1.0: sign 0, exponent 1023, fraction 0. */
    private static final long ONE_BITS = 0x3FF0000000000000L;

    private long state;

    /** Creates a stream with state 0; call {@link #reset} before use. */
    public RandomStream() {
        state = 0L;
    }

    /** Starts the stream over from {@code seed}. */
    public void reset(long seed) {
        state = seed;
    }

    /** The next 64 random bits. */
    @Override
    public long nextLong() {
        state += GOLDEN_GAMMA;
        return mix64(state);
    }

    /**
     * A uniform double in the open interval (0, 1), on a grid of 2^-53: an odd multiple of
     * 2^-53, {@code (2k + 1) / 2^53} for a random 52-bit {@code k}, so the smallest value is
     * 2^-53, the largest 1 - 2^-53, and the grid is symmetric about 1/2.
     */
    public double nextUniform() {
        return uniformOf(nextLong());
    }

    /** A standard normal by inverse CDF of one uniform (no JDK Gaussian). */
    public double nextStandardNormal() {
        return StandardNormal.quantile(nextUniform());
    }

    /**
     * The seed of the stream for one purpose of one iteration: a documented mix of the master
     * seed, the iteration index and the purpose number, with no correlation between
     * neighbouring iterations or purposes.
     *
     * <p>The mix is three rounds of the SplitMix64 finaliser {@code M}:
     * {@code M(M(M(masterSeed ^ S) + iteration * A) + purpose * B)} with distinct odd constants
     * S, A, B. {@code M} and multiplication by an odd constant are bijections of the 64-bit
     * integers, so for one master seed and purpose distinct iterations get distinct seeds, and
     * for one iteration distinct purposes do too; the finaliser's avalanche makes neighbouring
     * indices' seeds, and so their streams, look unrelated. Two streams of m draws each can
     * only overlap when their seeds differ by fewer than m golden gammas: probability about
     * {@code 2m / 2^64} per pair.
     */
    public static long seedFor(long masterSeed, long iteration, int purpose) {
        long h = mix64(masterSeed ^ SEED_SALT);
        h = mix64(h + iteration * ITERATION_MULTIPLIER);
        return mix64(h + purpose * PURPOSE_MULTIPLIER);
    }

    /**
     * The uniform in (0, 1) that 64 random bits map to: their top 52 bits {@code k} as
     * {@code (2k + 1) 2^-53}, computed exactly: {@code 1 + k 2^-52} is assembled from bits, then
     * {@code - 1 + 2^-53} (both exact). The tempting {@code ((bits >>> 11) + 0.5) 2^-53} is not
     * exact: above 2^52 the sum rounds to an even integer, and the largest draw rounds to
     * exactly 1.0. Assembling the bits also avoids the long-to-double conversion, whose x86
     * instruction carries a false dependency on its output register that made
     * {@link #nextStandardNormal} three times slower in measurement (35 ns against 12 ns).
     */
    static double uniformOf(long bits) {
        return (Double.longBitsToDouble(ONE_BITS | (bits >>> 12)) - 1.0) + 0x1.0p-53;
    }

    /** Stafford's "variant 13" finaliser (the output function of SplitMix64): a bijection with full avalanche. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
