package org.closureassurance.simulator.model;

import java.util.Objects;
import org.closureassurance.simulator.value.Value;

/**
 * A price in the scenario's currency per unit of something ({@code 2.6 per m3},
 * {@code 18000 per ha}), with the factor that turns one {@code per} unit into the canonical
 * unit of its dimension. Multiplying a {@link Quantity} by a rate converts the quantity into
 * the priced unit with {@link #conversionFrom(Quantity)}.
 */
public record UnitRate(Value value, String per, double perToCanonical) {
    public UnitRate {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(per, "per");
        if (!(perToCanonical > 0) || !Double.isFinite(perToCanonical)) {
            throw new IllegalArgumentException("perToCanonical must be positive, was " + perToCanonical);
        }
    }

    /** How many {@code per} units one unit of the quantity is (both of one dimension). */
    public double conversionFrom(Quantity quantity) {
        return quantity.toCanonical() / perToCanonical;
    }
}
