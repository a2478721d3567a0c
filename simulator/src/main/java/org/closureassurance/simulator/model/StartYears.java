package org.closureassurance.simulator.model;

/**
 * The furthest start year (closure-relative, of a water stream or a rehabilitation domain) that
 * the simulator carries exactly: 10^15. Every year derived from it (a finite stream's last year,
 * at most 10^12 years on; a domain's completion and monitoring) stays below 2^53, where doubles
 * still count whole years one by one, so a relinquishment year is reported exactly. Validation
 * refuses start years that can exceed it, and the engine refuses a draw beyond it.
 */
public final class StartYears {
    /** The largest start year carried: 10^15 years after closure. */
    public static final double MAX = 1.0e15;

    private StartYears() {
    }
}
