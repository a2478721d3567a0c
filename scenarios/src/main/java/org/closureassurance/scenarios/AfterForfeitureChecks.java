package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.FieldChecks.at;
import static org.closureassurance.scenarios.FieldChecks.inRange;
import static org.closureassurance.scenarios.json.NumberText.format;

import java.util.List;
import org.closureassurance.scenarios.AfterForfeitureFormat.AfterForfeiture;
import org.closureassurance.simulator.model.StartYears;
import org.closureassurance.simulator.value.Value;

/**
 * Checks of {@code afterForfeiture}: money and the premium not below 0, the estate's share in
 * {@code [0, 1]}, and a delay the simulator can count exactly. Null parts (absent or
 * unreadable) pass.
 */
final class AfterForfeitureChecks {
    private AfterForfeitureChecks() {
    }

    static void check(String path, Value delay, Value care, Value premium, Value estate, List<ValidationError> out) {
        if (delay != null && delay.upperBound() > StartYears.MAX && Double.isFinite(delay.upperBound())) {
            out.add(new ValidationError(at(path, AfterForfeiture.MOBILISATION_DELAY_YEARS), "must be at most "
                    + format(StartYears.MAX) + " years, the furthest the simulator counts exactly ("
                    + (delay.isDegenerate() ? "was " : "could reach ") + format(delay.upperBound()) + ")"));
        }
        inRange(path, AfterForfeiture.CARE_AND_MAINTENANCE_PER_YEAR, care, out);
        inRange(path, AfterForfeiture.THIRD_PARTY_PREMIUM_PERCENT, premium, out);
        inRange(path, AfterForfeiture.ESTATE_RECOVERY_RATE, estate, out);
    }
}
