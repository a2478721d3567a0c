package org.closureassurance.simulator.model;

/**
 * One point of a cost item's accrual curve: in absolute {@code year} the disturbance that
 * the item closes is {@code fraction} of its final extent.
 */
public record AccrualPoint(int year, double fraction) {
    public AccrualPoint {
        if (!(fraction >= 0) || !Double.isFinite(fraction)) {
            throw new IllegalArgumentException("fraction must be >= 0, was " + fraction);
        }
    }
}
