package org.closureassurance.simulator.engine;

import org.closureassurance.simulator.model.InputPaths;
import org.closureassurance.simulator.model.StartYears;

/**
 * The liability kernel when money is valued by absolute year (docs/model.md, "Discount
 * schedules" and "After the operator walks away"): for every walk-away year {@code t}, the
 * value at {@code t} of the regulator's package, each flow escalated and discounted by the
 * absolute year it falls in. From closure on, the package is every flow in years {@code >= t};
 * before closure, the package built for closure with its relative year 0 put in year {@code t}
 * and accruing items scaled by their fraction. Every flow but water treatment moves
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
            throw ModelOverflowException.startYear(InputPaths.AFTER_FORFEITURE + "mobilisationDelayYears", drawn,
                    StartYears.MAX, ctx.i);
        }
        return drawn >= 0 ? (long) Math.floor(drawn) : 0;
    }

    /** {@code L_t} for {@code t >= C}, summed backward from the tail in year-0 money; and the planned package's value. */
    private void fromClosure(long delay, double care, double premium) {
        ScheduledPackage pkg = ctx.pkg.scheduled();
        DiscountCurve curve = ctx.curve;
        double[] liability = ctx.liability;
        int closure = ctx.closure;
        int window = pkg.window();
        long end = (long) closure + window;
        double water = pkg.waterTail() * curve.w(end);
        double works = pkg.worksTail() * curve.w(end + delay);
        double planned = (pkg.waterTail() + pkg.worksTail()) * curve.w(end);
        for (int k = window - 1; k >= 0; k--) {
            long s = (long) closure + k;
            double ws = curve.w(s);
            water += pkg.water(k) * ws;
            works += pkg.works(k) * curve.w(s + delay);
            planned += (pkg.water(k) + pkg.works(k)) * ws;
            if (s < ctx.horizon) {
                liability[(int) s] = premium * (water + works + care * curve.sum(s, delay)) / curve.p(s);
            }
        }
        ctx.plannedPV = planned;
    }

    /** {@code L_t} for {@code t < C}: the package built for closure, anchored at {@code t}, accrual applied. */
    private void beforeClosure(long delay, double care, double premium) {
        ScheduledPackage pkg = ctx.pkg.scheduled();
        DiscountCurve curve = ctx.curve;
        double[] perYear = ctx.itemPerYear;
        int window = pkg.window();
        for (int t = 0; t < ctx.closure; t++) {
            long end = (long) t + window;
            double value = pkg.waterTail() * curve.w(end) + pkg.worksTail() * curve.w(end + delay);
            for (int k = 0; k < window; k++) {
                value += pkg.water(k) * curve.w((long) t + k) + pkg.works(k) * curve.w((long) t + k + delay);
            }
            for (int j : accruing) {
                CostItemPlan c = items[j];
                value += (c.fractionByYear()[t] - 1.0) * perYear[j]
                        * curve.sum((long) t + c.startYear() + delay, c.durationYears());
            }
            ctx.liability[t] = premium * (value + care * curve.sum(t, delay)) / curve.p(t);
        }
    }
}
