package org.closureassurance.simulator.engine;

/**
 * The cost items kernel (docs/model.md, "One iteration"): each item's amount, or quantity times unit cost,
 * with its indirect costs and overruns, spread level over its years in the closure package; each item's
 * value at closure is kept for accrual before closure.
 */
final class CostItemsKernel {
    private final IterationContext ctx;
    private final CostItemPlan[] items;

    CostItemsKernel(IterationContext ctx) {
        this.ctx = ctx;
        this.items = ctx.plan.costItems;
    }

    void apply() {
        double[] x = ctx.x;
        for (int j = 0; j < items.length; j++) {
            CostItemPlan c = items[j];
            double amount = c.amountSlot() >= 0 ? x[c.amountSlot()]
                    : x[c.quantitySlot()] * x[c.unitCostSlot()] * c.conversion();
            double perYear = amount * ctx.factor(c.indirectSlots(), ctx.plan.itemOverrunSlots[j]) / c.durationYears();
            ctx.itemPerYear[j] = perYear;
            ctx.itemPV[j] = ctx.pkg.addLevel(c.startYear(), c.durationYears(), perYear, true);
        }
    }
}
