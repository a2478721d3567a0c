package org.closureassurance.simulator.engine;

/**
 * The requirements kernel (docs/model.md, "Regulatory requirements"): per iteration, the
 * year-0 value of one unit of public shortfall at forfeiture, from which every rule's public
 * cost follows in the summary, and each pooled scheme's contributions valued at year 0 — paid
 * at the end of every year before closure, or before forfeiture when the operator walks away
 * first, a payment at the end of year {@code t} worth {@code v^(t+1)}.
 */
final class RequirementsKernel {
    private final IterationContext ctx;
    private final RequirementsPlan plan;

    RequirementsKernel(IterationContext ctx) {
        this.ctx = ctx;
        this.plan = ctx.plan.requirements;
    }

    void apply() {
        if (plan.rules.length == 0) {
            return;
        }
        IterationRecords rec = ctx.rec;
        int i = ctx.i;
        rec.forfeitValue[i] = ctx.forfeit >= 0 ? ctx.publicValue : 0.0;
        int years = ctx.forfeit >= 0 ? Math.min(ctx.closure, ctx.forfeit) : ctx.closure;
        for (int r = 0; r < plan.rules.length; r++) {
            int row = plan.pooledRow[r];
            if (row >= 0) {
                rec.contributionPV[row][i] = plan.contribution[r] * paymentsValue(years);
            }
        }
    }

    /** The year-0 value of 1 paid at the end of each of years {@code 0 .. years-1}. */
    private double paymentsValue(int years) {
        double s = 0;
        for (int t = 0; t < years; t++) {
            s += ctx.discountFactor(t + 1);
        }
        return s;
    }
}
