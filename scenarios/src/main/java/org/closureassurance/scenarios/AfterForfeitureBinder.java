package org.closureassurance.scenarios;

import java.util.List;
import org.closureassurance.scenarios.AfterForfeitureFormat.AfterForfeiture;
import org.closureassurance.simulator.value.Value;

/**
 * Binds {@code afterForfeiture} for {@link ScenarioBinder}, checking it with
 * {@link AfterForfeitureChecks} as soon as it is read.
 */
final class AfterForfeitureBinder {
    private final List<ValidationError> errors;

    /** A binder that reports into {@code errors}, the list the whole file reports into. */
    AfterForfeitureBinder(List<ValidationError> errors) {
        this.errors = errors;
    }

    /** The section, or null when any part of it is unreadable (reported). */
    org.closureassurance.simulator.model.AfterForfeiture afterForfeiture(JsonFields f) {
        f.allow("", AfterForfeiture.OBJECT, null);
        Value delay = f.value(AfterForfeiture.MOBILISATION_DELAY_YEARS);
        Value care = f.value(AfterForfeiture.CARE_AND_MAINTENANCE_PER_YEAR);
        Value premium = f.value(AfterForfeiture.THIRD_PARTY_PREMIUM_PERCENT);
        Value estate = f.value(AfterForfeiture.ESTATE_RECOVERY_RATE);
        AfterForfeitureChecks.check(f.path(), delay, care, premium, estate, errors);
        return f.complete() ? new org.closureassurance.simulator.model.AfterForfeiture(delay, care, premium, estate)
                : null;
    }
}
