package org.closureassurance.simulator.engine;

import java.util.Arrays;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.closureassurance.simulator.random.RandomStream;

/**
 * The assurance kernel (docs/model.md, "One iteration"): the realisable assurance {@code A_t} for every
 * year, summed over the instruments (bonds with provider default and recovery, self-bonds,
 * parent guarantees, trust funds whose balance grows, pays fees and draws down after
 * closure), and each instrument's face and realisable value at forfeiture.
 */
final class AssuranceKernel implements InstrumentPlan.Realiser {
    private final IterationContext ctx;
    private final InstrumentPlan[] instruments;
    private final ContinuousSampler yearlyNormal;
    /** Each instrument's provider-default draw, keeping the logarithm of a default chance that does not change. */
    private final GeometricGaps[] defaults;

    AssuranceKernel(IterationContext ctx) {
        this.ctx = ctx;
        this.instruments = ctx.plan.instruments;
        this.yearlyNormal = ZigguratSampler.NormalizedGaussian.of(ctx.yearly);
        this.defaults = new GeometricGaps[instruments.length];
        for (int j = 0; j < instruments.length; j++) {
            defaults[j] = new GeometricGaps();
        }
    }

    void apply() {
        Arrays.fill(ctx.assurance, 0.0);
        IterationRecords rec = ctx.rec;
        int i = ctx.i;
        for (int j = 0; j < instruments.length; j++) {
            rec.instrumentRealisable[j][i] = instruments[j].realise(this, j);
        }
    }

    /**
     * A bond: its amount, or its schedule's step in force, every year; after the provider
     * defaults only the recovery share of it. Records the face at forfeiture, returns the realisable.
     */
    @Override
    public double bond(InstrumentPlan.Bond p, int j) {
        double[] x = ctx.x;
        double[] assurance = ctx.assurance;
        int forfeit = ctx.forfeit;
        long failYear = failYear(p, j);
        double recovery = x[p.recoverySlot()];
        double face = Double.NaN;
        double real = Double.NaN;
        int step = -1;
        int[] years = p.scheduleYears();
        for (int t = 0; t < ctx.horizon; t++) {
            double f;
            if (p.amountSlot() >= 0) {
                f = x[p.amountSlot()];
            } else {
                while (step + 1 < years.length && years[step + 1] <= t) {
                    step++;
                }
                f = step < 0 ? 0.0 : x[p.scheduleSlots()[step]];
            }
            double r = t < failYear ? f : recovery * f;
            assurance[t] += r;
            if (t == forfeit) {
                face = f;
                real = r;
            }
        }
        ctx.rec.instrumentFace[j][ctx.i] = face;
        return real;
    }

    /**
     * The year a bond's provider fails: its named provider's, shared by every bond it wrote; or
     * its own, from one uniform (independent) or year by year from a stream of its own (driven).
     * The independent draw's uniform is taken in every case, so later event draws stay put.
     */
    private long failYear(InstrumentPlan.Bond p, int j) {
        double u = ctx.events.nextUniform();
        if (p.provider() >= 0) {
            return ctx.providerFailYear[p.provider()];
        }
        double probability = ctx.x[p.defaultSlot()];
        return p.driver() == null ? defaults[j].next(u, probability)
                : p.driver().firstYear(ctx.factors, ctx.horizon, probability, ctx.own(EconomyPlan.instrumentPurpose(j)));
    }

    /** A self-bond: its face at forfeiture, realising nothing. */
    @Override
    public double selfBond(InstrumentPlan.SelfBond p, int j) {
        boolean forfeits = ctx.forfeit >= 0;
        ctx.rec.instrumentFace[j][ctx.i] = forfeits ? ctx.x[p.amountSlot()] : Double.NaN;
        return forfeits ? 0.0 : Double.NaN;
    }

    /**
     * A parent guarantee: its amount every year, or nothing when the guarantor fails with the
     * operator. With a driver the guarantor fails in year {@code t} when {@code sqrt(w) M_t +
     * sqrt(1-w) eps} falls below {@code Phi^-1(p)}, {@code eps} drawn once: at forfeiture that
     * is {@code M_T}, and each year of the timeline uses its own {@code M_t}.
     */
    @Override
    public double parentGuarantee(InstrumentPlan.ParentGuarantee p, int j) {
        boolean fails = ctx.events.nextUniform() < ctx.x[p.failSlot()];
        double amount = ctx.x[p.amountSlot()];
        double[] assurance = ctx.assurance;
        int forfeit = ctx.forfeit;
        double atForfeit = Double.NaN;
        DriverPlan driver = p.driver();
        double threshold = driver == null ? 0.0 : DriverPlan.threshold(ctx.x[p.failSlot()]);
        double eps = driver == null ? 0.0 : ctx.own(EconomyPlan.instrumentPurpose(j)).nextStandardNormal();
        for (int t = 0; t < ctx.horizon; t++) {
            boolean failsNow = driver == null ? fails : driver.score(ctx.factors, t, eps) < threshold;
            double r = failsNow ? 0.0 : amount;
            assurance[t] += r;
            if (t == forfeit) {
                atForfeit = r;
            }
        }
        ctx.rec.instrumentFace[j][ctx.i] = forfeit >= 0 ? amount : Double.NaN;
        return atForfeit;
    }

    /**
     * A trust fund: its balance each year, then grown by the year's return less fees, less the
     * year's drawdown after closure, plus contributions before closure. Face and realisable
     * value at forfeiture are both the balance then.
     */
    @Override
    public double trustFund(InstrumentPlan.TrustFund p, int j) {
        double[] x = ctx.x;
        double[] assurance = ctx.assurance;
        ClosurePackage pkg = ctx.pkg;
        int closure = ctx.closure;
        int forfeit = ctx.forfeit;
        double balance = x[p.initialSlot()];
        double fee = x[p.feeSlot()];
        double contribution = x[p.contributionSlot()];
        double atForfeit = Double.NaN;
        DriverPlan driver = p.returnDriver();
        RandomStream own = driver == null ? null : ctx.own(EconomyPlan.instrumentPurpose(j));
        for (int t = 0; t < ctx.horizon; t++) {
            assurance[t] += balance;
            if (t == forfeit) {
                atForfeit = balance;
            }
            double draw = p.drawdown() && t >= closure ? Math.min(pkg.flow(t - closure), balance) : 0.0;
            double ret = driver == null ? p.annualReturn().next(ctx.yearly, yearlyNormal)
                    : p.annualReturn().inverseCdf().fromNormalScore(driver.score(ctx.factors, t, own.nextStandardNormal()));
            balance = Math.max(0.0, (balance - draw) * (1.0 + ret - fee) + (t < closure ? contribution : 0.0));
            if (balance == 0.0 && t + 1 >= closure) {
                // Empty after closure: no contributions come and nothing grows from zero, so every
                // later balance is 0 (A_t gains nothing) and the remaining returns need not be drawn.
                if (forfeit > t) {
                    atForfeit = 0.0;
                }
                break;
            }
        }
        ctx.rec.instrumentFace[j][ctx.i] = atForfeit;
        return atForfeit;
    }
}
