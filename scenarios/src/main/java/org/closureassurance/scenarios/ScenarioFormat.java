package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.FormatField.bool;
import static org.closureassurance.scenarios.FormatField.integer;
import static org.closureassurance.scenarios.FormatField.list;
import static org.closureassurance.scenarios.FormatField.number;
import static org.closureassurance.scenarios.FormatField.object;
import static org.closureassurance.scenarios.FormatField.quantity;
import static org.closureassurance.scenarios.FormatField.rate;
import static org.closureassurance.scenarios.FormatField.string;
import static org.closureassurance.scenarios.FormatField.strings;
import static org.closureassurance.scenarios.FormatField.value;
import static org.closureassurance.scenarios.FormatField.word;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.closureassurance.scenarios.FormatObject.Variant;
import org.closureassurance.scenarios.ValueChecks.Bounds;
import org.closureassurance.scenarios.units.Dimension;
import org.closureassurance.simulator.model.BondKind;
import org.closureassurance.simulator.model.RecoveryModel;
import org.closureassurance.simulator.model.Sampling;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.model.SimulationSettings;
import org.closureassurance.simulator.value.Pert;

/**
 * The scenario format {@code closure-assurance/1}, declared once: every object, every field
 * with its type, unit dimension, default, limits, words and meaning. The reader, the
 * validator and the writer take field names, defaults, limits and words from here, and the
 * field reference in docs/scenario-format.md is generated from it ({@link FieldReference}).
 */
public final class ScenarioFormat {
    private static final long MAX_INT = Integer.MAX_VALUE;
    private static final Bounds NON_NEGATIVE = Bounds.NON_NEGATIVE;
    private static final Bounds PROBABILITY = Bounds.UNIT_INTERVAL;

    private ScenarioFormat() {
    }

    /** Fields every list element has. */
    public static final class Common {
        public static final FormatField NAME = string("name").asRequired()
                .about("not empty, no `/`, no control characters, unique within its list");
        public static final FormatField DESCRIPTION = string("description").about("free text");

        private Common() {
        }
    }

    /** The top level of a file. */
    public static final class Top {
        public static final FormatField FORMAT = string("format").asRequired()
                .example("\"" + Scenario.FORMAT + "\"").about("exactly `closure-assurance/1`");
        public static final FormatField NAME = string("name").asRequired()
                .about("the scenario's name; no control characters");
        public static final FormatField DESCRIPTION = string("description").about("free text, shown in the report");
        public static final FormatField CURRENCY = string("currency").about("label for every money amount (`USD`)");
        public static final FormatField BASE_YEAR = integer("baseYear", 1, 9999)
                .about("the calendar year of absolute year 0, for labels");
        public static final FormatField SIMULATION = object("simulation", "{\"horizonYears\": 100}").asRequired();
        public static final FormatField ECONOMICS = object("economics", "{\"discountRate\": 0.03}").asRequired();
        public static final FormatField CLOSURE_YEAR = value("closureYear", null).asRequired()
                .measuring("absolute year")
                .about("the year operations end; floored and clamped to `0 .. horizonYears - 1`");
        public static final FormatField FORFEITURE = object("forfeiture", "{\"mode\": \"at-closure\"}").asRequired();
        public static final FormatField COST_ITEMS = list("costItems").byDefault("[]");
        public static final FormatField INDIRECT_COSTS = list("indirectCosts").byDefault("[]");
        public static final FormatField CORRELATIONS = list("correlations").byDefault("[]");
        public static final FormatField WATER_TREATMENT = list("waterTreatment").byDefault("[]");
        public static final FormatField REHABILITATION = list("rehabilitation").byDefault("[]");
        public static final FormatField RISK_EVENTS = list("riskEvents").byDefault("[]");
        public static final FormatField ASSURANCE = list("assurance").byDefault("[]");
        public static final FormatObject OBJECT = FormatObject.of("the top level", "", FORMAT, NAME, DESCRIPTION,
                CURRENCY, BASE_YEAR, SIMULATION, ECONOMICS, CLOSURE_YEAR, FORFEITURE, COST_ITEMS, INDIRECT_COSTS,
                CORRELATIONS, WATER_TREATMENT, REHABILITATION, RISK_EVENTS, ASSURANCE);

        private Top() {
        }
    }

    /** {@code simulation}. */
    public static final class Simulation {
        public static final FormatField ITERATIONS = integer("iterations", 1, MAX_INT)
                .byDefault(Integer.toString(SimulationSettings.DEFAULT_ITERATIONS))
                .about("the command line and the app may override it, and refuse a run that would not fit in memory");
        public static final FormatField SEED = integer("seed", Long.MIN_VALUE, Long.MAX_VALUE).byDefault("0")
                .about("the command line and the app may override it");
        public static final FormatField HORIZON_YEARS = integer("horizonYears", 1, SimulationSettings.MAX_HORIZON_YEARS)
                .asRequired().about("years simulated, `0 .. horizonYears - 1`");
        public static final FormatField SAMPLING = word("sampling", ids(Sampling.values(), Sampling::id))
                .byDefault("\"" + Sampling.MONTE_CARLO.id() + "\"")
                .about("`latin-hypercube` stratifies every sampled input");
        public static final FormatObject OBJECT = FormatObject.of("simulation", "", ITERATIONS, SEED, HORIZON_YEARS,
                SAMPLING);

        private Simulation() {
        }
    }

    /** {@code economics}. */
    public static final class Economics {
        public static final FormatField DISCOUNT_RATE = value("discountRate", Bounds.ABOVE_MINUS_ONE).asRequired()
                .measuring("fraction per year, real")
                .about("drawn once per iteration and used for every year; also `> 0` when any water stream is "
                        + "perpetual");
        public static final FormatObject OBJECT = FormatObject.of("economics", "", DISCOUNT_RATE);

        private Economics() {
        }
    }

    /** {@code forfeiture}: when the operator walks away. */
    public static final class Forfeiture {
        public static final FormatField MODE = word("mode", List.of("at-closure", "year", "annual-hazard")).asRequired()
                .about("`at-closure`: the operator walks away in the closure year; `year`: in a given year; "
                        + "`annual-hazard`: each year with a probability, possibly never");
        public static final FormatField YEAR = value("year", null).asRequired().measuring("absolute year")
                .about("floored and clamped to the horizon");
        public static final FormatField BEFORE_CLOSURE = value("beforeClosure", PROBABILITY).byDefault("0")
                .measuring("probability per year").about("the chance of walking away in each year before closure");
        public static final FormatField AFTER_CLOSURE = value("afterClosure", PROBABILITY).byDefault("0")
                .measuring("probability per year").about("the same from the closure year on");
        public static final FormatObject OBJECT = FormatObject.choosing("forfeiture", "", MODE,
                Variant.of("at-closure", MODE),
                Variant.of("year", MODE, YEAR),
                Variant.of("annual-hazard", MODE, BEFORE_CLOSURE, AFTER_CLOSURE));

        private Forfeiture() {
        }
    }

    /** {@code costItems[]}. */
    public static final class CostItem {
        public static final FormatField CATEGORY = string("category")
                .about("free label that `indirectCosts[].appliesTo` selects on (`earthworks`, `demolition`, ...)");
        public static final FormatField QUANTITY = quantity("quantity", null, NON_NEGATIVE).when("with `unitCost`");
        public static final FormatField UNIT_COST = rate("unitCost", null).when("with `quantity`")
                .about("`per` must measure the quantity's dimension");
        public static final FormatField AMOUNT = value("amount", NON_NEGATIVE).measuring("money")
                .when("instead of the two above");
        public static final FormatField START_YEAR = integer("startYear", 0, MAX_INT).byDefault("0")
                .measuring("closure-relative");
        public static final FormatField DURATION_YEARS = integer("durationYears", 1, MAX_INT).byDefault("1")
                .about("the cost is spread evenly over these years");
        public static final FormatField ACCRUAL = list("accrual").when("none (fraction 1)")
                .about("before closure only part of the disturbance exists (below)");
        public static final FormatObject OBJECT = FormatObject.of("costItems[]", "A cost is either `quantity` × "
                + "`unitCost` or a lump `amount`: give exactly one of the two forms.", Common.NAME,
                Common.DESCRIPTION, CATEGORY, QUANTITY, UNIT_COST, AMOUNT, START_YEAR, DURATION_YEARS, ACCRUAL);

        private CostItem() {
        }
    }

    /** {@code costItems[].accrual[]}. */
    public static final class AccrualPoint {
        public static final FormatField YEAR = integer("year", 0, MAX_INT).asRequired().measuring("absolute")
                .about("strictly increasing from point to point");
        public static final FormatField FRACTION = number("fraction").asRequired().within(NON_NEGATIVE)
                .about("the share of the cost owed if the operator walks away in that year; interpolated linearly "
                        + "between points, flat outside them");
        public static final FormatObject OBJECT = FormatObject.of("costItems[].accrual[]", "", YEAR, FRACTION);

        private AccrualPoint() {
        }
    }

    /** {@code indirectCosts[]}. */
    public static final class IndirectCost {
        public static final FormatField PERCENT = value("percent", NON_NEGATIVE).asRequired().measuring("percent")
                .about("added to every flow it applies to");
        public static final FormatField APPLIES_TO = strings("appliesTo").when("every cost item")
                .about("categories of cost items, plus `water-treatment` (every water stream) and `rehabilitation` "
                        + "(every domain); risk events never take indirect costs");
        public static final FormatObject OBJECT = FormatObject.of("indirectCosts[]", "", Common.NAME,
                Common.DESCRIPTION, PERCENT, APPLIES_TO);

        private IndirectCost() {
        }
    }

    /** {@code correlations[]}. */
    public static final class Correlation {
        public static final FormatField A = string("a").asRequired().example("\"closureYear\"")
                .measuring("input path")
                .about("names a sampled input (see [Paths](#paths)); differs from `b`; a pair appears once");
        public static final FormatField B = string("b").asRequired()
                .example("\"economics/discountRate\"").measuring("input path")
                .about("names another sampled input");
        public static final FormatField RHO = number("rho").asRequired().within(new Bounds(-1, true, 1, true))
                .about("the Spearman rank correlation; all pairs together must be consistent (positive definite)");
        public static final FormatObject OBJECT = FormatObject.of("correlations[]", "", A, B, RHO);

        private Correlation() {
        }
    }

    /** {@code waterTreatment[]}. */
    public static final class Water {
        public static final FormatField PROBABILITY = value("probability", ScenarioFormat.PROBABILITY).byDefault("1")
                .about("the chance the stream is needed at all, decided once per iteration");
        public static final FormatField START_YEAR = value("startYear", null).byDefault("0")
                .measuring("closure-relative")
                .about("floored; negative counts as 0; must not be able to exceed `1e15`");
        public static final FormatField FLOW = quantity("flow", Dimension.FLOW, NON_NEGATIVE).when("with `unitCost`")
                .about("the volume treated each year");
        public static final FormatField UNIT_COST = rate("unitCost", Dimension.VOLUME).when("with `flow`");
        public static final FormatField FIXED_ANNUAL_COST = value("fixedAnnualCost", NON_NEGATIVE).byDefault("0")
                .measuring("money per year").about("operating cost that does not depend on the flow");
        public static final FormatField CAPITAL_COST = value("capitalCost", NON_NEGATIVE).byDefault("0")
                .measuring("money").about("falls in the first treatment year");
        public static final FormatField REPLACEMENT_EVERY_YEARS = integer("replacementEveryYears", 1, MAX_INT)
                .when("none (capital once)")
                .about("the capital falls again every so many years while treatment lasts");
        public static final FormatField DURATION = object("duration", "{\"type\": \"perpetual\"}").asRequired();
        public static final FormatObject OBJECT = FormatObject.of("waterTreatment[]", "", Common.NAME,
                Common.DESCRIPTION, PROBABILITY, START_YEAR, FLOW, UNIT_COST, FIXED_ANNUAL_COST, CAPITAL_COST,
                REPLACEMENT_EVERY_YEARS, DURATION);

        private Water() {
        }
    }

    /** {@code waterTreatment[].duration}: how long treatment lasts. */
    public static final class Duration {
        public static final FormatField TYPE = word("type", List.of("years", "decay", "perpetual")).asRequired()
                .about("`years`: treatment lasts that many years; `decay`: until a concentration that halves every "
                        + "`halfLifeYears` falls from `initialConcentration` to `limit`; `perpetual`: it never ends "
                        + "(valued in closed form, so the discount rate must be `> 0`)");
        public static final FormatField YEARS = value("years", null).asRequired()
                .about("may be fractional; negative counts as 0");
        public static final FormatField INITIAL_CONCENTRATION = quantity("initialConcentration",
                Dimension.CONCENTRATION, NON_NEGATIVE).asRequired();
        public static final FormatField LIMIT = quantity("limit", Dimension.CONCENTRATION, Bounds.POSITIVE)
                .asRequired();
        public static final FormatField HALF_LIFE_YEARS = value("halfLifeYears", NON_NEGATIVE).asRequired()
                .measuring("years");
        public static final FormatObject OBJECT = FormatObject.choosing("waterTreatment[].duration", "", TYPE,
                Variant.of("years", TYPE, YEARS),
                Variant.of("decay", TYPE, INITIAL_CONCENTRATION, LIMIT, HALF_LIFE_YEARS),
                Variant.of("perpetual", TYPE));

        private Duration() {
        }
    }

    /** {@code rehabilitation[]}. */
    public static final class Rehabilitation {
        public static final FormatField AREA = quantity("area", Dimension.AREA, NON_NEGATIVE).asRequired();
        public static final FormatField START_YEAR = value("startYear", null).byDefault("0")
                .measuring("closure-relative").about("floored; negative counts as 0; must not be able to exceed "
                        + "`1e15`: the year the domain is established");
        public static final FormatField ESTABLISHMENT_COST = rate("establishmentCost", Dimension.AREA)
                .about("paid once, in the start year");
        public static final FormatField MAINTENANCE_COST_PER_AREA_YEAR = rate("maintenanceCostPerAreaYear",
                Dimension.AREA).about("paid each year after the start until the domain is complete");
        public static final FormatField MONITORING_YEARS = integer("monitoringYears", 0, MAX_INT).byDefault("0")
                .about("years of monitoring after completion");
        public static final FormatField MONITORING_COST_PER_YEAR = value("monitoringCostPerYear", NON_NEGATIVE)
                .byDefault("0").measuring("money per year");
        public static final FormatField RECOVERY = object("recovery",
                "{\"model\": \"exponential\", \"rate\": 0.1, \"target\": 0.7}").asRequired();
        public static final FormatField SETBACK = object("setback",
                "{\"annualProbability\": 0.05, \"conditionLoss\": 0.5}");
        public static final FormatObject OBJECT = FormatObject.of("rehabilitation[]", "", Common.NAME,
                Common.DESCRIPTION, AREA, START_YEAR, ESTABLISHMENT_COST, MAINTENANCE_COST_PER_AREA_YEAR,
                MONITORING_YEARS, MONITORING_COST_PER_YEAR, RECOVERY, SETBACK);

        private Rehabilitation() {
        }
    }

    /** {@code rehabilitation[].recovery}. */
    public static final class Recovery {
        public static final FormatField MODEL = word("model", ids(RecoveryModel.values(), RecoveryModel::id))
                .asRequired().about("`exponential`: the gap to 1 shrinks by the factor `e^-rate` each year; "
                        + "`logistic`: the odds grow by the factor `e^rate` each year");
        public static final FormatField RATE = value("rate", NON_NEGATIVE).asRequired().measuring("per year");
        public static final FormatField INITIAL_CONDITION = value("initialCondition", PROBABILITY).byDefault("0")
                .about("the condition at the start; `(0, 1]` for `logistic`");
        public static final FormatField TARGET = value("target", Bounds.POSITIVE_FRACTION).asRequired();
        public static final FormatObject OBJECT = FormatObject.of("rehabilitation[].recovery", "A condition index "
                + "from 0 (bare) to 1 (the reference ecosystem) that recovers each year; the domain is complete in "
                + "the first year it reaches `target`.", MODEL, RATE, INITIAL_CONDITION, TARGET);

        private Recovery() {
        }
    }

    /** {@code rehabilitation[].setback}. */
    public static final class Setback {
        public static final FormatField ANNUAL_PROBABILITY = value("annualProbability", PROBABILITY).byDefault("0")
                .about("the chance of a setback in each year");
        public static final FormatField CONDITION_LOSS = value("conditionLoss", PROBABILITY).byDefault("0")
                .about("the fraction of the index lost");
        public static final FormatField REWORK_COST_PER_AREA = rate("reworkCostPerArea", Dimension.AREA)
                .about("cost over the whole area for each setback");
        public static final FormatObject OBJECT = FormatObject.of("rehabilitation[].setback", "Each year fire, "
                + "drought or erosion may knock the index back.", ANNUAL_PROBABILITY, CONDITION_LOSS,
                REWORK_COST_PER_AREA);

        private Setback() {
        }
    }

    /** {@code riskEvents[]}. */
    public static final class RiskEvent {
        public static final FormatField COST = value("cost", NON_NEGATIVE).asRequired().measuring("money")
                .about("per occurrence");
        public static final FormatField PROBABILITY = value("probability", ScenarioFormat.PROBABILITY).byDefault("1")
                .when("once-only events");
        public static final FormatField YEAR = integer("year", 0, MAX_INT).byDefault("0").when("once-only events")
                .measuring("closure-relative");
        public static final FormatField ANNUAL_PROBABILITY = value("annualProbability", ScenarioFormat.PROBABILITY)
                .when("per-year events").about("the chance in each year");
        public static final FormatField FROM_YEAR = integer("fromYear", 0, MAX_INT).byDefault("0")
                .when("per-year events").measuring("closure-relative");
        public static final FormatField TO_YEAR = integer("toYear", 0, MAX_INT)
                .when("the last year before the horizon; per-year events").measuring("closure-relative")
                .about("the last year it may happen, inclusive; not before `fromYear`");
        public static final FormatField MAX_OCCURRENCES = integer("maxOccurrences", 1, MAX_INT).byDefault("1")
                .when("per-year events");
        public static final FormatObject OBJECT = FormatObject.of("riskEvents[]", "An event happens once (with "
                + "`probability`) or may happen each year (with `annualProbability`); giving `annualProbability` "
                + "makes it per-year, and the fields of the other kind are then refused.", Common.NAME,
                Common.DESCRIPTION, COST, PROBABILITY, YEAR, ANNUAL_PROBABILITY, FROM_YEAR, TO_YEAR, MAX_OCCURRENCES);

        private RiskEvent() {
        }
    }

    /** {@code assurance[]}: the financial assurance held. */
    public static final class Assurance {
        public static final FormatField TYPE = word("type", List.of("bond", "self-bond", "parent-guarantee",
                "trust-fund")).asRequired();
        public static final FormatField KIND = word("kind", ids(BondKind.values(), BondKind::id))
                .byDefault("\"" + BondKind.SURETY.id() + "\"").about("a label: all are valued alike");
        public static final FormatField AMOUNT = value("amount", NON_NEGATIVE).measuring("money")
                .when("required; a bond takes `amount` or `schedule`")
                .about("the face amount in every year; a self-bond is worth nothing when the operator walks away");
        public static final FormatField SCHEDULE = list("schedule")
                .example("[{\"fromYear\": 0, \"amount\": 1}]").when("`amount` or `schedule`")
                .about("at least one step (below); the face in year `t` is that of the last step with "
                        + "`fromYear <= t`, 0 before the first");
        public static final FormatField PROVIDER_ANNUAL_DEFAULT_PROBABILITY = value("providerAnnualDefaultProbability",
                PROBABILITY).byDefault("0").about("the chance the bond's provider fails in each year");
        public static final FormatField RECOVERY_RATE = value("recoveryRate", PROBABILITY).byDefault("0")
                .about("the fraction of the face still realisable after the provider fails");
        public static final FormatField GUARANTOR_FAILS_WITH_OPERATOR_PROBABILITY = value(
                "guarantorFailsWithOperatorProbability", PROBABILITY).byDefault("0")
                .about("the chance the guarantee is worth nothing");
        public static final FormatField INITIAL_BALANCE = value("initialBalance", NON_NEGATIVE).byDefault("0")
                .measuring("money");
        public static final FormatField ANNUAL_CONTRIBUTION = value("annualContribution", NON_NEGATIVE).byDefault("0")
                .measuring("money per year").about("paid at the end of each year before closure");
        public static final FormatField ANNUAL_RETURN = value("annualReturn", null).byDefault("0")
                .measuring("fraction, *per year*")
                .about("drawn afresh each year; not range-checked (the balance never falls below 0)");
        public static final FormatField ANNUAL_FEE_RATE = value("annualFeeRate", PROBABILITY).byDefault("0")
                .measuring("fraction per year");
        public static final FormatField DRAWDOWN = bool("drawdown").byDefault("false")
                .about("whether the fund pays each year's closure costs from closure on");
        public static final FormatObject OBJECT = FormatObject.choosing("assurance[]", "Fields of another type are "
                + "refused.", TYPE,
                Variant.of("bond", TYPE, KIND, Common.NAME, Common.DESCRIPTION, AMOUNT, SCHEDULE,
                        PROVIDER_ANNUAL_DEFAULT_PROBABILITY, RECOVERY_RATE),
                Variant.of("self-bond", TYPE, Common.NAME, Common.DESCRIPTION, AMOUNT),
                Variant.of("parent-guarantee", TYPE, Common.NAME, Common.DESCRIPTION, AMOUNT,
                        GUARANTOR_FAILS_WITH_OPERATOR_PROBABILITY),
                Variant.of("trust-fund", TYPE, Common.NAME, Common.DESCRIPTION, INITIAL_BALANCE, ANNUAL_CONTRIBUTION,
                        ANNUAL_RETURN, ANNUAL_FEE_RATE, DRAWDOWN));

        private Assurance() {
        }
    }

    /** {@code assurance[].schedule[]}: a bond's face amount by year. */
    public static final class ScheduleStep {
        public static final FormatField FROM_YEAR = integer("fromYear", Integer.MIN_VALUE, MAX_INT).asRequired()
                .measuring("absolute").about("`>= 0`, strictly increasing");
        public static final FormatField AMOUNT = value("amount", NON_NEGATIVE).asRequired().measuring("money");
        public static final FormatObject OBJECT = FormatObject.of("assurance[].schedule[]", "", FROM_YEAR, AMOUNT);

        private ScheduleStep() {
        }
    }

    /** The parts of a Quantity ({@code value}, {@code unit}) and of a rate ({@code value}, {@code per}). */
    public static final class Measure {
        public static final FormatField VALUE = value("value", null).asRequired();
        public static final FormatField UNIT = string("unit").asRequired();
        public static final FormatField PER = string("per").asRequired();

        private Measure() {
        }
    }

    /**
     * A distribution object of a Value ({@code {"dist": "triangular", "min": ..., ...}}); the
     * table of distributions in docs/scenario-format.md is written by hand.
     */
    public static final class Distribution {
        public static final FormatField DIST = word("dist", List.of("uniform", "triangular", "pert", "normal",
                "lognormal", "discrete")).asRequired();
        public static final FormatField MIN = number("min").asRequired();
        public static final FormatField MODE = number("mode").asRequired();
        public static final FormatField MAX = number("max").asRequired();
        public static final FormatField LAMBDA = number("lambda")
                .byDefault(org.closureassurance.scenarios.json.NumberText.format(Pert.DEFAULT_LAMBDA));
        public static final FormatField MEAN = number("mean").asRequired();
        public static final FormatField SD = number("sd").asRequired();
        /** A normal's optional truncation bounds. */
        public static final FormatField LOWEST = number("min");
        public static final FormatField HIGHEST = number("max");
        public static final FormatField VALUES = list("values").asRequired().example("[1, 2]");
        public static final FormatField WEIGHTS = list("weights").example("[1, 1]");
        public static final FormatObject OBJECT = FormatObject.choosing("Value", "", DIST,
                Variant.of("uniform", DIST, MIN, MAX),
                Variant.of("triangular", DIST, MIN, MODE, MAX),
                Variant.of("pert", DIST, MIN, MODE, MAX, LAMBDA),
                Variant.of("normal", DIST, MEAN, SD, LOWEST, HIGHEST),
                Variant.of("lognormal", DIST, MEAN, SD),
                Variant.of("discrete", DIST, VALUES, WEIGHTS));

        private Distribution() {
        }
    }

    /** The objects of the format in the order of the field reference. */
    public static List<FormatObject> objects() {
        return List.of(Top.OBJECT, Simulation.OBJECT, Economics.OBJECT, Forfeiture.OBJECT, CostItem.OBJECT,
                AccrualPoint.OBJECT, IndirectCost.OBJECT, Correlation.OBJECT, Water.OBJECT, Duration.OBJECT,
                Rehabilitation.OBJECT, Recovery.OBJECT, Setback.OBJECT, RiskEvent.OBJECT, Assurance.OBJECT,
                ScheduleStep.OBJECT);
    }

    private static <E> List<String> ids(E[] values, Function<E, String> id) {
        List<String> out = new ArrayList<>();
        for (E e : values) {
            out.add(id.apply(e));
        }
        return out;
    }
}
