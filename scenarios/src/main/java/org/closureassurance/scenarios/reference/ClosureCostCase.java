package org.closureassurance.scenarios.reference;

import java.util.Objects;

/**
 * One site of the reference class of closure-cost overruns: an early figure for its closure or
 * remediation and a later one, in millions of {@code currency}, nominal.
 *
 * @param site the mine's name
 * @param country where it is
 * @param basis what the early figure was: {@code estimate}, {@code bond} or {@code insurance}
 * @param early the early figure, {@code > 0}
 * @param later the later cost or estimate, {@code > 0}
 * @param currency the currency of both figures
 */
public record ClosureCostCase(String site, String country, String basis, double early, double later,
                              String currency) {
    /** The basis of a case whose early figure was a cost estimate of the same work. */
    public static final String ESTIMATE = "estimate";

    public ClosureCostCase {
        Objects.requireNonNull(site, "site");
        if (!(early > 0) || !(later > 0) || !Double.isFinite(early) || !Double.isFinite(later)) {
            throw new IllegalArgumentException(site + ": figures must be finite and > 0, were " + early + " and "
                    + later);
        }
    }

    /** Later over early: how many times the early figure the closure cost or is now expected to cost. */
    public double ratio() {
        return later / early;
    }

    /** Whether the early figure was an estimate (not assurance held). */
    public boolean isEstimate() {
        return ESTIMATE.equals(basis);
    }
}
