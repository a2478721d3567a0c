package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.FieldChecks.at;
import static org.closureassurance.scenarios.json.NumberText.format;

import java.util.List;
import java.util.Locale;
import org.closureassurance.scenarios.ScenarioFormat.Measure;
import org.closureassurance.scenarios.ScenarioFormat.Top;
import org.closureassurance.scenarios.ValueChecks.Bounds;
import org.closureassurance.scenarios.json.JsonPath;
import org.closureassurance.simulator.model.WaterDuration;
import org.closureassurance.simulator.model.WaterStream;
import org.closureassurance.simulator.value.Value;

/**
 * Checks of the discount rate against the water streams it values: above -1, above 0 when a
 * stream is perpetual, and low enough a perpetual stream stays within double precision.
 */
final class EconomicsChecks {
    /** Below this rate the perpetuity {@code (1 + r)/r} of even 1 a year leaves double precision. */
    private static final double SMALLEST_PERPETUAL_RATE = 1e-308;

    private EconomicsChecks() {
    }

    /** The discount rate must stay above -1, and above 0 when a stream is perpetual (docs/model.md). */
    static void checkDiscountRate(Value rate, boolean perpetualWater, List<ValidationError> out) {
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
    static void checkPerpetualValues(Value rate, List<WaterStream> water, List<ValidationError> out) {
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
