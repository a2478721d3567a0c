package org.closureassurance.simulator.random;

/**
 * A small, fast, non-thread-safe random stream (SplitMix64) that the engine re-seeds for
 * every iteration and purpose from {@link #seedFor}, so that iteration {@code i} of seed
 * {@code s} always sees the same numbers whichever thread runs it.
 */
public final class RandomStream {
    /** The generator recorded in results files. */
    public static final String ALGORITHM = "SplitMix64, stream per (seed, iteration, purpose)";

    /** Creates a stream with state 0; call {@link #reset} before use. */
    public RandomStream() {
        throw new UnsupportedOperationException("stub");
    }

    /** Starts the stream over from {@code seed}. */
    public void reset(long seed) {
        throw new UnsupportedOperationException("stub");
    }

    /** The next 64 random bits. */
    public long nextLong() {
        throw new UnsupportedOperationException("stub");
    }

    /** A uniform double in the open interval (0, 1), on a grid of 2^-53. */
    public double nextUniform() {
        throw new UnsupportedOperationException("stub");
    }

    /** A standard normal by inverse CDF of one uniform (no JDK Gaussian). */
    public double nextStandardNormal() {
        throw new UnsupportedOperationException("stub");
    }

    /**
     * The seed of the stream for one purpose of one iteration: a documented mix of the master
     * seed, the iteration index and the purpose number, with no correlation between
     * neighbouring iterations or purposes.
     */
    public static long seedFor(long masterSeed, long iteration, int purpose) {
        throw new UnsupportedOperationException("stub");
    }
}
