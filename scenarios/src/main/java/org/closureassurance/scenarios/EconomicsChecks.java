package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.FieldChecks.at;
import static org.closureassurance.scenarios.json.NumberText.format;

import java.util.List;
import java.util.Locale;
import org.closureassurance.scenarios.ScenarioFormat.Measure;
import org.closureassurance.scenarios.ScenarioFormat.Top;
import org.closureassurance.scenarios.ValueChecks.Bounds;
import org.closureassurance.scenarios.json.JsonPath;
import org.closureassurance.simulator.model.DiscountStep;
import org.closureassurance.simulator.model.Economics;
import org.closureassurance.simulator.model.WaterDuration;
import org.closureassurance.simulator.model.WaterStream;
import org.closureassurance.simulator.value.Value;

/**
 * Checks of the discount rate (or schedule) and escalation against the water streams they
 * value: every rate above -1, the fields the schema binds to the model within their limits
 * ({@link BoundValues}: the escalation above -1), a schedule's steps from year 0 and strictly
 * later one after another, a perpetual stream's ratio {@code (1 + g)/(1 + r)} below 1 for the
 * last rate in every draw ({@code r > 0} without escalation), and low enough a perpetual stream
 * stays within double precision.
 */
final class EconomicsChecks {
    private static final String RATE_PATH = at(Top.ECONOMICS.name(), ScenarioFormat.Economics.DISCOUNT_RATE);
    private static final String ESCALATION_PATH = at(Top.ECONOMICS.name(),
            ScenarioFormat.Economics.REAL_COST_ESCALATION);
    /** Below this rate the perpetuity {@code (1 + r)/r} of even 1 a year leaves double precision. */
    private static final double SMALLEST_PERPETUAL_RATE = 1e-308;

    private EconomicsChecks() {
    }

    /**
     * Every problem of {@code economics}, given whether a water stream is perpetual and the
     * streams themselves (null elements, unreadable, are skipped). A single rate without
     * escalation is checked exactly as the 0.1 format checked it.
     */
    static void checkEconomics(Economics economics, boolean perpetualWater, List<WaterStream> water,
                               List<ValidationError> out) {
        Value g = economics.realCostEscalation();
        boolean escalated = !(g.isDegenerate() && g.lowerBound() == 0.0);
        int before = out.size();
        if (economics.isScheduled()) {
            checkSchedule(economics.discountSchedule(), out);
        } else {
            checkDiscountRate(economics.discountRate(), perpetualWater && !escalated, out);
        }
        BoundValues.check(Top.ECONOMICS.name(), ScenarioFormat.Economics.OBJECT, Economics.class, economics, out);
        if (out.size() != before) {
            return;
        }
        if (economics.isSingleRateWithoutEscalation()) {
            checkPerpetualValues(economics.discountRate(), water, out);
        } else if (perpetualWater) {
            checkConvergence(economics, escalated, out);
        }
    }

    /** A schedule's steps: the first at year 0, each later one strictly later, every rate above -1. */
    static void checkSchedule(List<DiscountStep> steps, List<ValidationError> out) {
        for (int i = 0; i < steps.size(); i++) {
            String step = JsonPath.index(RATE_PATH, i);
            String from = at(step, ScenarioFormat.DiscountStep.FROM_YEAR);
            int year = steps.get(i).fromYear();
            if (year < 0 || year > ScenarioFormat.DiscountStep.MAX_FROM_YEAR) {
                out.add(new ValidationError(from, "must be in 0.." + ScenarioFormat.DiscountStep.MAX_FROM_YEAR
                        + " (was " + year + ")"));
            } else if (i == 0 && year != 0) {
                out.add(new ValidationError(from, "the first step must start at year 0, so every year has a rate "
                        + "(was " + year + ")"));
            } else if (i > 0 && year <= steps.get(i - 1).fromYear()) {
                out.add(new ValidationError(from, "must be later than the previous step's fromYear (was " + year
                        + " after " + steps.get(i - 1).fromYear() + ")"));
            }
            FieldChecks.inRange(step, ScenarioFormat.DiscountStep.RATE, steps.get(i).rate(), out);
        }
    }

    /**
     * A perpetual flow is worth a finite amount only when {@code (1 + g) v < 1} for the rate that
     * holds for ever, in every draw: the escalation's support must lie below the last rate's.
     * Reported at the escalation when there is one, else at the last rate (then the 0.1 rule
     * {@code r > 0}); the message names both paths.
     */
    private static void checkConvergence(Economics economics, boolean escalated, List<ValidationError> out) {
        Value last = economics.lastRate();
        String lastPath = economics.isScheduled()
                ? at(JsonPath.index(RATE_PATH, economics.discountSchedule().size() - 1), ScenarioFormat.DiscountStep.RATE)
                : RATE_PATH;
        double highestG = economics.realCostEscalation().upperBound();
        double lowestR = last.lowerBound();
        if (!escalated) {
            ValueChecks.within(lastPath, last, Bounds.POSITIVE, "must be > 0 when a water stream is perpetual, as the "
                    + "rate that holds for ever (with " + ESCALATION_PATH + " 0)", out);
        } else if (!(highestG < lowestR)) {
            out.add(new ValidationError(ESCALATION_PATH, "must stay below the discount rate that holds for ever, "
                    + lastPath + ", in every draw when a water stream is perpetual: (1 + g)/(1 + r) must be < 1, "
                    + "or the stream's value diverges (g could reach " + format(highestG) + ", r could fall to "
                    + format(lowestR) + ")"));
        }
    }

    /** The discount rate must stay above -1, and above 0 when a stream is perpetual (docs/model.md). */
    private static void checkDiscountRate(Value rate, boolean perpetualWater, List<ValidationError> out) {
        String path = at(Top.ECONOMICS.name(), ScenarioFormat.Economics.DISCOUNT_RATE);
        int before = out.size();
        ValueChecks.within(path, rate, ScenarioFormat.Economics.DISCOUNT_RATE.bounds(), out);
        if (perpetualWater && out.size() == before) {
            ValueChecks.within(path, rate, Bounds.POSITIVE, "must be > 0 when a water stream is perpetual", out);
        }
        double lowest = rate.lowerBound();
        if (perpetualWater && out.size() == before && lowest > 0 && lowest < SMALLEST_PERPETUAL_RATE) {
            out.add(new ValidationError(path, "must be at least " + format(SMALLEST_PERPETUAL_RATE) + " when a water "
                    + "stream is perpetual: the value of 1 a year forever, (1 + r)/r, would exceed the largest "
                    + "number the simulator holds (about 1.8e308) (was " + format(lowest) + ")"));
        }
    }

    /**
     * A perpetual stream's yearly cost, at the lowest discount rate, must be worth a finite
     * double forever: its value {@code a (1 + r)/r} discounted over the years before it starts
     * would otherwise overflow in the run, which could then only name the stream. Judged on
     * the largest yearly cost (bounded inputs only; an unbounded draw is named by the engine)
     * and the earliest start, reported at the input that makes most of the cost. Call only
     * with a rate that passed {@link #checkDiscountRate}; null elements (unreadable) are skipped.
     */
    private static void checkPerpetualValues(Value rate, List<WaterStream> water, List<ValidationError> out) {
        double r = rate.lowerBound();
        if (!(r > 0) || Double.isInfinite(r)) {
            return;
        }
        for (int i = 0; i < water.size(); i++) {
            WaterStream w = water.get(i);
            if (w == null || !(w.duration() instanceof WaterDuration.Perpetual)
                    || !(w.probability().upperBound() > 0)) {
                continue;
            }
            double fixed = w.fixedAnnualCost().upperBound();
            double volume = w.flow() == null || w.unitCost() == null ? 0 : w.flow().value().upperBound()
                    * w.unitCost().value().upperBound() * WaterStream.volumePerYearConversion(w.flow(), w.unitCost());
            double yearly = fixed + volume;
            double start = Math.max(0, w.startYear().lowerBound());
            if (!(yearly > 0) || Double.isInfinite(yearly) || Double.isNaN(start)) {
                continue;
            }
            double logValue = Math.log(yearly) + Math.log1p(r) - Math.log(r) - start * Math.log1p(r);
            if (logValue > Math.log(Double.MAX_VALUE)) {
                String path = JsonPath.index(ScenarioFormat.Top.WATER_TREATMENT.name(), i);
                out.add(new ValidationError(fixed >= volume ? at(path, WaterFormat.Water.FIXED_ANNUAL_COST)
                        : at(at(path, WaterFormat.Water.UNIT_COST), Measure.VALUE), "makes the perpetual stream "
                        + "worth more than the largest number the simulator holds (about 1.8e308): up to "
                        + format(yearly) + " a year forever at a discount rate of " + format(r)
                        + " is worth about 1e" + String.format(Locale.ROOT, "%.0f", logValue / Math.log(10))
                        + "; lower the yearly cost or raise economics.discountRate"));
            }
        }
    }
}
