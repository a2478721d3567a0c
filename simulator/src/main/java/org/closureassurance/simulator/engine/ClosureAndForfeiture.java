package org.closureassurance.simulator.engine;

/**
 * The closure and forfeiture kernel (docs/model.md, "One iteration"): the iteration's closure year,
 * its forfeiture year (at closure, a given year, or drawn from annual hazards before and
 * after closure) and an empty closure package at its discount rate (or, with a schedule or
 * escalation, on the iteration's discount curve).
 */
final class ClosureAndForfeiture {
    private final IterationContext ctx;
    private final RunPlan plan;

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
            case HAZARD -> hazardYear(closure);
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
        long before = IterationContext.geometric(u1, ctx.x[plan.hazardBeforeSlot]);
        if (before < closure) {
            return (int) before;
        }
        long after = IterationContext.geometric(u2, ctx.x[plan.hazardAfterSlot]);
        return after < ctx.horizon - closure ? (int) (closure + after) : -1;
    }
}
