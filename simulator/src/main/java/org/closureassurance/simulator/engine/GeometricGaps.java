package org.closureassurance.simulator.engine;

/**
 * Draws of {@link IterationContext#geometric} for one yearly chance (a domain's setbacks, a
 * yearly risk event, an annual hazard), keeping {@code Math.log1p(-p)} of the last chance
 * asked for: a chance that is a constant, or is drawn once per iteration and then used for
 * every year's gap, pays for the logarithm once instead of once per gap. The same function of
 * the same argument, so the same gaps bit for bit. One per kernel and call site, never shared
 * between workers.
 */
final class GeometricGaps {
    private double chance = Double.NaN;
    private double logOfComplement;

    /** Failures before the first success of yearly chance {@code p}, from one uniform {@code u}. */
    long next(double u, double p) {
        if (!(p > 0)) {
            return Long.MAX_VALUE;
        }
        if (p >= 1) {
            return 0;
        }
        if (p != chance) {
            chance = p;
            logOfComplement = Math.log1p(-p);
        }
        return IterationContext.failures(u, logOfComplement);
    }
}
