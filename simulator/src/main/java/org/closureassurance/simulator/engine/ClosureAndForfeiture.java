package org.closureassurance.simulator.engine;

import org.closureassurance.simulator.random.RandomStream;

/**
 * The closure and forfeiture kernel (docs/model.md, "One iteration"): the iteration's closure year,
 * its forfeiture year (at closure, a given year, or drawn from annual hazards before and
 * after closure) and an empty closure package at its discount rate (or, with a schedule or
 * escalation, on the iteration's discount curve).
 */
final class ClosureAndForfeiture {
    private final IterationContext ctx;
    private final RunPlan plan;
    private final GeometricGaps hazardBefore = new GeometricGaps();
    private final GeometricGaps hazardAfter = new GeometricGaps();

    ClosureAndForfeiture(IterationContext ctx) {
        this.ctx = ctx;
        this.plan = ctx.plan;
    }

    void apply() {
        double[] x = ctx.x;
        int closure = RunPlan.floorClamp(x[plan.closureYearSlot], 0, ctx.horizon - 1);
        ctx.closure = closure;
        ctx.forfeit = switch (plan.forfeitureMode) {
            case AT_CLOSURE -> closure;
            case YEAR -> RunPlan.floorClamp(x[plan.forfeitureYearSlot], 0, ctx.horizon - 1);
            case HAZARD -> plan.economy.forfeiture == null ? hazardYear(closure) : drivenHazardYear(closure);
        };
        DiscountPlan discount = plan.discount;
        if (discount.general()) {
            ctx.curve.reset(x, discount.rateSlots(), x[discount.escalationSlot()]);
            ctx.pkg.reset(closure, ctx.curve);
        } else {
            ctx.pkg.reset(closure, x[plan.discountRateSlot]);
        }
    }

    /** The first year an annual hazard strikes: before closure at one rate, after at another; -1 if never. */
    private int hazardYear(int closure) {
        double u1 = ctx.events.nextUniform();
        double u2 = ctx.events.nextUniform();
        long before = hazardBefore.next(u1, ctx.x[plan.hazardBeforeSlot]);
        if (before < closure) {
            return (int) before;
        }
        long after = hazardAfter.next(u2, ctx.x[plan.hazardAfterSlot]);
        return after < ctx.horizon - closure ? (int) (closure + after) : -1;
    }

    /**
     * The first year a driven hazard strikes: in year {@code t} when {@code sqrt(w) M_t +
     * sqrt(1-w) eps_t} falls below {@code Phi^-1} of that year's hazard; -1 if never. The two
     * uniforms of the independent hazard are still taken, so the event draws after them stay
     * where they were.
     */
    private int drivenHazardYear(int closure) {
        ctx.events.nextUniform();
        ctx.events.nextUniform();
        DriverPlan driver = plan.economy.forfeiture;
        double before = DriverPlan.threshold(ctx.x[plan.hazardBeforeSlot]);
        double after = DriverPlan.threshold(ctx.x[plan.hazardAfterSlot]);
        RandomStream own = ctx.own(EconomyPlan.PURPOSE_FORFEITURE);
        for (int t = 0; t < ctx.horizon; t++) {
            if (driver.score(ctx.factors, t, own.nextStandardNormal()) < (t < closure ? before : after)) {
                return t;
            }
        }
        return -1;
    }
}
