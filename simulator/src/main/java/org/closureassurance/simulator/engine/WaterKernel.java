package org.closureassurance.simulator.engine;

import org.closureassurance.simulator.model.InputField;

/**
 * The water treatment kernel (docs/model.md, "One iteration"): whether each stream is needed, and if so
 * its yearly cost and capital replacements for a finite duration (years, or decay to a
 * limit) or forever, into the closure package; records each stream's state, duration and
 * value.
 */
final class WaterKernel {
    private static final double WHOLE_YEAR_TOLERANCE = 1e-9;
    private final IterationContext ctx;
    private final WaterPlan[] streams;

    WaterKernel(IterationContext ctx) {
        this.ctx = ctx;
        this.streams = ctx.plan.water;
    }

    void apply() {
        if (streams.length == 0) {
            return;
        }
        double[] x = ctx.x;
        IterationRecords rec = ctx.rec;
        int i = ctx.i;
        double mult = ctx.factor(ctx.plan.waterIndirectSlots, ctx.plan.waterOverrunSlots);
        double v0 = ctx.pkg.pow(ctx.closure);
        ctx.pkg.kind(FlowKind.WATER);
        for (int w = 0; w < streams.length; w++) {
            WaterPlan s = streams[w];
            boolean needed = ctx.events.nextUniform() < x[s.probabilitySlot()];
            if (!needed) {
                rec.waterState[w][i] = IterationRecords.NOT_NEEDED;
                rec.waterDuration[w][i] = Double.NaN;
                rec.waterPV[w][i] = 0.0;
                continue;
            }
            long start = ctx.startYear(x[s.startSlot()], InputField.WATER_START_YEAR, s.name());
            double annual = x[s.fixedSlot()];
            if (s.flowSlot() >= 0) {
                annual += x[s.flowSlot()] * x[s.unitCostSlot()] * s.volumePerYearConversion();
            }
            annual *= mult;
            double capital = x[s.capitalSlot()] * mult;
            double pv = switch (s.durationType()) {
                case PERPETUAL -> perpetual(w, s, start, annual, capital);
                case YEARS, DECAY -> finite(w, s, start, annual, capital);
            };
            rec.waterPV[w][i] = v0 * pv;
        }
        ctx.pkg.kind(FlowKind.WORKS);
    }

    /** A stream treated forever from {@code start}: the yearly cost and the capital, replaced for ever if it is. */
    private double perpetual(int w, WaterPlan s, long start, double annual, double capital) {
        ClosurePackage pkg = ctx.pkg;
        int every = s.replacementEvery();
        double pv = pkg.addPerpetual(start, annual);
        pv += every > 0 ? pkg.addPeriodic(start, every, Long.MAX_VALUE, capital, false)
                : pkg.addAt(start, capital, false);
        ctx.rec.waterState[w][ctx.i] = IterationRecords.PERPETUAL;
        ctx.rec.waterDuration[w][ctx.i] = Double.POSITIVE_INFINITY;
        return pv;
    }

    /** A stream treated for its drawn duration: whole years, a fractional last year, capital each period. */
    private double finite(int w, WaterPlan s, long start, double annual, double capital) {
        ClosurePackage pkg = ctx.pkg;
        int every = s.replacementEvery();
        double d = duration(s);
        long full = (long) Math.floor(d);
        double frac = d - full;
        double pv = pkg.addLevel(start, full, annual, true);
        if (frac > 0) {
            pv += pkg.addAt(start + full, frac * annual, true);
        }
        if (d > 0) {
            long count = every > 0 ? (long) Math.ceil(d / every) : 1;
            pv += pkg.addPeriodic(start, every > 0 ? every : 1, count, capital, true);
        }
        ctx.rec.waterState[w][ctx.i] = IterationRecords.FINITE;
        ctx.rec.waterDuration[w][ctx.i] = d;
        return pv;
    }

    /** A finite stream's duration in years: never negative, snapped to whole years within 1e-9. */
    private double duration(WaterPlan s) {
        double[] x = ctx.x;
        double d = switch (s.durationType()) {
            case YEARS -> x[s.yearsSlot()];
            case DECAY -> decayYears(s);
            case PERPETUAL -> Double.POSITIVE_INFINITY;
        };
        if (!(d > 0)) {
            return 0.0;
        }
        double whole = Math.rint(d);
        if (Math.abs(d - whole) <= WHOLE_YEAR_TOLERANCE) {
            d = whole;
        }
        return Math.min(d, 1.0e12);
    }

    /** Years for the concentration to decay to its limit: half-lives times log2 of their ratio. */
    private double decayYears(WaterPlan s) {
        double[] x = ctx.x;
        double ratio = x[s.initialSlot()] * s.concentrationConversion() / x[s.limitSlot()];
        return ratio <= 1 ? 0.0 : x[s.halfLifeSlot()] * (Math.log(ratio) / Math.log(2.0));
    }
}
