package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.FormatField.integer;
import static org.closureassurance.scenarios.FormatField.object;
import static org.closureassurance.scenarios.FormatField.quantity;
import static org.closureassurance.scenarios.FormatField.rate;
import static org.closureassurance.scenarios.FormatField.value;
import static org.closureassurance.scenarios.FormatField.word;
import static org.closureassurance.scenarios.ScenarioFormat.MAX_INT;
import static org.closureassurance.scenarios.ScenarioFormat.NON_NEGATIVE;
import static org.closureassurance.scenarios.ScenarioFormat.PROBABILITY;
import static org.closureassurance.scenarios.ScenarioFormat.ids;

import org.closureassurance.scenarios.ScenarioFormat.Common;
import org.closureassurance.scenarios.ValueChecks.Bounds;
import org.closureassurance.scenarios.units.Dimension;
import org.closureassurance.simulator.model.InputField;
import org.closureassurance.simulator.model.RecoveryModel;

/**
 * The {@code rehabilitation[]} section of the scenario format: each domain, how its condition
 * recovers and what sets it back. Part of {@link ScenarioFormat}.
 */
public final class RehabilitationFormat {
    private RehabilitationFormat() {
    }

    /** {@code rehabilitation[]}. */
    public static final class Rehabilitation {
        public static final FormatField AREA = quantity(InputField.DOMAIN_AREA.key(), Dimension.AREA, NON_NEGATIVE)
                .asRequired()
                .labelled("Area").helping("Land to rehabilitate.");
        public static final FormatField START_YEAR = value(InputField.DOMAIN_START_YEAR.key(), null).byDefault("0")
                .measuring("closure-relative").about("floored; negative counts as 0; must not be able to exceed "
                        + "`1e15`: the year the domain is established")
                .labelled("Start year (after closure)")
                .helping("Years after closure of establishment: 0 is the first year after operations end (floored).");
        public static final FormatField ESTABLISHMENT_COST = rate(InputField.DOMAIN_ESTABLISHMENT_COST.key(),
                Dimension.AREA)
                .about("paid once, in the start year")
                .labelled("Establishment cost").helping("Cost per area in the start year (optional).");
        public static final FormatField MAINTENANCE_COST_PER_AREA_YEAR = rate(InputField.DOMAIN_MAINTENANCE_COST.key(),
                Dimension.AREA).about("paid each year after the start until the domain is complete")
                .labelled("Maintenance per year").helping("Cost per area in each year until complete (optional).");
        public static final FormatField MONITORING_YEARS = integer("monitoringYears", 0, MAX_INT).byDefault("0")
                .about("years of monitoring after completion")
                .labelled("Monitoring years").helping("Years of monitoring after completion.");
        public static final FormatField MONITORING_COST_PER_YEAR = value(InputField.DOMAIN_MONITORING_COST.key(),
                NON_NEGATIVE)
                .byDefault("0").measuring("money per year")
                .labelled("Monitoring cost per year");
        public static final FormatField RECOVERY = object(InputField.Group.RECOVERY.key(),
                "{\"model\": \"exponential\", \"rate\": 0.1, \"target\": 0.7}").asRequired()
                .labelled("Recovery")
                .holding(Recovery.OBJECT);
        public static final FormatField SETBACK = object(InputField.Group.SETBACK.key(),
                "{\"annualProbability\": 0.05, \"conditionLoss\": 0.5}")
                .labelled("Setbacks").helping("Fire, drought or erosion can knock the condition back.")
                .holding(Setback.OBJECT);
        public static final FormatObject OBJECT = FormatObject.of("rehabilitation[]", "", Common.NAME,
                Common.DESCRIPTION, AREA, START_YEAR, ESTABLISHMENT_COST, MAINTENANCE_COST_PER_AREA_YEAR,
                MONITORING_YEARS, MONITORING_COST_PER_YEAR, RECOVERY, SETBACK)
                .called("rehabilitation domain");

        private Rehabilitation() {
        }
    }

    /** {@code rehabilitation[].recovery}. */
    public static final class Recovery {
        public static final FormatField MODEL = word("model", ids(RecoveryModel.values(), RecoveryModel::id))
                .asRequired().about("`exponential`: the gap to 1 shrinks by the factor `e^-rate` each year; "
                        + "`logistic`: the odds grow by the factor `e^rate` each year")
                .labelled("Recovery model")
                .helping("How the condition index (0 bare, 1 reference ecosystem) recovers each year.");
        public static final FormatField RATE = value(InputField.RECOVERY_RATE.key(), NON_NEGATIVE).asRequired()
                .measuring("per year")
                .labelled("Recovery rate (fraction)")
                .helping("Yearly rate of the recovery model: 0.15 is 15 % a year.");
        public static final FormatField INITIAL_CONDITION = value(InputField.RECOVERY_INITIAL_CONDITION.key(),
                PROBABILITY).byDefault("0")
                .about("the condition at the start; `(0, 1]` for `logistic`")
                .labelled("Initial condition").helping("Condition index at the start, 0 to 1.");
        public static final FormatField TARGET = value(InputField.RECOVERY_TARGET.key(), Bounds.POSITIVE_FRACTION)
                .asRequired()
                .labelled("Target condition").helping("Condition index at which the domain is complete, in (0, 1].");
        public static final FormatObject OBJECT = FormatObject.of("rehabilitation[].recovery", "A condition index "
                + "from 0 (bare) to 1 (the reference ecosystem) that recovers each year; the domain is complete in "
                + "the first year it reaches `target`.", MODEL, RATE, INITIAL_CONDITION, TARGET);

        private Recovery() {
        }
    }

    /** {@code rehabilitation[].setback}. */
    public static final class Setback {
        public static final FormatField ANNUAL_PROBABILITY = value(InputField.SETBACK_ANNUAL_PROBABILITY.key(),
                PROBABILITY).byDefault("0")
                .about("the chance of a setback in each year")
                .labelled("Setback chance per year (0–1)");
        public static final FormatField CONDITION_LOSS = value(InputField.SETBACK_CONDITION_LOSS.key(), PROBABILITY)
                .byDefault("0")
                .about("the fraction of the index lost")
                .labelled("Condition lost (fraction)").helping("Fraction of the condition index lost: 0.3 is 30 %.");
        public static final FormatField REWORK_COST_PER_AREA = rate(InputField.SETBACK_REWORK_COST.key(),
                Dimension.AREA)
                .about("cost over the whole area for each setback")
                .labelled("Rework cost").helping("Cost per area of each setback (optional).");
        public static final FormatObject OBJECT = FormatObject.of("rehabilitation[].setback", "Each year fire, "
                + "drought or erosion may knock the index back.", ANNUAL_PROBABILITY, CONDITION_LOSS,
                REWORK_COST_PER_AREA);

        private Setback() {
        }
    }
}
