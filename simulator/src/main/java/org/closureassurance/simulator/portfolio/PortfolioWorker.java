package org.closureassurance.simulator.portfolio;

import java.util.Arrays;
import org.closureassurance.simulator.random.StandardNormal;
import org.closureassurance.simulator.results.FactorResult;
import org.closureassurance.simulator.statistics.QuantileSketch;

/**
 * One worker thread of a portfolio run (docs/model.md, "Portfolios"): carries iterations
 * through the shared draws, every site in file order, the pooled fund and the aggregates.
 * Figures that are sums of doubles over iterations go into the block's own array, folded by
 * the engine in block order; counts (exact whatever the order) stay in the worker. Allocates
 * nothing per iteration.
 */
final class PortfolioWorker {
    private final PortfolioPlan plan;
    private final PortfolioRecords rec;
    private final int horizon;
    private final SharedWorld world;
    private final SiteRunner[] runners;
    private final SiteOutcome out = new SiteOutcome();
    private final IterationSums sums;
    private final FundLedger ledger;
    private final double[] payouts;
    private final double[] percentBase;
    private final double[] fixed;
    /** Contributions paid until a year, in buckets by that year (exclusive), then summed from the horizon back. */
    private final double[] percentUntil;
    private final double[] fixedUntil;
    private final double[] discount;
    /** {@code Q_k = Σ_(t<k) P_(t+1)}: the year-0 value of one unit paid at the end of each year before {@code k}. */
    private final double[] paidUntil;
    private final double[] cuts;
    private QuantileSketch sketch;
    private double[][] pilot;

    // Counts, exact in any order.
    final long[] siteForfeits;
    final long[] forfeitsByYear;
    final long[] covered;
    final long[] exhaustedInYear;
    /** Iterations whose fund balance {@code F_t} at the start of year {@code t} is exactly 0. */
    final long[] emptyFund;
    final long[] providerFails;
    final long[][] decileForfeits;
    final long[][] decileCovered;
    long forfeitCount;

    PortfolioWorker(PortfolioPlan plan, PortfolioRecords rec) {
        this.plan = plan;
        this.rec = rec;
        this.horizon = plan.horizon;
        this.world = new SharedWorld(plan.world);
        this.runners = new SiteRunner[plan.sites.length];
        for (int s = 0; s < runners.length; s++) {
            runners[s] = plan.sites[s].newRunner();
        }
        this.sums = new IterationSums(horizon, plan.providerCount());
        this.ledger = plan.fund == null ? null : new FundLedger(horizon);
        this.payouts = new double[horizon];
        this.percentBase = new double[horizon];
        this.fixed = new double[horizon];
        this.percentUntil = new double[horizon + 1];
        this.fixedUntil = new double[horizon + 1];
        this.discount = new double[horizon];
        this.paidUntil = new double[horizon + 1];
        this.cuts = new double[FactorResult.DECILES - 1];
        for (int d = 0; d < cuts.length; d++) {
            cuts[d] = StandardNormal.quantile((d + 1.0) / FactorResult.DECILES);
        }
        this.siteForfeits = new long[runners.length];
        this.forfeitsByYear = new long[horizon];
        this.covered = new long[horizon];
        this.exhaustedInYear = new long[horizon];
        this.emptyFund = new long[horizon];
        this.providerFails = new long[plan.providerCount()];
        this.decileForfeits = new long[plan.factorCount()][FactorResult.DECILES];
        this.decileCovered = new long[plan.factorCount()][FactorResult.DECILES];
    }

    /** Records the per-year values of the next iterations into {@code buffers[series][i]} instead of a sketch. */
    void collectPilot(double[][] buffers) {
        this.pilot = buffers;
    }

    /** Bins per-year values into {@code s} from now on. */
    void useSketch(QuantileSketch s) {
        this.sketch = s;
        this.pilot = null;
    }

    QuantileSketch sketch() {
        return sketch;
    }

    /** Runs iterations {@code from .. to-1}, adding their double sums into {@code block}. */
    void run(int from, int to, double[] block) {
        for (int i = from; i < to; i++) {
            iteration(i, block);
        }
    }

    private void iteration(int i, double[] block) {
        world.fill(i);
        sums.begin(true);
        boolean fund = ledger != null;
        if (fund) {
            Arrays.fill(payouts, 0.0);
            Arrays.fill(percentUntil, 0.0);
            Arrays.fill(fixedUntil, 0.0);
            fillDiscount();
        }
        int count = 0;
        double total = 0.0;
        double[][] m = world.factorPaths();
        int factorOffset = plan.factorOffset();
        for (int s = 0; s < runners.length; s++) {
            runners[s].simulate(world, out, sums);
            int forfeit = out.forfeitYear();
            if (forfeit >= 0) {
                count++;
                siteForfeits[s]++;
                forfeitsByYear[forfeit]++;
                double shortfall = out.shortfall();
                double value = shortfall * world.discount(forfeit);
                block[2 * s] += value;
                total += value;
                if (fund) {
                    payouts[forfeit] += shortfall;
                }
                boolean isCovered = out.assurance() >= out.liability();
                for (int f = 0; f < m.length; f++) {
                    double state = m[f][forfeit];
                    block[factorOffset + f] += state;
                    int d = decile(state);
                    decileForfeits[f][d]++;
                    if (isCovered) {
                        decileCovered[f][d]++;
                    }
                }
            }
            if (fund) {
                int stop = forfeit < 0 ? out.closureYear() : Math.min(out.closureYear(), forfeit);
                double amount = plan.contributionAmount[s];
                if (plan.ownRule[s]) {
                    fixedUntil[stop] += amount;
                    block[2 * s + 1] += amount * paidUntil[stop];
                } else {
                    percentUntil[stop] += amount;
                    block[2 * s + 1] += plan.fund.contributionPercent() / 100.0 * amount * paidUntil[stop];
                }
            }
        }
        forfeitCount += count;
        int providerOffset = plan.providerOffset();
        long[] fails = world.providerFailYears();
        for (int p = 0; p < fails.length; p++) {
            block[providerOffset + p] += sums.bondFace(p);
            if (fails[p] < horizon) {
                providerFails[p]++;
            }
        }
        sums.finish(world.curve());
        for (int t = 0; t < horizon; t++) {
            double l = sums.liability(t);
            double a = sums.assurance(t);
            record(t, i, l);
            record(horizon + t, i, a);
            if (a >= l) {
                covered[t]++;
            }
        }
        rec.forfeitures[i] = count;
        rec.totalShortfall[i] = total;
        rec.liability0[i] = sums.liability(0);
        rec.assurance0[i] = sums.assurance(0);
        rec.unfunded[i] = fund ? fundYear(i) : total;
    }

    /**
     * The pooled fund's accounts of iteration {@code i} at its contribution percent (balance by
     * year, first unfunded year), then the smallest sufficient percent; returns the unfunded
     * payouts valued at year 0.
     */
    private double fundYear(int i) {
        double percentSum = 0.0;
        double fixedSum = 0.0;
        for (int t = horizon - 1; t >= 0; t--) {
            percentSum += percentUntil[t + 1];
            fixedSum += fixedUntil[t + 1];
            percentBase[t] = percentSum;
            fixed[t] = fixedSum;
        }
        PooledFund fund = plan.fund;
        double[] growth = world.fundGrowth();
        int first = ledger.run(fund.initialBalance(), fund.contributionPercent(), payouts, percentBase, fixed, growth);
        for (int t = 0; t < horizon; t++) {
            double balance = ledger.balance(t);
            record(2 * horizon + t, i, balance);
            if (balance == 0.0) {
                emptyFund[t]++;
            }
        }
        if (first >= 0) {
            exhaustedInYear[first]++;
        }
        double unfunded = ledger.unfundedValue(discount);
        rec.requiredPercent[i] = ledger.requiredPercent(fund.initialBalance(), payouts, percentBase, fixed, growth);
        return unfunded;
    }

    /** The year-0 discount factors and the value of end-of-year payments, for this iteration. */
    private void fillDiscount() {
        double q = 0.0;
        paidUntil[0] = 0.0;
        for (int t = 0; t < horizon; t++) {
            discount[t] = world.discount(t);
            q += world.discount(t + 1);
            paidUntil[t + 1] = q;
        }
    }

    private void record(int series, int i, double value) {
        if (pilot != null) {
            pilot[series][i] = value;
        } else {
            sketch.add(series, value);
        }
    }

    /** The decile of a standard normal state: 0 below {@code Phi^-1(0.1)}, ..., 9 from {@code Phi^-1(0.9)}. */
    private int decile(double state) {
        int d = 0;
        while (d < cuts.length && state >= cuts[d]) {
            d++;
        }
        return d;
    }

    /**
     * Re-simulates the iterations {@code tail[from .. to-1]} and adds each site's shortfall
     * valued at year 0 into {@code bySite}: the attribution of the worst iterations to sites.
     */
    void attribute(int[] tail, int from, int to, double[] bySite) {
        for (int k = from; k < to; k++) {
            world.fill(tail[k]);
            sums.begin(false);
            for (int s = 0; s < runners.length; s++) {
                runners[s].simulate(world, out, sums);
                int forfeit = out.forfeitYear();
                if (forfeit >= 0) {
                    bySite[s] += out.shortfall() * world.discount(forfeit);
                }
            }
        }
    }
}
