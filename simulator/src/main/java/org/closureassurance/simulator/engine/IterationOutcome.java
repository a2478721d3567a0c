package org.closureassurance.simulator.engine;

import org.closureassurance.simulator.model.Scenario;

/**
 * The headline kernel: the iteration's cost at closure, undiscounted cost, relinquishment
 * year, and liability, assurance and public cost at forfeiture, into the records; an
 * iteration whose liability or assurance overflowed is refused, naming what overflowed.
 */
final class IterationOutcome {
    private final IterationContext ctx;

    IterationOutcome(IterationContext ctx) {
        this.ctx = ctx;
    }

    void apply() {
        ClosurePackage pkg = ctx.pkg;
        IterationRecords rec = ctx.rec;
        double[] liability = ctx.liability;
        double[] assurance = ctx.assurance;
        int i = ctx.i;
        int closure = ctx.closure;
        int forfeit = ctx.forfeit;
        checkFinite(closure, forfeit);
        rec.closureYear[i] = closure;
        rec.forfeitureYear[i] = forfeit;
        boolean general = ctx.plan.discount.general();
        rec.costPV[i] = general ? ctx.plannedPV : pkg.pow(closure) * liability[closure];
        rec.costUndiscounted[i] = pkg.undiscountedInside();
        long last = pkg.lastYear();
        rec.relinquishment[i] = pkg.never() ? Double.NaN
                : (last == Long.MIN_VALUE ? closure : (double) closure + last + 1);
        if (forfeit >= 0) {
            double l = liability[forfeit];
            double a = assurance[forfeit];
            rec.liability[i] = l;
            rec.assurance[i] = a;
            ctx.publicValue = general ? (1.0 - ctx.x[ctx.plan.discount.estateSlot()]) * ctx.discountFactor(forfeit)
                    : pkg.pow(forfeit);
            rec.publicCost[i] = general ? publicCost(l, a, forfeit) : Math.max(0.0, l - a) * pkg.pow(forfeit);
        } else {
            rec.liability[i] = Double.NaN;
            rec.assurance[i] = Double.NaN;
            rec.publicCost[i] = 0.0;
        }
    }

    /**
     * The shortfall less what the operator's estate returns, valued at year 0 through the
     * iteration's factors (docs/model.md, "After the operator walks away").
     */
    private double publicCost(double l, double a, int forfeit) {
        double estate = ctx.x[ctx.plan.discount.estateSlot()];
        return Math.max(0.0, l - a) * (1.0 - estate) * ctx.discountFactor(forfeit);
    }

    private void checkFinite(int closure, int forfeit) {
        double[] liability = ctx.liability;
        double[] assurance = ctx.assurance;
        if (!Double.isFinite(liability[closure]) || !Double.isFinite(assurance[closure])
                || (forfeit >= 0 && !(Double.isFinite(liability[forfeit]) && Double.isFinite(assurance[forfeit])))) {
            throw ModelOverflowException.inIteration(ctx.iteration, overflowing(closure));
        }
    }

    /** What overflowed: the first element whose own value did, else the whole. */
    private String overflowing(int closure) {
        Scenario s = ctx.plan.scenario;
        IterationRecords rec = ctx.rec;
        int i = ctx.i;
        for (int j = 0; j < ctx.itemPV.length; j++) {
            if (!Double.isFinite(ctx.itemPV[j])) {
                return "the value of costItems/" + s.costItems().get(j).name();
            }
        }
        for (int w = 0; w < ctx.plan.water.length; w++) {
            if (!Double.isFinite(rec.waterPV[w][i])) {
                return "the value of waterTreatment/" + ctx.plan.water[w].name();
            }
        }
        for (int d = 0; d < ctx.plan.domains.length; d++) {
            if (!Double.isFinite(rec.domainPV[d][i])) {
                return "the value of rehabilitation/" + ctx.plan.domains[d].name();
            }
        }
        return Double.isFinite(ctx.liability[closure]) ? "the realisable assurance (a trust fund's balance or the sum "
                + "of the instruments)" : "the walk-away liability (the sum of finite parts, or risk events)";
    }
}
