package org.closureassurance.simulator.random;

/**
 * A distribution compiled for sampling by inverse CDF: one uniform (or one standard-normal
 * score, for inputs under a Gaussian copula) in, one value out. Implementations are
 * immutable, allocation-free and safe to share between threads.
 */
public interface InverseCdf {

    /** The value at probability {@code u} in the open interval (0, 1). */
    double quantile(double u);

    /**
     * The value whose probability is {@code Phi(z)}: the same as {@code quantile(Phi(z))}
     * but without losing accuracy in the tails, and faster where the distribution allows
     * (normal and log-normal need no {@code Phi} at all).
     */
    double fromNormalScore(double z);

    /**
     * The values a discrete distribution takes, sorted ascending, or null for a continuous one
     * (whose values increase strictly with {@code u}).
     */
    default double[] atoms() {
        return null;
    }
}
