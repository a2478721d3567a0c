package org.closureassurance.simulator.model;

import java.util.Objects;
import org.closureassurance.simulator.value.Value;

/**
 * When the operator walks away and the regulator must finish closure with the assurance it
 * holds (docs/model.md).
 */
public sealed interface Forfeiture {

    /** The file's name of the mode. */
    String mode();

    /** Forfeiture in the closure year {@code C} of every iteration. */
    record AtClosure() implements Forfeiture {
        @Override public String mode() { return "at-closure"; }
    }

    /** Forfeiture in absolute year {@code floor(year)}, clamped to the horizon. */
    record InYear(Value year) implements Forfeiture {
        public InYear {
            Objects.requireNonNull(year, "year");
        }

        @Override public String mode() { return "year"; }
    }

    /**
     * A yearly chance of forfeiture: {@code beforeClosure} in years before {@code C},
     * {@code afterClosure} from {@code C} on; some iterations never forfeit. A {@code driver}
     * (null for none) ties both to an economic factor.
     */
    record AnnualHazard(Value beforeClosure, Value afterClosure, Driver driver) implements Forfeiture {
        public AnnualHazard {
            Objects.requireNonNull(beforeClosure, "beforeClosure");
            Objects.requireNonNull(afterClosure, "afterClosure");
        }

        /** Hazards independent of any economic factor. */
        public AnnualHazard(Value beforeClosure, Value afterClosure) {
            this(beforeClosure, afterClosure, null);
        }

        @Override public String mode() { return "annual-hazard"; }
    }
}
