package org.closureassurance.simulator.portfolio;

import org.closureassurance.simulator.model.Sampling;
import org.closureassurance.simulator.random.KeyedPermutation;
import org.closureassurance.simulator.random.RandomStream;

/**
 * Hands out the Latin hypercube permutations of one name's per-iteration inputs (a site's, the
 * economics', a provider's, the fund's): the {@code k}-th input compiled gets the permutation
 * of {@code 0 .. n-1} keyed by the name's seed, its kind and {@code k}, so iteration {@code i} falls in
 * stratum {@code π_k(i)} of that input, whatever other sites the portfolio holds. Under Monte
 * Carlo it hands out none. Used while compiling, on one thread.
 */
final class Strata {
    /** No stratification. */
    static final Strata NONE = new Strata(Sampling.MONTE_CARLO, 1, 0L, 0);

    private final boolean stratified;
    private final int iterations;
    private final long nameSeed;
    private final int purpose;
    private int next;

    /** The permutations of the name whose streams have master seed {@code nameSeed}, for the kind {@code purpose}. */
    Strata(Sampling sampling, int iterations, long nameSeed, int purpose) {
        this.stratified = sampling == Sampling.LATIN_HYPERCUBE;
        this.iterations = iterations;
        this.nameSeed = nameSeed;
        this.purpose = purpose;
    }

    /** The next input's permutation, or null under Monte Carlo. */
    KeyedPermutation next() {
        if (!stratified) {
            return null;
        }
        return new KeyedPermutation(iterations, RandomStream.seedFor(nameSeed, -1L - next++, purpose));
    }
}
