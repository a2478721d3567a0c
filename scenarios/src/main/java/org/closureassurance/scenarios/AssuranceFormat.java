package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.FormatField.bool;
import static org.closureassurance.scenarios.FormatField.integer;
import static org.closureassurance.scenarios.FormatField.list;
import static org.closureassurance.scenarios.FormatField.object;
import static org.closureassurance.scenarios.FormatField.string;
import static org.closureassurance.scenarios.FormatField.value;
import static org.closureassurance.scenarios.FormatField.word;
import static org.closureassurance.scenarios.ScenarioFormat.MAX_INT;
import static org.closureassurance.scenarios.ScenarioFormat.NON_NEGATIVE;
import static org.closureassurance.scenarios.ScenarioFormat.PROBABILITY;
import static org.closureassurance.scenarios.ScenarioFormat.ids;

import java.util.List;
import org.closureassurance.scenarios.FormatObject.Variant;
import org.closureassurance.scenarios.ScenarioFormat.Common;
import org.closureassurance.simulator.model.BondKind;
import org.closureassurance.simulator.model.InputField;

/**
 * The {@code assurance[]} section of the scenario format: the instruments held and a bond's
 * schedule of face amounts. Part of {@link ScenarioFormat}.
 */
public final class AssuranceFormat {
    private AssuranceFormat() {
    }

    /** {@code assurance[]}: the financial assurance held. */
    public static final class Assurance {
        public static final FormatField TYPE = word("type", List.of("bond", "self-bond", "parent-guarantee",
                "trust-fund")).asRequired()
                .labelled("Type")
                .helping("Bonds are realisable unless their provider fails; a self-bond is worth nothing at"
                        + " forfeiture.");
        public static final FormatField KIND = word("kind", ids(BondKind.values(), BondKind::id))
                .byDefault("\"" + BondKind.SURETY.id() + "\"").about("a label: all are valued alike")
                .labelled("Bond kind").helping("Descriptive only: all kinds are valued alike.");
        public static final FormatField AMOUNT = value(InputField.INSTRUMENT_AMOUNT.key(), NON_NEGATIVE)
                .measuring("money")
                .when("required; a bond takes `amount` or `schedule`")
                .about("the face amount in every year; a self-bond is worth nothing when the operator walks away")
                .labelled("Amount").helping("Face amount.");
        public static final FormatField SCHEDULE = list(InputField.Group.SCHEDULE.key())
                .example("[{\"fromYear\": 0, \"amount\": 1}]").when("`amount` or `schedule`")
                .about("at least one step (below); the face in year `t` is that of the last step with "
                        + "`fromYear <= t`, 0 before the first")
                .labelled("Schedule")
                .helping("Face amount from each year (counted from the base year) on, until the next step.")
                .holding(ScheduleStep.OBJECT);
        public static final FormatField PROVIDER_ANNUAL_DEFAULT_PROBABILITY = value(
                InputField.BOND_DEFAULT_PROBABILITY.key(), PROBABILITY).byDefault("0").about("the chance the bond's provider fails in each year")
                .labelled("Provider default chance per year (0–1)");
        public static final FormatField RECOVERY_RATE = value(InputField.BOND_RECOVERY_RATE.key(), PROBABILITY)
                .byDefault("0")
                .about("the fraction of the face still realisable after the provider fails")
                .labelled("Recovery after provider default (fraction)")
                .helping("Share of the face still realisable: 0.4 is 40 %.");
        public static final FormatField GUARANTOR_FAILS_WITH_OPERATOR_PROBABILITY = value(
                InputField.GUARANTOR_FAILS_PROBABILITY.key(), PROBABILITY).byDefault("0")
                .about("the chance the guarantee is worth nothing")
                .labelled("Chance guarantor fails too (0–1)");
        public static final FormatField INITIAL_BALANCE = value(InputField.FUND_INITIAL_BALANCE.key(), NON_NEGATIVE)
                .byDefault("0")
                .measuring("money")
                .labelled("Initial balance");
        public static final FormatField ANNUAL_CONTRIBUTION = value(InputField.FUND_ANNUAL_CONTRIBUTION.key(),
                NON_NEGATIVE).byDefault("0")
                .measuring("money per year").about("paid at the end of each year before closure")
                .labelled("Yearly contribution").helping("Paid at the end of each year before closure.");
        public static final FormatField ANNUAL_RETURN = value("annualReturn", null).byDefault("0")
                .measuring("fraction, *per year*")
                .about("drawn afresh each year; not range-checked (the balance never falls below 0)")
                .labelled("Yearly return (fraction)").helping("Real return, drawn afresh each year: 0.03 is 3 %.");
        public static final FormatField ANNUAL_FEE_RATE = value(InputField.FUND_ANNUAL_FEE_RATE.key(), PROBABILITY)
                .byDefault("0")
                .measuring("fraction per year")
                .labelled("Yearly fee rate (fraction)").helping("0.005 is 0.5 % of the balance a year.");
        public static final FormatField DRAWDOWN = bool("drawdown").byDefault("false")
                .about("whether the fund pays each year's closure costs from closure on")
                .labelled("Pays closure costs")
                .helping("The fund pays each year's closure costs from the closure year on.");
        public static final FormatField PROVIDER = string("provider").example("\"Surety Co A\"")
                .about("names a provider of `providers[]`, whose failure year and recovery rate the bond takes "
                        + "(then without its own `providerAnnualDefaultProbability`, `recoveryRate` or `driver`)");
        public static final FormatField DRIVER = object("driver", EconomyFormat.DRIVER_EXAMPLE)
                .about("a bond's: ties its provider's yearly failure to a factor; a parent guarantee's: ties the "
                        + "guarantor's failure to the factor in the forfeiture year")
                .holding(EconomyFormat.Driver.OBJECT);
        public static final FormatField RETURN_DRIVER = object("returnDriver", EconomyFormat.DRIVER_EXAMPLE)
                .about("ties the yearly return to a factor: good years for the factor are good years for the fund")
                .holding(EconomyFormat.Driver.OBJECT);
        public static final FormatObject OBJECT = FormatObject.choosing("assurance[]", "Fields of another type are "
                + "refused.", TYPE,
                Variant.of("bond", TYPE, KIND, Common.NAME, Common.DESCRIPTION, AMOUNT, SCHEDULE,
                        PROVIDER_ANNUAL_DEFAULT_PROBABILITY, RECOVERY_RATE, PROVIDER, DRIVER),
                Variant.of("self-bond", TYPE, Common.NAME, Common.DESCRIPTION, AMOUNT),
                Variant.of("parent-guarantee", TYPE, Common.NAME, Common.DESCRIPTION, AMOUNT,
                        GUARANTOR_FAILS_WITH_OPERATOR_PROBABILITY, DRIVER),
                Variant.of("trust-fund", TYPE, Common.NAME, Common.DESCRIPTION, INITIAL_BALANCE, ANNUAL_CONTRIBUTION,
                        ANNUAL_RETURN, ANNUAL_FEE_RATE, DRAWDOWN, RETURN_DRIVER))
                .called("instrument");

        private Assurance() {
        }
    }

    /** {@code assurance[].schedule[]}: a bond's face amount by year. */
    public static final class ScheduleStep {
        public static final FormatField FROM_YEAR = integer("fromYear", Integer.MIN_VALUE, MAX_INT).asRequired()
                .measuring("absolute").about("`>= 0`, strictly increasing")
                .labelled("From year (after base year)");
        public static final FormatField AMOUNT = value(InputField.SCHEDULE_STEP_AMOUNT.key(), NON_NEGATIVE).asRequired()
                .measuring("money")
                .labelled("Amount");
        public static final FormatObject OBJECT = FormatObject.of("assurance[].schedule[]", "", FROM_YEAR, AMOUNT);

        private ScheduleStep() {
        }
    }
}
