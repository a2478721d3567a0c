package org.closureassurance.simulator.engine;

import org.closureassurance.simulator.model.InputField;

/**
 * The rehabilitation kernel (docs/model.md, "One iteration"): for each domain, establishment at its start,
 * the condition index stepped year by year to its target (exponential or logistic recovery,
 * with setbacks that cost rework), maintenance until completion, then monitoring. Records the
 * completion year and value, and fills the domain's condition fan for the timeline.
 */
final class RehabilitationKernel {
    private static final double COMPLETION_TOLERANCE = 1e-12;
    private final IterationContext ctx;
    private final DomainPlan[] domains;
    /** Each domain's setback gaps (its chance is the same every year of an iteration). */
    private final GeometricGaps[] setbacks;
    /** The value at relative year 0 of the domain being simulated, summed in flow order. */
    private double pv;
    /** The factor of indirect costs and overruns of this iteration. */
    private double mult;

    RehabilitationKernel(IterationContext ctx) {
        this.ctx = ctx;
        this.domains = ctx.plan.domains;
        this.setbacks = new GeometricGaps[domains.length];
        for (int d = 0; d < domains.length; d++) {
            setbacks[d] = new GeometricGaps();
        }
    }

    void apply() {
        if (domains.length == 0) {
            return;
        }
        mult = ctx.factor(ctx.plan.rehabIndirectSlots, ctx.plan.rehabOverrunSlots);
        double v0 = ctx.pkg.pow(ctx.closure);
        for (int d = 0; d < domains.length; d++) {
            DomainPlan p = domains[d];
            long start = ctx.startYear(ctx.x[p.startSlot()], InputField.DOMAIN_START_YEAR, p.name());
            double area = ctx.x[p.areaSlot()];
            pv = 0;
            establish(p, start, area);
            long complete = recover(p, d, start, area);
            maintain(p, d, start, area, complete);
            ctx.rec.domainPV[d][ctx.i] = v0 * pv;
        }
    }

    /** Establishment cost at the start year (a zero flow still marks the year for relinquishment). */
    private void establish(DomainPlan p, long start, double area) {
        if (p.establishmentSlot() >= 0) {
            pv += ctx.pkg.addAt(start, area * p.establishmentConversion() * ctx.x[p.establishmentSlot()] * mult, true);
        } else {
            ctx.pkg.addAt(start, 0.0, true);
        }
    }

    /**
     * Steps the condition index from the start year to the horizon, applying setbacks (and
     * their rework) until the target is reached, and writes the index into the domain's fan.
     * Returns the relative completion year, or -1 when the target is not reached.
     */
    private long recover(DomainPlan p, int d, long start, double area) {
        double[] x = ctx.x;
        double index = x[p.initialSlot()];
        double target = x[p.targetSlot()] - COMPLETION_TOLERANCE;
        boolean logistic = p.logistic();
        double growth = logistic ? Math.exp(x[p.rateSlot()]) : Math.exp(-x[p.rateSlot()]);
        double rework = p.reworkSlot() >= 0 ? area * p.reworkConversion() * x[p.reworkSlot()] * mult : 0.0;
        double setbackP = p.setbackProbabilitySlot() >= 0 ? x[p.setbackProbabilitySlot()] : 0.0;
        double keep = p.setbackLossSlot() >= 0 ? 1.0 - x[p.setbackLossSlot()] : 1.0;
        GeometricGaps gaps = setbacks[d];
        long nextSetback = IterationContext.after(0, gaps.next(ctx.yearly.nextUniform(), setbackP));
        double[] fan = ctx.condition[d];
        int earliest = p.earliestStart();
        int horizon = ctx.horizon;
        long startAbs = ctx.closure + start;
        fillBeforeStart(fan, earliest, (int) Math.min(startAbs, horizon), index);
        long complete = index >= target ? start : -1;
        if (startAbs < horizon && startAbs >= earliest) {
            fan[(int) (startAbs - earliest)] = index;
        }
        double state = geometricState(index, logistic);
        for (long step = 1; startAbs + step < horizon; step++) {
            state = grow(state, growth);
            index = logistic ? fromOdds(state) : 1.0 - state;
            if (complete < 0) {
                if (step == nextSetback) {
                    index *= keep;
                    state = geometricState(index, logistic);
                    pv += ctx.pkg.addAt(start + step, rework, true);
                    nextSetback = IterationContext.after(step, gaps.next(ctx.yearly.nextUniform(), setbackP));
                }
                if (index >= target) {
                    complete = start + step;
                }
            }
            int y = (int) (startAbs + step);
            if (y >= earliest) {
                fan[y - earliest] = index;
            }
        }
        return complete;
    }

    /** The initial condition in every fan year before the domain starts. */
    private static void fillBeforeStart(double[] fan, int earliest, int until, double index) {
        for (int y = earliest; y < until; y++) {
            fan[y - earliest] = index;
        }
    }

    /** Maintenance from the year after the start until completion (or the horizon), then monitoring. */
    private void maintain(DomainPlan p, int d, long start, double area, long complete) {
        double[] x = ctx.x;
        ClosurePackage pkg = ctx.pkg;
        long maintenanceEnd = complete >= 0 ? complete : pkg.inside() - 1;
        double maintenance = p.maintenanceSlot() >= 0
                ? area * p.maintenanceConversion() * x[p.maintenanceSlot()] * mult : 0.0;
        pv += pkg.addLevel(start + 1, maintenanceEnd - start, maintenance, true);
        if (complete >= 0) {
            pv += pkg.addLevel(complete + 1, p.monitoringYears(), x[p.monitoringSlot()] * mult, true);
            ctx.rec.domainCompletion[d][ctx.i] = (double) ctx.closure + complete;
        } else {
            pkg.markNever();
            ctx.rec.domainCompletion[d][ctx.i] = Double.NaN;
        }
    }

    /**
     * The quantity that one year of recovery multiplies by the domain's growth factor: the gap
     * {@code 1 - I} (exponential, factor {@code e^-rate}) or the odds {@code I / (1 - I)}
     * (logistic, factor {@code e^rate}). Stepping it keeps the yearly recurrence a single
     * multiplication, so years do not wait on a division; {@code I} follows from it.
     */
    static double geometricState(double index, boolean logistic) {
        return logistic ? index / (1.0 - index) : 1.0 - index;
    }

    /** One year's growth of the state; zero odds stay zero even under an infinite factor. */
    static double grow(double state, double growth) {
        double g = state * growth;
        return g != g ? 0.0 : g;
    }

    /** The index {@code o / (1 + o)} for odds {@code o}; infinite odds are the reference condition 1. */
    static double fromOdds(double odds) {
        return odds < Double.POSITIVE_INFINITY ? odds / (1.0 + odds) : 1.0;
    }
}
