package org.closureassurance.simulator.model;

import java.util.Objects;
import org.closureassurance.simulator.value.Value;

/**
 * A post-closure water-treatment stream (docs/model.md): needed with
 * {@code probability}, from closure-relative {@code startYear} for a {@link WaterDuration};
 * each treatment year costs {@code flow * unitCost + fixedAnnualCost}, and
 * {@code capitalCost} falls in the first year and every {@code replacementEveryYears}
 * (nullable: once). {@code flow} and {@code unitCost} are null together.
 */
public record WaterStream(String name, String description, Value probability, Value startYear,
                          Quantity flow, UnitRate unitCost, Value fixedAnnualCost,
                          Value capitalCost, Integer replacementEveryYears, WaterDuration duration) {
    public WaterStream {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(probability, "probability");
        Objects.requireNonNull(startYear, "startYear");
        Objects.requireNonNull(fixedAnnualCost, "fixedAnnualCost");
        Objects.requireNonNull(capitalCost, "capitalCost");
        Objects.requireNonNull(duration, "duration");
        if ((flow == null) != (unitCost == null)) {
            throw new IllegalArgumentException("water stream " + name + ": flow and unitCost go together");
        }
        if (replacementEveryYears != null && replacementEveryYears < 1) {
            throw new IllegalArgumentException("replacementEveryYears must be >= 1, was " + replacementEveryYears);
        }
    }
}
