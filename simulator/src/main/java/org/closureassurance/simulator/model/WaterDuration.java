package org.closureassurance.simulator.model;

import java.util.Objects;
import org.closureassurance.simulator.value.Value;

/** How long a water-treatment stream runs once it starts (docs/model.md). */
public sealed interface WaterDuration {

    /** The file's name of the duration type. */
    String type();

    /** A given number of years, possibly fractional; negative draws count as 0. */
    record Years(Value years) implements WaterDuration {
        public Years {
            Objects.requireNonNull(years, "years");
        }

        @Override public String type() { return "years"; }
    }

    /**
     * Until a concentration halving every {@code halfLifeYears} falls from
     * {@code initialConcentration} to {@code limit}: {@code D = halfLife * log2(C0 / limit)}.
     */
    record Decay(Quantity initialConcentration, Quantity limit, Value halfLifeYears) implements WaterDuration {
        public Decay {
            Objects.requireNonNull(initialConcentration, "initialConcentration");
            Objects.requireNonNull(limit, "limit");
            Objects.requireNonNull(halfLifeYears, "halfLifeYears");
        }

        @Override public String type() { return "decay"; }
    }

    /** Treatment forever, valued in closed form. */
    record Perpetual() implements WaterDuration {
        @Override public String type() { return "perpetual"; }
    }
}
