package org.closureassurance.simulator.model;

/**
 * One bracket of a tiered add-on: {@code percent} applies to an estimate {@code E <= upTo};
 * the last bracket has no upper limit ({@code upTo} null).
 */
public record Bracket(Double upTo, double percent) {
    public Bracket {
        if (upTo != null && !(upTo >= 0 && Double.isFinite(upTo))) {
            throw new IllegalArgumentException("upTo must be a finite amount >= 0, was " + upTo);
        }
        if (!(percent >= 0 && percent <= 100)) {
            throw new IllegalArgumentException("percent must lie in [0, 100], was " + percent);
        }
    }

    /** Whether the bracket takes an estimate {@code e}: the last always does. */
    public boolean takes(double e) {
        return upTo == null || e <= upTo;
    }
}
