package org.closureassurance.simulator.portfolio;

/**
 * One site's outcome in one iteration, written by its {@link SiteRunner} and read by the
 * portfolio engine straight after. Mutable and reused, so the hot loop allocates nothing.
 */
public final class SiteOutcome {
    private int closureYear;
    private int forfeitYear = -1;
    private double liability;
    private double assurance;
    private double estateRecoveryRate;

    /**
     * The operator walks away in year {@code forfeitYear} (in {@code 0 .. H-1}), owing the
     * walk-away liability {@code liability} ({@code L_T}) against the realisable assurance
     * {@code assurance} ({@code A_T}), both in money of year {@code T}; a share
     * {@code estateRecoveryRate} of the shortfall is recovered from its estate.
     */
    public void forfeits(int closureYear, int forfeitYear, double liability, double assurance,
                         double estateRecoveryRate) {
        this.closureYear = closureYear;
        this.forfeitYear = forfeitYear;
        this.liability = liability;
        this.assurance = assurance;
        this.estateRecoveryRate = estateRecoveryRate;
    }

    /** The operator does not walk away within the horizon. */
    public void operates(int closureYear) {
        this.closureYear = closureYear;
        this.forfeitYear = -1;
        this.liability = 0.0;
        this.assurance = 0.0;
        this.estateRecoveryRate = 0.0;
    }

    /** {@code C}: the closure year, floored and clamped to {@code [0, H-1]}. */
    public int closureYear() {
        return closureYear;
    }

    /** {@code T}: the forfeiture year, or -1 without forfeiture. */
    public int forfeitYear() {
        return forfeitYear;
    }

    /** Whether the operator walks away within the horizon. */
    public boolean forfeited() {
        return forfeitYear >= 0;
    }

    /** {@code L_T} in money of year {@code T}; 0 without forfeiture. */
    public double liability() {
        return liability;
    }

    /** {@code A_T} in money of year {@code T}; 0 without forfeiture. */
    public double assurance() {
        return assurance;
    }

    /**
     * {@code S = max(0, L_T - A_T)(1 - estateRecoveryRate)} in money of year {@code T}: what the
     * fund, or the public, must pay; 0 without forfeiture.
     */
    public double shortfall() {
        return forfeitYear < 0 ? 0.0 : Math.max(0.0, liability - assurance) * (1.0 - estateRecoveryRate);
    }
}
