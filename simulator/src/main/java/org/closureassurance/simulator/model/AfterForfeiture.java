package org.closureassurance.simulator.model;

import java.util.Objects;
import org.closureassurance.simulator.value.Value;

/**
 * What the regulator's package costs beyond the operator's own plan once the operator has
 * walked away (docs/model.md, "After the operator walks away"): the years before a contractor
 * is mobilised (floored, at least 0; every flow but water treatment moves that much later),
 * care and maintenance for each of those years (money a year), a third party's premium on the
 * whole package (per cent, at least 0), and the share of the shortfall recovered from the
 * operator's estate (in {@code [0, 1]}, lowering only the public cost). All default to 0.
 */
public record AfterForfeiture(Value mobilisationDelayYears, Value careAndMaintenancePerYear,
                              Value thirdPartyPremiumPercent, Value estateRecoveryRate) {
    /** Nothing after forfeiture: the 0.1 model. */
    public static final AfterForfeiture NONE = new AfterForfeiture(Value.of(0), Value.of(0), Value.of(0), Value.of(0));

    public AfterForfeiture {
        // Unnamed: the field names are spelled in the schema and the input paths only.
        Objects.requireNonNull(mobilisationDelayYears);
        Objects.requireNonNull(careAndMaintenancePerYear);
        Objects.requireNonNull(thirdPartyPremiumPercent);
        Objects.requireNonNull(estateRecoveryRate);
    }

    /** Whether every field is always 0, so nothing changes from the 0.1 model. */
    public boolean isNone() {
        return Economics.isZero(mobilisationDelayYears) && Economics.isZero(careAndMaintenancePerYear)
                && Economics.isZero(thirdPartyPremiumPercent) && Economics.isZero(estateRecoveryRate);
    }
}
