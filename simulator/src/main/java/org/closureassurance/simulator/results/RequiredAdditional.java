package org.closureassurance.simulator.results;

/**
 * The smallest extra cash {@code x >= 0} with {@code P(R + x >= L) >= q} for a rule's required
 * amount {@code R}, at q = 80, 90 and 95 %; NaN when no iteration forfeits.
 */
public record RequiredAdditional(double p80, double p90, double p95) {
    /** Nothing can be said: no forfeiture. */
    public static final RequiredAdditional UNDEFINED = new RequiredAdditional(Double.NaN, Double.NaN, Double.NaN);
}
