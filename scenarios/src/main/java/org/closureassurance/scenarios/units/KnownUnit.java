package org.closureassurance.scenarios.units;

import java.util.Objects;
import javax.measure.Unit;

/**
 * One accepted unit string of the scenario format: its Indriya unit, its dimension and the
 * factor that turns one of it into the canonical unit of that dimension (what
 * {@code Quantity.toCanonical} and {@code UnitRate.perToCanonical} carry).
 */
public record KnownUnit(String symbol, String description, Unit<?> unit, Dimension dimension, double toCanonical) {
    public KnownUnit {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(dimension, "dimension");
        if (!(toCanonical > 0) || !Double.isFinite(toCanonical)) {
            throw new IllegalArgumentException("toCanonical must be positive, was " + toCanonical);
        }
    }

    /** Whether amounts in this unit and in {@code other} can be converted into each other. */
    public boolean isCommensurableWith(KnownUnit other) {
        return unit.isCompatible(other.unit);
    }
}
