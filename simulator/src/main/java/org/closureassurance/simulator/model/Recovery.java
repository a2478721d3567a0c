package org.closureassurance.simulator.model;

import java.util.Objects;
import org.closureassurance.simulator.value.Value;

/**
 * How a rehabilitated area's condition index (0 bare, 1 reference ecosystem) recovers:
 * from {@code initialCondition} at a yearly {@code rate} until it reaches {@code target}.
 */
public record Recovery(RecoveryModel model, Value rate, Value initialCondition, Value target) {
    public Recovery {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(initialCondition, "initialCondition");
        Objects.requireNonNull(target, "target");
    }
}
