package org.closureassurance.simulator.model;

import java.util.Objects;
import org.closureassurance.simulator.value.Value;

/**
 * A yearly chance that fire, drought or erosion knocks the condition index down by
 * {@code conditionLoss} (a fraction) and costs {@code reworkCostPerArea} over the whole area.
 * {@code reworkCostPerArea} may be null (no rework cost).
 */
public record Setback(Value annualProbability, Value conditionLoss, UnitRate reworkCostPerArea) {
    public Setback {
        Objects.requireNonNull(annualProbability, "annualProbability");
        Objects.requireNonNull(conditionLoss, "conditionLoss");
    }
}
