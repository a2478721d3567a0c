package org.closureassurance.simulator.engine;

import org.closureassurance.simulator.model.InputField;
import org.closureassurance.simulator.model.InputKey;
import org.closureassurance.simulator.model.StartYears;

/**
 * The liability kernel when money is valued by absolute year (docs/model.md, "Discount
 * schedules" and "After the operator walks away"): for every walk-away year {@code t}, the
 * value at {@code t} of the regulator's package, each flow escalated and discounted by the
 * absolute year it falls in. From closure on, the package is every flow in years {@code >= t},
 * summed backward as {@code L_t = cost(t) + v_t L_(t+1)}; before closure, the package built for
 * closure with its relative year 0 put in year {@code t}, summed the same way from its own
 * tail, and accruing items scaled by their fraction. Every flow but water treatment moves
 * {@code D} years later, care and maintenance falls in years {@code t .. t+D-1}, and the whole
 * is multiplied by the third party's premium. Also gives the planned package's value at year 0
 * ({@code costPV}), which section 14 leaves as it was.
 */
final class WalkAwayValuation {
    private final IterationContext ctx;
    private final DiscountPlan plan;
    private final CostItemPlan[] items;
    private final int[] accruing;

    WalkAwayValuation(IterationContext ctx) {
        this.ctx = ctx;
        this.plan = ctx.plan.discount;
        this.items = ctx.plan.costItems;
        this.accruing = ctx.plan.accruingItems;
    }

    void apply() {
        double[] x = ctx.x;
        long delay = delayYears(x[plan.delaySlot()]);
        double care = x[plan.careSlot()];
        double premium = 1.0 + x[plan.premiumSlot()] / 100.0;
        fromClosure(delay, care, premium);
        beforeClosure(delay, care, premium);
    }

    /** {@code D = max(0, floor(drawn))}; a draw past the furthest year counted exactly is refused. */
    private long delayYears(double drawn) {
        if (drawn > StartYears.MAX) {
            throw ModelOverflowException.startYear(InputKey.of(InputField.MOBILISATION_DELAY).path(), drawn,
                    StartYears.MAX, ctx.iteration);
        }
        return drawn >= 0 ? (long) Math.floor(drawn) : 0;
    }

    /** {@code L_t} for {@code t >= C}, and the planned package's value at year 0. */
    private void fromClosure(long delay, double care, double premium) {
        ScheduledPackage pkg = ctx.pkg.scheduled();
        DiscountCurve curve = ctx.curve;
        double[] liability = ctx.liability;
        int closure = ctx.closure;
        int window = pkg.window();
        long end = (long) closure + window;
        double water = pkg.waterTail() * curve.escalation(end);
        double works = pkg.worksTail() * curve.moved(end, delay);
        double planned = (pkg.waterTail() + pkg.worksTail()) * curve.escalation(end);
        for (int k = window - 1; k >= 0; k--) {
            long s = (long) closure + k;
            double v = curve.v(s);
            double e = curve.escalation(s);
            planned = (pkg.water(k) + pkg.works(k)) * e + v * planned;
            if (delay > 0) {
                water = pkg.water(k) * e + v * water;
                works = pkg.works(k) * curve.moved(s, delay) + v * works;
            }
            if (s < ctx.horizon) {
                // Without a delay nothing moves and there is no care: the package is the planned one.
                liability[(int) s] = premium * (delay > 0 ? water + works + care * careValue(s, delay) : planned);
            }
        }
        ctx.plannedPV = curve.p(closure) * planned;
    }

    /** {@code L_t} for {@code t < C}: the package built for closure, anchored at {@code t}, accrual applied. */
    private void beforeClosure(long delay, double care, double premium) {
        ScheduledPackage pkg = ctx.pkg.scheduled();
        DiscountCurve curve = ctx.curve;
        for (int t = 0; t < ctx.closure; t++) {
            double value = delay > 0 ? movedValue(pkg, curve, t, delay) : plannedValue(pkg, curve, t);
            ctx.liability[t] = premium * (value + accrual(t, delay) + care * careValue(t, delay));
        }
    }

    /** The value at {@code t} of the package anchored at {@code t}, works moved {@code delay > 0} years. */
    private static double movedValue(ScheduledPackage pkg, DiscountCurve curve, int t, long delay) {
        int window = pkg.window();
        long end = (long) t + window;
        double water = pkg.waterTail() * curve.escalation(end);
        double works = pkg.worksTail() * curve.moved(end, delay);
        for (int k = window - 1; k >= 0; k--) {
            long s = (long) t + k;
            double v = curve.v(s);
            water = pkg.water(k) * curve.escalation(s) + v * water;
            works = pkg.works(k) * curve.moved(s, delay) + v * works;
        }
        return water + works;
    }

    /** The value at {@code t} of the package anchored at {@code t}, nothing moved. */
    private static double plannedValue(ScheduledPackage pkg, DiscountCurve curve, int t) {
        int window = pkg.window();
        long end = (long) t + window;
        double value = (pkg.waterTail() + pkg.worksTail()) * curve.escalation(end);
        for (int k = window - 1; k >= 0; k--) {
            long s = (long) t + k;
            value = (pkg.water(k) + pkg.works(k)) * curve.escalation(s) + curve.v(s) * value;
        }
        return value;
    }

    /** What accruing items have not yet accrued in year {@code t < C}, valued at {@code t} (0 or less). */
    private double accrual(int t, long delay) {
        if (accruing.length == 0) {
            return 0.0;
        }
        DiscountCurve curve = ctx.curve;
        double[] perYear = ctx.itemPerYear;
        double unaccrued = 0;
        for (int j : accruing) {
            CostItemPlan c = items[j];
            unaccrued += (c.fractionByYear()[t] - 1.0) * perYear[j]
                    * curve.sum((long) t + c.startYear() + delay, c.durationYears());
        }
        return unaccrued / curve.p(t);
    }

    /** The value at {@code t} of one base-year unit of care and maintenance in each year {@code t .. t+D-1}. */
    private double careValue(long t, long delay) {
        return delay == 0 ? 0.0 : ctx.curve.sum(t, delay) / ctx.curve.p(t);
    }
}
