package org.closureassurance.simulator.portfolio;

import org.closureassurance.simulator.engine.DiscountCurve;
import org.closureassurance.simulator.random.RandomStream;

/**
 * Carries a {@link SimpleSiteModel} through one iteration on one worker (docs/model.md,
 * "Portfolios"). The walk-away package in year {@code t < C + closureDurationYears} is one
 * flow {@code estimate × multiplier} moved {@code D} years later, plus care and maintenance in
 * years {@code t .. t+D-1}, times the third party's premium, every flow escalated and
 * discounted by the absolute year it falls in; from {@code C + closureDurationYears} on the
 * site holds no liability and cannot forfeit.
 */
final class SimpleSiteRunner implements SiteRunner {
    private final SimpleSiteModel site;
    private final int horizon;
    private final RandomStream main = new RandomStream();
    private final RandomStream own = new RandomStream();
    private final double[] faces;
    private final double[] probabilities;
    private final HazardPath beforePath;
    private final HazardPath afterPath;
    /** The iteration being simulated and its closure year, for the instruments. */
    private long iteration;
    private int iter;
    private int closure;

    SimpleSiteRunner(SimpleSiteModel site) {
        this.site = site;
        this.horizon = site.horizon;
        int steps = 1;
        for (SimpleInstrument i : site.instruments) {
            if (i instanceof SimpleInstrument.Bond b) {
                steps = Math.max(steps, b.years().length);
            }
        }
        this.faces = new double[steps];
        boolean ownPath = site.mode == SimpleSiteModel.Mode.HAZARD && site.beforeKey < 0 && site.hazardFactor >= 0;
        this.probabilities = ownPath ? new double[horizon] : null;
        this.beforePath = ownPath ? new HazardPath(horizon) : null;
        this.afterPath = ownPath ? new HazardPath(horizon) : null;
    }

    @Override
    public void simulate(SharedWorld world, SiteOutcome out, IterationSums sums) {
        iteration = world.iteration();
        iter = (int) iteration;
        main.reset(RandomStream.seedFor(site.nameSeed, iteration, WorldPlan.PURPOSE_SITE));
        double flow = site.estimate * site.multiplier.next(main, iter);
        closure = SimpleSiteModel.floorClamp(site.closureYear.next(main, iter), 0, horizon - 1);
        int end = (int) Math.min((long) closure + site.closureDurationYears, horizon);
        int forfeit = forfeitureYear(world, end);
        long delay = delayYears(site.delay.next(main, iter));
        double care = site.care.next(main, iter);
        double premium = 1.0 + site.premium.next(main, iter) / 100.0;
        double estate = site.estateRecovery.next(main, iter);
        DiscountCurve curve = world.curve();
        if (sums.wantsYears()) {
            sums.addWalkAway(end, delay, premium * flow, premium * care, curve);
        }
        double assurance = 0.0;
        for (int j = 0; j < site.instruments.length; j++) {
            assurance += realise(site.instruments[j], j, world, forfeit, sums);
        }
        if (forfeit < 0) {
            out.operates(closure);
            return;
        }
        double liability = premium * (flow * curve.moved(forfeit, delay)
                + (delay == 0 ? 0.0 : care * curve.sum(forfeit, delay) / curve.p(forfeit)));
        out.forfeits(closure, forfeit, liability, assurance, estate);
    }

    /** {@code D = max(0, floor(drawn))}. */
    private static long delayYears(double drawn) {
        return drawn >= 0 ? (long) Math.floor(drawn) : 0;
    }

    /** The forfeiture year in {@code 0 .. end-1}, or -1 when the operator does not walk away before the site closes. */
    private int forfeitureYear(SharedWorld world, int end) {
        return switch (site.mode) {
            case AT_CLOSURE -> closure;
            case YEAR -> {
                int t = SimpleSiteModel.floorClamp(site.forfeitureYear.next(main, iter), 0, horizon - 1);
                yield t < end ? t : -1;
            }
            case HAZARD -> hazardYear(world, end);
        };
    }

    /**
     * The first year of the site's hazard: one exponential draw {@code e} read against the
     * cumulative hazard before closure over years {@code 0 .. C-1}, and what is left of it
     * against the hazard after closure over {@code C .. end-1}.
     */
    private int hazardYear(SharedWorld world, int end) {
        double pb = site.before.next(main, iter);
        double pa = site.after.next(main, iter);
        double e = -Math.log(main.nextUniform());
        HazardPath b;
        HazardPath a;
        if (site.beforeKey >= 0) {
            b = world.hazard(site.beforeKey);
            a = world.hazard(site.afterKey);
        } else if (site.hazardFactor < 0) {
            return flatYear(e, HazardPath.increment(pb), HazardPath.increment(pa), end);
        } else {
            world.conditional(WorldPlan.threshold(pb), site.hazardFactor, site.hazardWeight, probabilities);
            beforePath.fill(probabilities, horizon);
            world.conditional(WorldPlan.threshold(pa), site.hazardFactor, site.hazardWeight, probabilities);
            afterPath.fill(probabilities, horizon);
            b = beforePath;
            a = afterPath;
        }
        int t = b.firstYear(e, 0, closure);
        if (t >= 0) {
            return t;
        }
        return a.firstYear(e - (b.cumulative(closure) - b.cumulative(0)), closure, end);
    }

    /** The same for hazards constant over the years: {@code Λ_t} is linear, so the year is a division. */
    private int flatYear(double e, double hb, double ha, int end) {
        if (hb > 0) {
            double k = Math.floor(e / hb);
            if (k < closure) {
                return (int) k;
            }
        }
        double rest = e - hb * closure;
        if (!(ha > 0)) {
            return -1;
        }
        double k = Math.floor(Math.max(rest, 0.0) / ha);
        return k < end - closure ? closure + (int) k : -1;
    }

    /** Instrument {@code j}'s realisable value at {@code forfeit} (0 without forfeiture); adds its {@code A_t}. */
    private double realise(SimpleInstrument instrument, int j, SharedWorld world, int forfeit, IterationSums sums) {
        if (instrument instanceof SimpleInstrument.Bond b) {
            return bond(b, j, world, forfeit, sums);
        }
        if (instrument instanceof SimpleInstrument.Guarantee g) {
            return guarantee(g, world, forfeit, sums);
        }
        if (instrument instanceof SimpleInstrument.Trust t) {
            return trust(t, j, world, forfeit, sums);
        }
        return 0.0;
    }

    /**
     * A bond: its face (its amount, or the last schedule step with {@code fromYear <= t}, else 0)
     * every year, and after its provider fails only the recovery share of it.
     */
    private double bond(SimpleInstrument.Bond b, int j, SharedWorld world, int forfeit, IterationSums sums) {
        int[] years = b.years();
        for (int k = 0; k < years.length; k++) {
            faces[k] = b.amounts()[k].next(main, iter);
        }
        long fails;
        double recovery;
        if (b.provider() >= 0) {
            fails = world.providerFailYears()[b.provider()];
            recovery = world.providerRecoveryRates()[b.provider()];
            sums.addBondFace(b.provider(), faceAt(years, 0));
        } else {
            double p = b.defaultProbability().next(main, iter);
            recovery = b.recovery().next(main, iter);
            fails = b.factor() < 0 ? SharedWorld.geometric(main.nextUniform(), p) : drivenFailure(b, j, world, p);
        }
        if (sums.wantsYears()) {
            for (int k = 0; k < years.length; k++) {
                long from = years[k];
                long to = k + 1 < years.length ? years[k + 1] : horizon;
                sums.addAssuranceRange(from, Math.min(to, fails), faces[k]);
                sums.addAssuranceRange(Math.max(from, fails), to, recovery * faces[k]);
            }
        }
        if (forfeit < 0) {
            return 0.0;
        }
        double face = faceAt(years, forfeit);
        return forfeit < fails ? face : recovery * face;
    }

    /** The face in year {@code t}: the last step starting at or before {@code t}, else 0. */
    private double faceAt(int[] years, int t) {
        double face = 0.0;
        for (int k = 0; k < years.length && years[k] <= t; k++) {
            face = faces[k];
        }
        return face;
    }

    /** A driven bond provider's first failing year: {@code sqrt(w) M_t + sqrt(1-w) eps_t < Phi^-1(p)}. */
    private long drivenFailure(SimpleInstrument.Bond b, int j, SharedWorld world, double p) {
        RandomStream s = own(j);
        double threshold = WorldPlan.threshold(p);
        double[] m = world.factorPaths()[b.factor()];
        for (int t = 0; t < horizon; t++) {
            if (b.loading() * m[t] + b.residual() * s.nextStandardNormal() < threshold) {
                return t;
            }
        }
        return Long.MAX_VALUE;
    }

    /**
     * A parent guarantee: its amount, or 0 when the guarantor fails with the operator; with a
     * driver it fails in year {@code t} when {@code sqrt(w) M_t + sqrt(1-w) eps < Phi^-1(p)},
     * {@code eps} drawn once, read at {@code T} for the outcome and at each {@code t} for the timeline.
     */
    private double guarantee(SimpleInstrument.Guarantee g, SharedWorld world, int forfeit, IterationSums sums) {
        double amount = g.amount().next(main, iter);
        double p = g.failProbability().next(main, iter);
        if (g.factor() < 0) {
            boolean fails = main.nextUniform() < p;
            if (sums.wantsYears() && !fails) {
                sums.addAssuranceUntil(horizon, amount);
            }
            return forfeit < 0 || fails ? 0.0 : amount;
        }
        double eps = main.nextStandardNormal();
        double threshold = WorldPlan.threshold(p);
        double[] m = world.factorPaths()[g.factor()];
        if (sums.wantsYears()) {
            for (int t = 0; t < horizon; t++) {
                if (!(g.loading() * m[t] + g.residual() * eps < threshold)) {
                    sums.addAssurance(t, amount);
                }
            }
        }
        return forfeit < 0 || g.loading() * m[forfeit] + g.residual() * eps < threshold ? 0.0 : amount;
    }

    /**
     * A trust fund without drawdown: {@code B_0} its initial balance,
     * {@code B_(t+1) = max(0, B_t (1 + R_t - fee) + c_t)} with the contribution {@code c_t} at
     * the end of each year {@code t < C}; {@code A_t = B_t}. Returns come from the
     * instrument's own stream, one a year, by inverse CDF (driven:
     * {@code F^-1(Phi(sqrt(w) M_t + sqrt(1-w) eps_t))}).
     */
    private double trust(SimpleInstrument.Trust f, int j, SharedWorld world, int forfeit, IterationSums sums) {
        double balance = f.initial().next(main, iter);
        double contribution = f.contribution().next(main, iter);
        double fee = f.fee().next(main, iter);
        boolean years = sums.wantsYears();
        int last = years ? horizon - 1 : forfeit;
        RandomStream s = own(j);
        double[] m = f.factor() < 0 ? null : world.factorPaths()[f.factor()];
        if (m == null && f.annualReturn().constant()) {
            return steadyTrust(balance, contribution, 1.0 + f.annualReturn().value() - fee, last, forfeit, sums);
        }
        double atForfeit = 0.0;
        for (int t = 0; t <= last; t++) {
            if (years) {
                sums.addAssurance(t, balance);
            }
            if (t == forfeit) {
                atForfeit = balance;
            }
            ValueDraw annual = f.annualReturn();
            double r = m == null ? annual.next(s) : annual.constant() ? annual.value()
                    : annual.cdf().fromNormalScore(f.loading() * m[t] + f.residual() * s.nextStandardNormal());
            balance = Math.max(0.0, balance * (1.0 + r - fee) + (t < closure ? contribution : 0.0));
        }
        return atForfeit;
    }

    /**
     * The same trust fund when its return is a plain number: the growth {@code 1 + R - fee} is
     * one number and nothing is drawn. When it is exactly 1 and nothing is contributed the
     * balance never changes, so the timeline takes it as one run of years.
     */
    private double steadyTrust(double balance, double contribution, double growth, int last, int forfeit,
                               IterationSums sums) {
        if (growth == 1.0 && contribution == 0.0 && balance >= 0.0) {
            if (sums.wantsYears()) {
                sums.addAssuranceUntil(horizon, balance);
            }
            return forfeit < 0 ? 0.0 : balance;
        }
        double[] assurance = sums.wantsYears() ? sums.assuranceYears() : null;
        double atForfeit = 0.0;
        double b = balance;
        for (int t = 0; t <= last; t++) {
            if (assurance != null) {
                assurance[t] += b;
            }
            if (t == forfeit) {
                atForfeit = b;
            }
            b = Math.max(0.0, b * growth + (t < closure ? contribution : 0.0));
        }
        return atForfeit;
    }

    /** Instrument {@code j}'s own stream for this iteration, from its beginning. */
    private RandomStream own(int j) {
        own.reset(RandomStream.seedFor(site.nameSeed, iteration, WorldPlan.PURPOSE_SITE + 1 + j));
        return own;
    }
}
