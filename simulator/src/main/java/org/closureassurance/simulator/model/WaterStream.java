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

    /** Seconds in a year of 365.2425 days (docs/units.md): turns flows per second into volumes per year. */
    public static final double SECONDS_PER_YEAR = 365.2425 * 86400.0;

    /**
     * How many of the units {@code unitCost} is priced per one unit of {@code flow} delivers in
     * a year: the volume a year is {@code flow} times this. 0 without a flow.
     */
    public double volumePerYearConversion() {
        return flow == null ? 0 : volumePerYearConversion(flow, unitCost);
    }

    /** {@link #volumePerYearConversion()} of a {@code flow} priced at {@code unitCost}, before a stream is built. */
    public static double volumePerYearConversion(Quantity flow, UnitRate unitCost) {
        return flow.toCanonical() * SECONDS_PER_YEAR / unitCost.perToCanonical();
    }
}
