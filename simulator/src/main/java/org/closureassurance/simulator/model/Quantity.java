package org.closureassurance.simulator.model;

import java.util.Objects;
import org.closureassurance.simulator.value.Value;

/**
 * An amount with its unit as the scenario wrote it ({@code 85 ha}, {@code 12 L/s}), and the
 * factor that turns one of that unit into the canonical unit of its dimension (m², m³,
 * m³/s, kg/m³). The scenarios module sets the factor from its unit table (Indriya); the
 * engine only multiplies, so it needs no unit library.
 */
public record Quantity(Value value, String unit, double toCanonical) {
    public Quantity {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        if (!(toCanonical > 0) || !Double.isFinite(toCanonical)) {
            throw new IllegalArgumentException("toCanonical must be positive, was " + toCanonical);
        }
    }
}
