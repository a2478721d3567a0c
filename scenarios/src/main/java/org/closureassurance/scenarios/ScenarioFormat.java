package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.FormatField.integer;
import static org.closureassurance.scenarios.FormatField.list;
import static org.closureassurance.scenarios.FormatField.number;
import static org.closureassurance.scenarios.FormatField.object;
import static org.closureassurance.scenarios.FormatField.string;
import static org.closureassurance.scenarios.FormatField.value;
import static org.closureassurance.scenarios.FormatField.word;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.closureassurance.scenarios.AssuranceFormat.Assurance;
import org.closureassurance.scenarios.AssuranceFormat.ScheduleStep;
import org.closureassurance.scenarios.CorrelationFormat.Correlation;
import org.closureassurance.scenarios.CostFormat.AccrualPoint;
import org.closureassurance.scenarios.CostFormat.CostItem;
import org.closureassurance.scenarios.CostFormat.IndirectCost;
import org.closureassurance.scenarios.FormatObject.Variant;
import org.closureassurance.scenarios.RehabilitationFormat.Recovery;
import org.closureassurance.scenarios.RehabilitationFormat.Rehabilitation;
import org.closureassurance.scenarios.RehabilitationFormat.Setback;
import org.closureassurance.scenarios.RiskEventFormat.RiskEvent;
import org.closureassurance.scenarios.ValueChecks.Bounds;
import org.closureassurance.scenarios.WaterFormat.Duration;
import org.closureassurance.scenarios.WaterFormat.Water;
import org.closureassurance.simulator.model.InputField;
import org.closureassurance.simulator.model.Sampling;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.model.SimulationSettings;
import org.closureassurance.simulator.value.EstimateClass;
import org.closureassurance.simulator.value.Pert;

/**
 * The scenario format {@code closure-assurance/1}, declared once: every object, every field
 * with its type, unit dimension, default, limits, words and meaning. The reader, the
 * validator and the writer take field names, defaults, limits and words from here, and the
 * field reference in docs/scenario-format.md is generated from it ({@link FieldReference}).
 * This class holds the top level, its single objects and the pieces every section shares;
 * each list section is declared in a file of its own ({@link CostFormat},
 * {@link CorrelationFormat}, {@link WaterFormat}, {@link RehabilitationFormat},
 * {@link RiskEventFormat}, {@link AssuranceFormat}, {@link OverrunFormat}, {@link RequirementFormat}).
 */
public final class ScenarioFormat {
    static final long MAX_INT = Integer.MAX_VALUE;
    static final Bounds NON_NEGATIVE = Bounds.NON_NEGATIVE;
    static final Bounds PROBABILITY = Bounds.UNIT_INTERVAL;

    private ScenarioFormat() {
    }

    /** Fields every list element has. */
    public static final class Common {
        public static final FormatField NAME = string("name").asRequired()
                .about("not empty, no `/`, no control characters, unique within its list")
                .labelled("Name").helping("Unique within its list; no \"/\".");
        public static final FormatField DESCRIPTION = string("description").about("free text")
                .labelled("Description");

        private Common() {
        }
    }

    /** The top level of a file. */
    public static final class Top {
        public static final FormatField FORMAT = string("format").asRequired()
                .example("\"" + Scenario.FORMAT + "\"")
                .about("exactly `closure-assurance/1`, also in files that use the additions of version 0.2 (optional "
                        + "fields of the same format)");
        public static final FormatField NAME = string("name").asRequired()
                .about("the scenario's name; no control characters")
                .labelled("Scenario name").helping("What the scenario is called in results and reports.");
        public static final FormatField DESCRIPTION = string("description").about("free text, shown in the report")
                .labelled("Description").helping("Free text: the site, whose view it takes, the sources.");
        public static final FormatField CURRENCY = string("currency").about("label for every money amount (`USD`)")
                .labelled("Currency").helping("Currency code such as USD. All amounts are real, at base-year prices.");
        public static final FormatField BASE_YEAR = integer("baseYear", 1, 9999)
                .about("the calendar year of absolute year 0, for labels")
                .labelled("Base year (calendar)").helping("The calendar year of year 0, such as 2026 (optional).");
        public static final FormatField SIMULATION = object("simulation", "{\"horizonYears\": 100}").asRequired()
                .labelled("Simulation")
                .holding(Simulation.OBJECT);
        public static final FormatField ECONOMICS = object(InputField.Section.ECONOMICS.key(),
                "{\"discountRate\": 0.03}").asRequired()
                .labelled("Economics")
                .holding(Economics.OBJECT);
        public static final FormatField CLOSURE_YEAR = value(InputField.CLOSURE_YEAR.key(), null).asRequired()
                .measuring("absolute year")
                .about("the year operations end; floored and clamped to `0 .. horizonYears - 1`")
                .labelled("Closure year (after base year)")
                .helping("Years after the base year when operations end: 0 is the base year (floored).");
        public static final FormatField FORFEITURE = object(InputField.Section.FORFEITURE.key(),
                "{\"mode\": \"at-closure\"}").asRequired()
                .labelled("Forfeiture")
                .holding(Forfeiture.OBJECT);
        public static final FormatField COST_ITEMS = list(InputField.Section.COST_ITEMS.key()).byDefault("[]")
                .labelled("Cost items")
                .holding(CostItem.OBJECT);
        public static final FormatField INDIRECT_COSTS = list(InputField.Section.INDIRECT_COSTS.key()).byDefault("[]")
                .labelled("Indirect costs")
                .holding(IndirectCost.OBJECT);
        public static final FormatField CORRELATIONS = list("correlations").byDefault("[]")
                .labelled("Correlations")
                .holding(Correlation.OBJECT);
        public static final FormatField WATER_TREATMENT = list(InputField.Section.WATER_TREATMENT.key())
                .byDefault("[]")
                .labelled("Water treatment")
                .holding(Water.OBJECT);
        public static final FormatField REHABILITATION = list(InputField.Section.REHABILITATION.key()).byDefault("[]")
                .labelled("Rehabilitation")
                .holding(Rehabilitation.OBJECT);
        public static final FormatField RISK_EVENTS = list(InputField.Section.RISK_EVENTS.key()).byDefault("[]")
                .labelled("Risk events")
                .holding(RiskEvent.OBJECT);
        public static final FormatField ASSURANCE = list(InputField.Section.ASSURANCE.key()).byDefault("[]")
                .labelled("Assurance")
                .holding(Assurance.OBJECT);
        public static final FormatField OVERRUNS = list(InputField.Section.OVERRUNS.key()).byDefault("[]")
                .labelled("Overruns")
                .holding(OverrunFormat.Overrun.OBJECT);
        public static final FormatField ECONOMY = object("economy", "{\"factors\": []}")
                .about("economic factors that drivers tie yearly events to")
                .holding(EconomyFormat.Economy.OBJECT);
        public static final FormatField PROVIDERS = list(InputField.Section.PROVIDERS.key()).byDefault("[]")
                .about("named sureties and banks; all bonds naming one fail together")
                .holding(EconomyFormat.Provider.OBJECT);
        public static final FormatField AFTER_FORFEITURE = object(InputField.Section.AFTER_FORFEITURE.key(),
                "{\"mobilisationDelayYears\": 2}").about("what the regulator's package adds once the operator has "
                + "walked away (below); none when left out")
                .holding(AfterForfeitureFormat.AfterForfeiture.OBJECT);
        public static final FormatField REQUIREMENTS = list("requirements").byDefault("[]")
                .about("regulatory rules whose demands the run tests against the liability")
                .holding(RequirementFormat.Requirement.OBJECT);
        public static final FormatObject OBJECT = FormatObject.of("the top level", "", FORMAT, NAME, DESCRIPTION,
                CURRENCY, BASE_YEAR, SIMULATION, ECONOMICS, CLOSURE_YEAR, FORFEITURE, COST_ITEMS, INDIRECT_COSTS,
                CORRELATIONS, WATER_TREATMENT, REHABILITATION, RISK_EVENTS, ASSURANCE, OVERRUNS, ECONOMY,
                PROVIDERS, AFTER_FORFEITURE, REQUIREMENTS);

        private Top() {
        }
    }

    /** {@code simulation}. */
    public static final class Simulation {
        public static final FormatField ITERATIONS = integer("iterations", 1, MAX_INT)
                .byDefault(Integer.toString(SimulationSettings.DEFAULT_ITERATIONS))
                .about("the command line and the app may override it, and refuse a run that would not fit in memory")
                .labelled("Iterations").helping("Monte Carlo iterations per run.");
        public static final FormatField SEED = integer("seed", Long.MIN_VALUE, Long.MAX_VALUE).byDefault("0")
                .about("the command line and the app may override it")
                .labelled("Random seed").helping("Master seed: the same seed and iterations give identical results.");
        public static final FormatField HORIZON_YEARS = integer("horizonYears", 1, SimulationSettings.MAX_HORIZON_YEARS)
                .asRequired().about("years simulated, `0 .. horizonYears - 1`")
                .labelled("Horizon (years)")
                .helping("Years simulated from the base year, 1 to 1000; the last simulated year is horizon - 1.");
        public static final FormatField SAMPLING = word("sampling", ids(Sampling.values(), Sampling::id))
                .byDefault("\"" + Sampling.MONTE_CARLO.id() + "\"")
                .about("`latin-hypercube` stratifies every sampled input")
                .labelled("Sampling").helping("Latin hypercube stratifies every sampled input.");
        public static final FormatObject OBJECT = FormatObject.of("simulation", "", ITERATIONS, SEED, HORIZON_YEARS,
                SAMPLING);

        private Simulation() {
        }
    }

    /** {@code economics}. */
    public static final class Economics {
        public static final FormatField DISCOUNT_RATE = value(InputField.DISCOUNT_RATE.key(), Bounds.ABOVE_MINUS_ONE)
                .asRequired()
                .measuring("fraction per year, real")
                .about("drawn once per iteration and used for every year; or a schedule, a list of steps "
                        + "(`economics.discountRate[]`, below); with a perpetual water stream `(1 + g)/(1 + r) < 1` "
                        + "for the last rate `r` and the escalation `g` in every draw (`r > 0` without escalation)")
                .labelled("Real discount rate (fraction)")
                .helping("A fraction, not a percentage: 0.03 is 3 % a year. Drawn once per iteration; above 0"
                        + " when any water stream is perpetual.");
        public static final FormatField REAL_COST_ESCALATION = value(InputField.REAL_COST_ESCALATION.key(),
                Bounds.ABOVE_MINUS_ONE)
                .byDefault("0").measuring("fraction per year, real")
                .about("`g`: every package flow in absolute year `s` is multiplied by `(1 + g)^s`; bonds, "
                        + "contributions and fund balances are not")
                .reaching(org.closureassurance.simulator.model.Economics.class,
                        org.closureassurance.simulator.model.Economics::realCostEscalation,
                        org.closureassurance.simulator.model.Economics::withEscalation);
        public static final FormatObject OBJECT = FormatObject.of(InputField.Section.ECONOMICS.key(), "", DISCOUNT_RATE,
                REAL_COST_ESCALATION);

        private Economics() {
        }
    }

    /** A step of a discount-rate schedule, {@code economics.discountRate[]}. */
    public static final class DiscountStep {
        /**
         * The latest year a step may start: the engine tabulates every year up to the last step,
         * and a step beyond ten thousand years changes no figure a regulator reads.
         */
        public static final int MAX_FROM_YEAR = 10_000;
        public static final FormatField FROM_YEAR = integer("fromYear", 0, MAX_FROM_YEAR).asRequired()
                .measuring("absolute year")
                .about("the first step at 0, each later step strictly later than the one before");
        public static final FormatField RATE = value(InputField.DISCOUNT_STEP_RATE.key(), Bounds.ABOVE_MINUS_ONE)
                .asRequired()
                .measuring("fraction per year, real")
                .about("the forward rate of every year from `fromYear` to the next step (the last step's for ever); "
                        + "the rate of year `s` discounts year `s + 1` back to `s`");
        public static final FormatObject OBJECT = FormatObject.of("economics.discountRate[]", "A schedule of "
                + "forward real rates by absolute year instead of one rate (a declining schedule such as the UK "
                + "Green Book's: 3.5 % from year 0, 3 % from 30, 2.5 % from 75, ...).", FROM_YEAR, RATE);

        private DiscountStep() {
        }
    }

    /** {@code forfeiture}: when the operator walks away. */
    public static final class Forfeiture {
        public static final FormatField MODE = word("mode", List.of("at-closure", "year", "annual-hazard")).asRequired()
                .about("`at-closure`: the operator walks away in the closure year; `year`: in a given year; "
                        + "`annual-hazard`: each year with a probability, possibly never")
                .labelled("Forfeiture")
                .helping("When the operator walks away and the regulator must close the mine with the assurance"
                        + " it holds.");
        public static final FormatField YEAR = value(InputField.FORFEITURE_YEAR.key(), null).asRequired()
                .measuring("absolute year")
                .about("floored and clamped to the horizon")
                .labelled("Forfeiture year (after base year)")
                .helping("Years after the base year when the operator walks away: 0 is the base year (floored).");
        public static final FormatField BEFORE_CLOSURE = value(InputField.FORFEITURE_BEFORE_CLOSURE.key(),
                PROBABILITY).byDefault("0")
                .measuring("probability per year").about("the chance of walking away in each year before closure")
                .labelled("Yearly chance before closure (0–1)")
                .helping("Probability of forfeiture in each year before the closure year.");
        public static final FormatField AFTER_CLOSURE = value(InputField.FORFEITURE_AFTER_CLOSURE.key(), PROBABILITY)
                .byDefault("0")
                .measuring("probability per year").about("the same from the closure year on")
                .labelled("Yearly chance after closure (0–1)")
                .helping("Probability of forfeiture in each year from the closure year on.");
        public static final FormatField DRIVER = object("driver", EconomyFormat.DRIVER_EXAMPLE)
                .about("ties both hazards to an economic factor")
                .holding(EconomyFormat.Driver.OBJECT);
        public static final FormatObject OBJECT = FormatObject.choosing("forfeiture", "", MODE,
                Variant.of("at-closure", MODE),
                Variant.of("year", MODE, YEAR),
                Variant.of("annual-hazard", MODE, BEFORE_CLOSURE, AFTER_CLOSURE, DRIVER));

        private Forfeiture() {
        }
    }

    /** The parts of a Quantity ({@code value}, {@code unit}) and of a rate ({@code value}, {@code per}). */
    public static final class Measure {
        public static final FormatField VALUE = value("value", null).asRequired()
                .labelled("Value");
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
                "lognormal", "discrete", "estimate-class")).asRequired()
                .labelled("Distribution");
        public static final FormatField MIN = number("min").asRequired()
                .labelled("Minimum");
        public static final FormatField MODE = number("mode").asRequired()
                .labelled("Most likely");
        public static final FormatField MAX = number("max").asRequired()
                .labelled("Maximum");
        public static final FormatField LAMBDA = number("lambda")
                .byDefault(org.closureassurance.scenarios.json.NumberText.format(Pert.DEFAULT_LAMBDA))
                .labelled("Weight of the mode");
        public static final FormatField MEAN = number("mean").asRequired()
                .labelled("Mean");
        public static final FormatField SD = number("sd").asRequired()
                .labelled("Standard deviation");
        /** A normal's optional truncation bounds. */
        public static final FormatField LOWEST = number("min")
                .labelled("Lower bound");
        public static final FormatField HIGHEST = number("max")
                .labelled("Upper bound");
        public static final FormatField VALUES = list("values").asRequired().example("[1, 2]")
                .labelled("Values");
        public static final FormatField WEIGHTS = list("weights").example("[1, 1]")
                .labelled("Weights");
        /** A log-normal by its percentiles, instead of {@code mean} and {@code sd}. */
        public static final FormatField P10 = number("p10").asRequired().labelled("10th percentile");
        public static final FormatField P90 = number("p90").asRequired().labelled("90th percentile");
        public static final FormatField CLASS = integer("class", EstimateClass.FIRST, EstimateClass.LAST).asRequired()
                .labelled("Estimate class");
        public static final FormatObject OBJECT = FormatObject.choosing("Value", "", DIST,
                Variant.of("uniform", DIST, MIN, MAX),
                Variant.of("triangular", DIST, MIN, MODE, MAX),
                Variant.of("pert", DIST, MIN, MODE, MAX, LAMBDA),
                Variant.of("normal", DIST, MEAN, SD, LOWEST, HIGHEST),
                Variant.of("lognormal", DIST, MEAN, SD, P10, P90),
                Variant.of("discrete", DIST, VALUES, WEIGHTS),
                Variant.of("estimate-class", DIST, CLASS));

        private Distribution() {
        }
    }

    /** The objects of the format in the order of the field reference. */
    public static List<FormatObject> objects() {
        return List.of(Top.OBJECT, Simulation.OBJECT, Economics.OBJECT, DiscountStep.OBJECT, Forfeiture.OBJECT,
                AfterForfeitureFormat.AfterForfeiture.OBJECT, CostItem.OBJECT,
                AccrualPoint.OBJECT, IndirectCost.OBJECT, Correlation.OBJECT, Water.OBJECT, Duration.OBJECT,
                Rehabilitation.OBJECT, Recovery.OBJECT, Setback.OBJECT, RiskEvent.OBJECT, Assurance.OBJECT,
                ScheduleStep.OBJECT, OverrunFormat.Overrun.OBJECT, EconomyFormat.Economy.OBJECT,
                EconomyFormat.Factor.OBJECT,
                EconomyFormat.FactorCorrelation.OBJECT, EconomyFormat.Driver.OBJECT, EconomyFormat.Provider.OBJECT,
                RequirementFormat.Requirement.OBJECT, RequirementFormat.Addon.OBJECT, RequirementFormat.Bracket.OBJECT);
    }

    /**
     * The object at {@code path} as the field reference heads it ({@code costItems[].accrual[]},
     * {@code forfeiture}), or null; the top level is {@link Top#OBJECT}. An object the format
     * shares between places (a {@code driver}) is declared once and found at each place through
     * the field that holds it.
     */
    public static FormatObject objectAt(String path) {
        for (FormatObject o : objects()) {
            if (o.path().equals(path)) {
                return o;
            }
        }
        int dot = path.lastIndexOf('.');
        FormatObject owner = dot < 0 ? Top.OBJECT : objectAt(path.substring(0, dot));
        String key = path.substring(dot + 1);
        boolean list = key.endsWith("[]");
        FormatField holder = owner == null ? null : owner.field(list ? key.substring(0, key.length() - 2) : key);
        if (holder == null || holder.object() == null || list != (holder.type() == FieldType.LIST)) {
            return null;
        }
        return holder.object().path().equals(path) ? holder.object() : holder.object().placedAt(path);
    }

    /**
     * How a form label says to read a number that measures {@code measure} within {@code bounds}:
     * what a year counts from, whether a rate is a fraction or a percentage; "" when plain.
     */
    static String readingOf(String measure, Bounds bounds) {
        String m = measure == null ? "" : measure;
        if (m.startsWith("closure-relative")) {
            return " (after closure)";
        }
        if (m.startsWith("absolute")) {
            return " (after base year)";
        }
        if (m.startsWith("percent")) {
            return " (%)";
        }
        if (m.startsWith("probability") || bounds == PROBABILITY) {
            return " (0–1)";
        }
        return m.startsWith("fraction") ? " (fraction)" : "";
    }

    static <E> List<String> ids(E[] values, Function<E, String> id) {
        List<String> out = new ArrayList<>();
        for (E e : values) {
            out.add(id.apply(e));
        }
        return out;
    }
}
