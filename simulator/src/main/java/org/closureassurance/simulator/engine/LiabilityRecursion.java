package org.closureassurance.simulator.engine;

/**
 * The liability kernel (docs/model.md, "One iteration"): the walk-away liability {@code L_t} for every
 * year, backward from the horizon tail ({@code L_t = F_t + v L_{t+1}}) from closure on, and
 * before closure the liability at closure less what accruing items have not yet accrued.
 */
final class LiabilityRecursion {
    private final IterationContext ctx;
    private final CostItemPlan[] items;
    private final int[] accruing;

    LiabilityRecursion(IterationContext ctx) {
        this.ctx = ctx;
        this.items = ctx.plan.costItems;
        this.accruing = ctx.plan.accruingItems;
    }

    void apply() {
        ClosurePackage pkg = ctx.pkg;
        double[] liability = ctx.liability;
        int closure = ctx.closure;
        double v = pkg.v();
        double next = pkg.tail();
        for (int t = ctx.horizon - 1; t >= closure; t--) {
            next = pkg.flow(t - closure) + v * next;
            liability[t] = next;
        }
        double atClosure = liability[closure];
        double[] itemPV = ctx.itemPV;
        for (int t = 0; t < closure; t++) {
            double l = atClosure;
            for (int j : accruing) {
                l += (items[j].fractionByYear()[t] - 1.0) * itemPV[j];
            }
            liability[t] = l;
        }
    }
}
