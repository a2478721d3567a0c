package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.FormatField.integer;
import static org.closureassurance.scenarios.FormatField.object;
import static org.closureassurance.scenarios.FormatField.quantity;
import static org.closureassurance.scenarios.FormatField.rate;
import static org.closureassurance.scenarios.FormatField.value;
import static org.closureassurance.scenarios.FormatField.word;
import static org.closureassurance.scenarios.ScenarioFormat.MAX_INT;
import static org.closureassurance.scenarios.ScenarioFormat.NON_NEGATIVE;

import java.util.List;
import org.closureassurance.scenarios.FormatObject.Variant;
import org.closureassurance.scenarios.ScenarioFormat.Common;
import org.closureassurance.scenarios.ValueChecks.Bounds;
import org.closureassurance.scenarios.units.Dimension;
import org.closureassurance.simulator.model.InputField;

/**
 * The {@code waterTreatment[]} section of the scenario format: each treated stream and how long
 * its treatment lasts. Part of {@link ScenarioFormat}.
 */
public final class WaterFormat {
    private WaterFormat() {
    }

    /** {@code waterTreatment[]}. */
    public static final class Water {
        public static final FormatField PROBABILITY = value(InputField.WATER_PROBABILITY.key(),
                ScenarioFormat.PROBABILITY).byDefault("1")
                .about("the chance the stream is needed at all, decided once per iteration")
                .labelled("Probability needed (0–1)")
                .helping("Chance the stream needs treatment at all (drawn once per iteration).");
        public static final FormatField START_YEAR = value(InputField.WATER_START_YEAR.key(), null).byDefault("0")
                .measuring("closure-relative")
                .about("floored; negative counts as 0; must not be able to exceed `1e15`")
                .labelled("Start year (after closure)")
                .helping("Years after closure when treatment starts: 0 is the first year after operations end"
                        + " (floored).");
        public static final FormatField FLOW = quantity(InputField.WATER_FLOW.key(), Dimension.FLOW, NON_NEGATIVE)
                .when("with `unitCost`")
                .about("the volume treated each year")
                .labelled("Flow").helping("Water to treat; optional together with the unit cost.");
        public static final FormatField UNIT_COST = rate(InputField.WATER_UNIT_COST.key(), Dimension.VOLUME)
                .when("with `flow`")
                .labelled("Unit cost").helping("Treatment cost per volume of water.");
        public static final FormatField FIXED_ANNUAL_COST = value(InputField.WATER_FIXED_ANNUAL_COST.key(),
                NON_NEGATIVE).byDefault("0")
                .measuring("money per year").about("operating cost that does not depend on the flow")
                .labelled("Fixed annual cost").helping("Cost of each treatment year besides the volume.");
        public static final FormatField CAPITAL_COST = value(InputField.WATER_CAPITAL_COST.key(), NON_NEGATIVE)
                .byDefault("0")
                .measuring("money").about("falls in the first treatment year")
                .labelled("Capital cost").helping("Plant cost in the first treatment year.");
        public static final FormatField REPLACEMENT_EVERY_YEARS = integer("replacementEveryYears", 1, MAX_INT)
                .when("none (capital once)")
                .about("the capital falls again every so many years while treatment lasts")
                .labelled("Replace plant every (years)")
                .helping("Capital falls again every this many years; empty: once.");
        public static final FormatField DURATION = object(InputField.Group.DURATION.key(),
                "{\"type\": \"perpetual\"}").asRequired()
                .labelled("Duration")
                .holding(Duration.OBJECT);
        public static final FormatObject OBJECT = FormatObject.of("waterTreatment[]", "", Common.NAME,
                Common.DESCRIPTION, PROBABILITY, START_YEAR, FLOW, UNIT_COST, FIXED_ANNUAL_COST, CAPITAL_COST,
                REPLACEMENT_EVERY_YEARS, DURATION)
                .called("water stream");

        private Water() {
        }
    }

    /** {@code waterTreatment[].duration}: how long treatment lasts. */
    public static final class Duration {
        public static final FormatField TYPE = word("type", List.of("years", "decay", "perpetual")).asRequired()
                .about("`years`: treatment lasts that many years; `decay`: until a concentration that halves every "
                        + "`halfLifeYears` falls from `initialConcentration` to `limit`; `perpetual`: it never ends "
                        + "(valued in closed form, so the discount rate must be `> 0`)")
                .labelled("Duration").helping("How long treatment lasts once it starts.");
        public static final FormatField YEARS = value(InputField.WATER_DURATION_YEARS.key(), null).asRequired()
                .about("may be fractional; negative counts as 0")
                .labelled("Years of treatment").helping("May be fractional.");
        public static final FormatField INITIAL_CONCENTRATION = quantity(InputField.WATER_INITIAL_CONCENTRATION.key(),
                Dimension.CONCENTRATION, NON_NEGATIVE).asRequired()
                .labelled("Initial concentration").helping("Concentration when treatment starts.");
        public static final FormatField LIMIT = quantity(InputField.WATER_CONCENTRATION_LIMIT.key(),
                Dimension.CONCENTRATION, Bounds.POSITIVE)
                .asRequired()
                .labelled("Discharge limit").helping("Treatment stops when the concentration falls to this.");
        public static final FormatField HALF_LIFE_YEARS = value(InputField.WATER_HALF_LIFE_YEARS.key(), NON_NEGATIVE)
                .asRequired()
                .measuring("years")
                .labelled("Half-life (years)").helping("Years for the concentration to halve.");
        public static final FormatObject OBJECT = FormatObject.choosing("waterTreatment[].duration", "", TYPE,
                Variant.of("years", TYPE, YEARS),
                Variant.of("decay", TYPE, INITIAL_CONCENTRATION, LIMIT, HALF_LIFE_YEARS),
                Variant.of("perpetual", TYPE));

        private Duration() {
        }
    }
}
