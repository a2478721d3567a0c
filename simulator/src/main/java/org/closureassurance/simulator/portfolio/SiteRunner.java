package org.closureassurance.simulator.portfolio;

/**
 * Carries one site through one iteration of a portfolio run, on one worker thread (created by
 * {@link SiteModel#newRunner}; not thread-safe, and it must allocate nothing per iteration).
 *
 * <p>The result must be a pure function of the portfolio, the site and
 * {@link SharedWorld#iteration()}: the engine simulates some iterations twice (once in the
 * main pass, once to attribute the worst iterations' shortfall to sites), on any thread, in
 * any order, and both passes must agree bit for bit. So a runner draws only from streams it
 * re-seeds from {@code (seed, site name, iteration)} at the start of every call, and keeps no
 * state from one call to the next that changes a result.
 */
public interface SiteRunner {

    /**
     * Simulates the site in the iteration {@code world} was filled for.
     *
     * <ul>
     * <li>Reads the shared draws from {@code world}: discount and escalation
     *     ({@link SharedWorld#discountInputs}, {@link SharedWorld#curve}), factor paths
     *     ({@link SharedWorld#factorPaths}), named providers' failure years and recovery rates
     *     ({@link SharedWorld#providerFailYears}, {@link SharedWorld#providerRecoveryRates}).
     * <li>Writes the site's closure year {@code C} (floored, clamped to {@code [0, H-1]}),
     *     forfeiture year {@code T} (or none), and at {@code T} its walk-away liability
     *     {@code L_T}, realisable assurance {@code A_T} (both in money of year {@code T}) and
     *     estate recovery rate, through {@link SiteOutcome#forfeits} or
     *     {@link SiteOutcome#operates}. The engine derives {@code S = max(0, L_T - A_T)(1 -
     *     estateRecoveryRate)} and its value at year 0 from them, and the factors' states at
     *     {@code T} from the shared paths.
     * <li>When {@link IterationSums#wantsYears()}, adds its {@code L_t} and {@code A_t} for
     *     every year {@code t = 0 .. H-1} (the walk-away liability and realisable assurance if
     *     the operator walked away in year {@code t}, as in the single-site timeline) into
     *     {@code sums}, and in every call adds the year-0 face amount of each bond that names a
     *     provider ({@link IterationSums#addBondFace}).
     * </ul>
     */
    void simulate(SharedWorld world, SiteOutcome out, IterationSums sums);
}
