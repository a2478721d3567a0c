package org.closureassurance.simulator.model;

import java.util.Objects;
import org.closureassurance.simulator.value.Value;

/**
 * A rehabilitation domain (docs/model.md): established at closure-relative
 * {@code startYear}, maintained every year until its condition index reaches the target,
 * then monitored for {@code monitoringYears}. The cost rates are nullable (no such cost);
 * {@code setback} is nullable (none).
 */
public record RehabilitationDomain(String name, String description, Quantity area, Value startYear,
                                   UnitRate establishmentCost, UnitRate maintenanceCostPerAreaYear,
                                   int monitoringYears, Value monitoringCostPerYear,
                                   Recovery recovery, Setback setback) {
    public RehabilitationDomain {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(startYear, "startYear");
        Objects.requireNonNull(monitoringCostPerYear, "monitoringCostPerYear");
        Objects.requireNonNull(recovery, "recovery");
        if (monitoringYears < 0) {
            throw new IllegalArgumentException("monitoringYears must be >= 0, was " + monitoringYears);
        }
    }
}
