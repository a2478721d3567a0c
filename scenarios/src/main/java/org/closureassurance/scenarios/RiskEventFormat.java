package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.FormatField.integer;
import static org.closureassurance.scenarios.FormatField.value;
import static org.closureassurance.scenarios.ScenarioFormat.MAX_INT;
import static org.closureassurance.scenarios.ScenarioFormat.NON_NEGATIVE;

import org.closureassurance.scenarios.ScenarioFormat.Common;
import org.closureassurance.simulator.model.InputField;

/**
 * The {@code riskEvents[]} section of the scenario format: one-off and per-year events with a
 * cost. Part of {@link ScenarioFormat}.
 */
public final class RiskEventFormat {
    private RiskEventFormat() {
    }

    /** {@code riskEvents[]}. */
    public static final class RiskEvent {
        public static final FormatField COST = value(InputField.RISK_COST.key(), NON_NEGATIVE).asRequired()
                .measuring("money")
                .about("per occurrence")
                .labelled("Cost").helping("Cost of each occurrence (drawn once per iteration).");
        public static final FormatField PROBABILITY = value(InputField.RISK_PROBABILITY.key(),
                ScenarioFormat.PROBABILITY).byDefault("1")
                .when("once-only events")
                .labelled("Probability (0–1)");
        public static final FormatField YEAR = integer("year", 0, MAX_INT).byDefault("0").when("once-only events")
                .measuring("closure-relative")
                .labelled("Year (after closure)").helping("0 is the first year after operations end.");
        public static final FormatField ANNUAL_PROBABILITY = value(InputField.RISK_ANNUAL_PROBABILITY.key(),
                ScenarioFormat.PROBABILITY)
                .when("per-year events").about("the chance in each year")
                .labelled("Chance per year (0–1)");
        public static final FormatField FROM_YEAR = integer("fromYear", 0, MAX_INT).byDefault("0")
                .when("per-year events").measuring("closure-relative")
                .labelled("From year (after closure)").helping("0 is the first year after operations end.");
        public static final FormatField TO_YEAR = integer("toYear", 0, MAX_INT)
                .when("the last year before the horizon; per-year events").measuring("closure-relative")
                .about("the last year it may happen, inclusive; not before `fromYear`")
                .labelled("To year (after closure)")
                .helping("Counted from closure, inclusive; empty: the last year before the horizon.");
        public static final FormatField MAX_OCCURRENCES = integer("maxOccurrences", 1, MAX_INT).byDefault("1")
                .when("per-year events")
                .labelled("At most (times)");
        public static final FormatObject OBJECT = FormatObject.of("riskEvents[]", "An event happens once (with "
                + "`probability`) or may happen each year (with `annualProbability`); giving `annualProbability` "
                + "makes it per-year, and the fields of the other kind are then refused.", Common.NAME,
                Common.DESCRIPTION, COST, PROBABILITY, YEAR, ANNUAL_PROBABILITY, FROM_YEAR, TO_YEAR, MAX_OCCURRENCES)
                .called("risk event");

        private RiskEvent() {
        }
    }
}
