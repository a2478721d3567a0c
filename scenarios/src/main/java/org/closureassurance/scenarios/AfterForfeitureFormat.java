package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.FormatField.value;
import static org.closureassurance.scenarios.ScenarioFormat.NON_NEGATIVE;
import static org.closureassurance.scenarios.ScenarioFormat.PROBABILITY;

import org.closureassurance.simulator.model.InputField;

/**
 * The {@code afterForfeiture} section of the scenario format: what the regulator's package adds
 * once the operator has walked away. Part of {@link ScenarioFormat}.
 */
public final class AfterForfeitureFormat {
    private AfterForfeitureFormat() {
    }

    /** {@code afterForfeiture}. */
    public static final class AfterForfeiture {
        public static final FormatField MOBILISATION_DELAY_YEARS = value(InputField.MOBILISATION_DELAY.key(), null)
                .byDefault("0").measuring("years")
                .about("floored, at least 0: every flow but water treatment moves this many years later");
        public static final FormatField CARE_AND_MAINTENANCE_PER_YEAR = value(InputField.CARE_AND_MAINTENANCE.key(),
                NON_NEGATIVE).byDefault("0").measuring("money per year")
                .about("in each year of the delay, escalated; no indirect costs or overruns");
        public static final FormatField THIRD_PARTY_PREMIUM_PERCENT = value(InputField.THIRD_PARTY_PREMIUM.key(), NON_NEGATIVE)
                .byDefault("0").measuring("per cent")
                .about("multiplies the whole walk-away package, water treatment included");
        public static final FormatField ESTATE_RECOVERY_RATE = value(InputField.ESTATE_RECOVERY.key(), PROBABILITY)
                .byDefault("0").measuring("fraction")
                .about("share of the shortfall recovered from the operator's estate: lowers the public cost only");
        public static final FormatObject OBJECT = FormatObject.of(InputField.Section.AFTER_FORFEITURE.key(),
                "The regulator cannot start the day the operator leaves: it mobilises a contractor, keeps the site safe meanwhile and pays "
                + "a third party's rates. The planned package (`costPV`, relinquishment, a fund's drawdown) is "
                + "unchanged.", MOBILISATION_DELAY_YEARS, CARE_AND_MAINTENANCE_PER_YEAR, THIRD_PARTY_PREMIUM_PERCENT,
                ESTATE_RECOVERY_RATE);

        private AfterForfeiture() {
        }
    }
}
