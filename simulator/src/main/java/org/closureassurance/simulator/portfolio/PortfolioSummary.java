package org.closureassurance.simulator.portfolio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.closureassurance.simulator.random.RandomStream;
import org.closureassurance.simulator.results.Band;
import org.closureassurance.simulator.results.FactorResult;
import org.closureassurance.simulator.results.Interval;
import org.closureassurance.simulator.results.RunInfo;
import org.closureassurance.simulator.results.Timeline;
import org.closureassurance.simulator.statistics.QuantileSketch;
import org.closureassurance.simulator.statistics.SampleSummary;
import org.closureassurance.simulator.statistics.Summary;
import org.closureassurance.simulator.statistics.WilsonInterval;

/**
 * Turns a portfolio run's records, counts, block-folded sums and merged sketches into
 * {@link PortfolioResults} (docs/model.md, "Portfolios"), over the {@code n} iterations done.
 */
final class PortfolioSummary {
    private final PortfolioPlan plan;
    private final PortfolioRecords rec;
    private final int n;
    private final int horizon;
    private final PortfolioWorker[] workers;
    private final double[] totals;
    private final double[] tailBySite;
    private final QuantileSketch sketch;

    PortfolioSummary(PortfolioPlan plan, PortfolioRecords rec, int n, PortfolioWorker[] workers, double[] totals,
                     double[] tailBySite) {
        this.plan = plan;
        this.rec = rec;
        this.n = n;
        this.horizon = plan.horizon;
        this.workers = workers;
        this.totals = totals;
        this.tailBySite = tailBySite;
        this.sketch = new QuantileSketch(workers[0].sketch().layout());
        for (PortfolioWorker w : workers) {
            sketch.merge(w.sketch());
        }
    }

    PortfolioResults summarise(int requested, boolean cancelled, int threads, double seconds, String toolVersion) {
        Portfolio p = plan.portfolio;
        SampleSummary total = Summary.withHundredths(rec.totalShortfall, n);
        SampleSummary unfunded = Summary.withHundredths(rec.unfunded, n);
        RunInfo info = new RunInfo(requested, n, cancelled, threads, seconds, seconds > 0 ? n / seconds : 0,
                RandomStream.ALGORITHM, toolVersion);
        PortfolioDistributions distributions = new PortfolioDistributions(forfeitureCounts(), total.hundredths(),
                unfunded.hundredths());
        return new PortfolioResults(p.name(), p.currency(), n, p.simulation().seed(), p.simulation().sampling(),
                plan.sites.length, Summary.of(rec.forfeitures, n), perYear(w -> w.forfeitsByYear), aggregate(),
                total.stats(), unfunded.stats(), unfunded.stats().mean(), plan.fund == null ? null : fund(),
                sites(), providers(), economy(), info, distributions);
    }

    /** Entry {@code k}: the iterations in which exactly {@code k} sites forfeit. */
    private long[] forfeitureCounts() {
        long[] counts = new long[plan.sites.length + 1];
        for (int i = 0; i < n; i++) {
            counts[(int) rec.forfeitures[i]]++;
        }
        return counts;
    }

    /** A count by year summed over workers, divided by {@code n}. */
    private double[] perYear(java.util.function.Function<PortfolioWorker, long[]> counts) {
        double[] out = new double[horizon];
        for (int t = 0; t < horizon; t++) {
            long c = 0;
            for (PortfolioWorker w : workers) {
                c += counts.apply(w)[t];
            }
            out[t] = n == 0 ? Double.NaN : (double) c / n;
        }
        return out;
    }

    private AggregateResult aggregate() {
        double[] coverage = perYear(w -> w.covered);
        Timeline timeline = new Timeline(years(), band(0), band(horizon), coverage);
        return new AggregateResult(new AggregateYear(Summary.of(rec.liability0, n), Summary.of(rec.assurance0, n),
                coverage[0]), timeline);
    }

    private int[] years() {
        int[] years = new int[horizon];
        for (int t = 0; t < horizon; t++) {
            years[t] = t;
        }
        return years;
    }

    /** Percentiles 10, 50, 90 of the sketch's series {@code offset .. offset+H-1}. */
    private Band band(int offset) {
        double[] p10 = new double[horizon];
        double[] p50 = new double[horizon];
        double[] p90 = new double[horizon];
        for (int t = 0; t < horizon; t++) {
            p10[t] = sketch.quantile(offset + t, 0.10);
            p50[t] = sketch.quantile(offset + t, 0.50);
            p90[t] = sketch.quantile(offset + t, 0.90);
        }
        return new Band(p10, p50, p90);
    }

    private FundResult fund() {
        double[] byYear = perYear(w -> w.exhaustedInYear);
        long exhausted = 0;
        for (PortfolioWorker w : workers) {
            for (long c : w.exhaustedInYear) {
                exhausted += c;
            }
        }
        double cumulative = 0.0;
        for (int t = 0; t < horizon; t++) {
            cumulative += byYear[t];
            byYear[t] = cumulative;
        }
        double probability = n == 0 ? Double.NaN : (double) exhausted / n;
        Interval ci = n == 0 ? Interval.UNDEFINED : WilsonInterval.of95(exhausted, n);
        return new FundResult(probability, ci, byYear, years(), balanceBand(), required());
    }

    /**
     * Percentiles 10, 50, 90 of the fund's balance by year. The balance never falls below 0 and
     * sits at exactly 0 in every future where the fund has run dry, so the zeros are counted
     * exactly: a percentile whose type-7 order statistics are both zeros is 0, not a value
     * spread across the lowest bin of the sketch; the others are the sketch's.
     */
    private Band balanceBand() {
        Band sketched = band(2 * horizon);
        double[][] bands = {sketched.p10(), sketched.p50(), sketched.p90()};
        double[] levels = {0.10, 0.50, 0.90};
        for (int t = 0; t < horizon; t++) {
            long zeros = 0;
            for (PortfolioWorker w : workers) {
                zeros += w.emptyFund[t];
            }
            for (int k = 0; k < levels.length; k++) {
                if (Math.ceil((n - 1) * levels[k]) < zeros) {
                    bands[k][t] = 0.0;
                }
            }
        }
        return new Band(bands[0], bands[1], bands[2]);
    }

    /** At {@code q} = 0.8, 0.9, 0.95: the {@code ⌈q n⌉}-th smallest sufficient percent. */
    private RequiredContribution required() {
        if (n == 0) {
            return new RequiredContribution(Double.NaN, Double.NaN, Double.NaN);
        }
        double[] sorted = Arrays.copyOf(rec.requiredPercent, n);
        Arrays.sort(sorted);
        return new RequiredContribution(sorted[rank(80) - 1], sorted[rank(90) - 1], sorted[rank(95) - 1]);
    }

    /** {@code ⌈percent/100 × n⌉} in integers. */
    private int rank(int percent) {
        return (int) Math.max(1, ((long) percent * n + 99) / 100);
    }

    private List<SiteResult> sites() {
        List<SiteResult> out = new ArrayList<>();
        int tail = TailSet.size(n);
        for (int s = 0; s < plan.sites.length; s++) {
            long forfeits = 0;
            for (PortfolioWorker w : workers) {
                forfeits += w.siteForfeits[s];
            }
            double expected = totals[2 * s] / n;
            double contribution = plan.fund == null ? 0.0 : totals[2 * s + 1] / n;
            double fairness = expected == 0.0 ? Double.NaN : contribution / expected;
            SiteModel m = plan.sites[s];
            out.add(new SiteResult(m.name(), m.category(), (double) forfeits / n, expected,
                    tail == 0 ? Double.NaN : tailBySite[s] / tail, contribution, fairness));
        }
        return out;
    }

    private List<ProviderResult> providers() {
        List<ProviderResult> out = new ArrayList<>();
        for (int p = 0; p < plan.providerCount(); p++) {
            long fails = 0;
            for (PortfolioWorker w : workers) {
                fails += w.providerFails[p];
            }
            out.add(new ProviderResult(plan.world.providerNames[p], (double) fails / n,
                    totals[plan.providerOffset() + p] / n));
        }
        return out;
    }

    /** Each factor's state at forfeiture over all forfeitures of all sites. */
    private List<FactorResult> economy() {
        List<FactorResult> out = new ArrayList<>();
        long forfeits = 0;
        for (PortfolioWorker w : workers) {
            forfeits += w.forfeitCount;
        }
        for (int f = 0; f < plan.factorCount(); f++) {
            double[] share = new double[FactorResult.DECILES];
            double[] coverage = new double[FactorResult.DECILES];
            for (int d = 0; d < FactorResult.DECILES; d++) {
                long in = 0;
                long covered = 0;
                for (PortfolioWorker w : workers) {
                    in += w.decileForfeits[f][d];
                    covered += w.decileCovered[f][d];
                }
                share[d] = forfeits == 0 ? Double.NaN : (double) in / forfeits;
                coverage[d] = in == 0 ? Double.NaN : (double) covered / in;
            }
            double mean = forfeits == 0 ? Double.NaN : totals[plan.factorOffset() + f] / forfeits;
            out.add(new FactorResult(plan.world.factorNames[f], mean, share, coverage));
        }
        return out;
    }
}
