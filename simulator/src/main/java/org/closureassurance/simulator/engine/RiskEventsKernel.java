package org.closureassurance.simulator.engine;

/**
 * The risk events kernel (docs/model.md, "One iteration"): each once-only event happens with its
 * probability in its year; each yearly event occurs at gaps drawn from its annual chance, up
 * to its maximum number of occurrences. Risk costs do not delay relinquishment.
 */
final class RiskEventsKernel {
    private final IterationContext ctx;
    private final RiskPlan[] risks;

    RiskEventsKernel(IterationContext ctx) {
        this.ctx = ctx;
        this.risks = ctx.plan.risks;
    }

    void apply() {
        for (RiskPlan e : risks) {
            if (e.perYear()) {
                yearly(e);
            } else if (ctx.events.nextUniform() < ctx.x[e.probabilitySlot()]) {
                ctx.pkg.addAt(e.year(), ctx.x[e.costSlot()], false);
            }
        }
    }

    /** A yearly event from its first year to its last (the horizon when open-ended). */
    private void yearly(RiskPlan e) {
        ClosurePackage pkg = ctx.pkg;
        double cost = ctx.x[e.costSlot()];
        long to = e.toYear() < 0 ? pkg.inside() - 1L : e.toYear();
        double p = ctx.x[e.probabilitySlot()];
        if (p >= 1) {
            long count = Math.min(to - e.fromYear() + 1, e.maxOccurrences());
            pkg.addLevel(e.fromYear(), count, cost, false);
            return;
        }
        long year = IterationContext.after(e.fromYear() - 1L, IterationContext.geometric(ctx.yearly.nextUniform(), p));
        int count = 0;
        while (year <= to && count < e.maxOccurrences()) {
            pkg.addAt(year, cost, false);
            count++;
            if (count < e.maxOccurrences()) {
                year = IterationContext.after(year, IterationContext.geometric(ctx.yearly.nextUniform(), p));
            }
        }
    }
}
