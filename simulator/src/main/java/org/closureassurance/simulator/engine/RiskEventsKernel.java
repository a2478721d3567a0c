package org.closureassurance.simulator.engine;

/**
 * The risk events kernel (docs/model.md, "One iteration"): each once-only event happens with its
 * probability in its year; each yearly event occurs at gaps drawn from its annual chance, up
 * to its maximum number of occurrences. Risk costs do not delay relinquishment.
 */
final class RiskEventsKernel {
    private final IterationContext ctx;
    private final RiskPlan[] risks;
    /** Each event's gaps between the years it strikes (its chance is the same every year). */
    private final GeometricGaps[] gaps;

    RiskEventsKernel(IterationContext ctx) {
        this.ctx = ctx;
        this.risks = ctx.plan.risks;
        this.gaps = new GeometricGaps[risks.length];
        for (int e = 0; e < risks.length; e++) {
            gaps[e] = new GeometricGaps();
        }
    }

    void apply() {
        for (int k = 0; k < risks.length; k++) {
            RiskPlan e = risks[k];
            if (e.perYear()) {
                yearly(e, gaps[k]);
            } else if (ctx.events.nextUniform() < ctx.x[e.probabilitySlot()]) {
                ctx.pkg.addAt(e.year(), ctx.x[e.costSlot()], false);
            }
        }
    }

    /** A yearly event from its first year to its last (the horizon when open-ended). */
    private void yearly(RiskPlan e, GeometricGaps gaps) {
        ClosurePackage pkg = ctx.pkg;
        double cost = ctx.x[e.costSlot()];
        long to = e.toYear() < 0 ? pkg.inside() - 1L : e.toYear();
        double p = ctx.x[e.probabilitySlot()];
        if (p >= 1) {
            long count = Math.min(to - e.fromYear() + 1, e.maxOccurrences());
            pkg.addLevel(e.fromYear(), count, cost, false);
            return;
        }
        long year = IterationContext.after(e.fromYear() - 1L, gaps.next(ctx.yearly.nextUniform(), p));
        int count = 0;
        while (year <= to && count < e.maxOccurrences()) {
            pkg.addAt(year, cost, false);
            count++;
            if (count < e.maxOccurrences()) {
                year = IterationContext.after(year, gaps.next(ctx.yearly.nextUniform(), p));
            }
        }
    }
}
