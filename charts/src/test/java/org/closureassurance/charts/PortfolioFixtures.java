package org.closureassurance.charts;

import java.util.ArrayList;
import java.util.List;
import org.closureassurance.simulator.model.AfterForfeiture;
import org.closureassurance.simulator.model.Driver;
import org.closureassurance.simulator.model.EconomicFactor;
import org.closureassurance.simulator.model.Economics;
import org.closureassurance.simulator.model.Economy;
import org.closureassurance.simulator.model.Forfeiture;
import org.closureassurance.simulator.model.Provider;
import org.closureassurance.simulator.model.Sampling;
import org.closureassurance.simulator.model.SimulationSettings;
import org.closureassurance.simulator.portfolio.AggregateResult;
import org.closureassurance.simulator.portfolio.AggregateYear;
import org.closureassurance.simulator.portfolio.FundResult;
import org.closureassurance.simulator.portfolio.PooledFund;
import org.closureassurance.simulator.portfolio.Portfolio;
import org.closureassurance.simulator.portfolio.PortfolioDistributions;
import org.closureassurance.simulator.portfolio.PortfolioResults;
import org.closureassurance.simulator.portfolio.ProviderResult;
import org.closureassurance.simulator.portfolio.RequiredContribution;
import org.closureassurance.simulator.portfolio.ScenarioSite;
import org.closureassurance.simulator.portfolio.SimpleSite;
import org.closureassurance.simulator.portfolio.Site;
import org.closureassurance.simulator.portfolio.SiteResult;
import org.closureassurance.simulator.results.Band;
import org.closureassurance.simulator.results.Interval;
import org.closureassurance.simulator.results.RunInfo;
import org.closureassurance.simulator.results.Stats;
import org.closureassurance.simulator.results.Timeline;
import org.closureassurance.simulator.value.Normal;
import org.closureassurance.simulator.value.Value;

/**
 * Portfolio results built by hand, with round figures whose sums and shares the tests work
 * out in their comments: four sites over a three-year horizon and 1,000 iterations.
 */
final class PortfolioFixtures {

    static final int ITERATIONS = 1000;
    /** Iterations with 0, 1, 2, 3 and 4 forfeitures: mean (350 + 400 + 300 + 200) / 1000 = 1.25. */
    static final long[] FORFEITURE_COUNTS = {300, 350, 200, 100, 50};

    private PortfolioFixtures() {
    }

    /** Percentiles 0..100 of a figure rising by {@code step} a percentile from {@code from} (never below 0). */
    static double[] linearPercentiles(double from, double step) {
        double[] p = new double[101];
        for (int k = 0; k <= 100; k++) {
            p[k] = Math.max(0, from + step * k);
        }
        return p;
    }

    static Stats stats(double mean, double min, double p5, double p10, double p50, double p80, double p90, double p95,
                       double p99, double max) {
        return new Stats(ITERATIONS, mean, 1.0, 1.0 / Math.sqrt(ITERATIONS), min, p5, p10, p50, p80, p90, p95, p99,
                max);
    }

    /**
     * Sites (tail contribution, expected shortfall, contribution PV): Quarry A (4e5, 1e5, 2e5),
     * Quarry B (1e6, 3e5, 1e5), Coal C (0, 0, 5e4), Copper D uncategorised (6e5, 2e5, 0).
     */
    static List<SiteResult> sites() {
        return List.of(new SiteResult("Quarry A", "quarry", 0.10, 1e5, 4e5, 2e5, 2.0),
                new SiteResult("Quarry B", "quarry", 0.30, 3e5, 1e6, 1e5, 1.0 / 3),
                new SiteResult("Coal C", "coal", 0.0, 0, 0, 5e4, Double.NaN),
                new SiteResult("Copper D", null, 0.25, 2e5, 6e5, 0, 0));
    }

    static FundResult fund() {
        return new FundResult(0.18, new Interval(0.16, 0.20), new double[] {0.05, 0.12, 0.18}, new int[] {0, 1, 2},
                new Band(new double[] {2.9e8, 2.0e8, 1.0e8}, new double[] {2.9e8, 2.6e8, 2.4e8},
                        new double[] {2.9e8, 3.0e8, 3.1e8}),
                new RequiredContribution(1.1, 1.6, Double.POSITIVE_INFINITY));
    }

    static AggregateResult aggregate() {
        return new AggregateResult(new AggregateYear(stats(5e6, 1e6, 2e6, 2.5e6, 4.5e6, 6e6, 8e6, 9e6, 1.1e7, 1.5e7),
                stats(3e6, 3e6, 3e6, 3e6, 3e6, 3e6, 3e6, 3e6, 3e6, 3e6), 0.41),
                new Timeline(new int[] {0, 1, 2},
                        new Band(new double[] {2e6, 2.2e6, 2.4e6}, new double[] {4.5e6, 4.6e6, 4.7e6},
                                new double[] {8e6, 8.5e6, 9e6}),
                        new Band(new double[] {3e6, 2.8e6, 2.6e6}, new double[] {3e6, 2.9e6, 2.8e6},
                                new double[] {3e6, 3e6, 3e6}),
                        new double[] {0.41, 0.38, 0.35}));
    }

    /** The register with a fund and every distribution recorded. */
    static PortfolioResults withFund() {
        return results(fund(), new PortfolioDistributions(FORFEITURE_COUNTS, linearPercentiles(0, 1e5),
                linearPercentiles(-5e6, 1e5)));
    }

    /** The same register without a fund: every shortfall is unfunded. */
    static PortfolioResults withoutFund() {
        double[] total = linearPercentiles(0, 1e5);
        return results(null, new PortfolioDistributions(FORFEITURE_COUNTS, total, total));
    }

    /** With a fund, but as a run that recorded no distributions (the Stats are all there is). */
    static PortfolioResults withoutDistributions() {
        return results(fund(), PortfolioDistributions.EMPTY);
    }

    static PortfolioResults results(FundResult fund, PortfolioDistributions distributions) {
        Stats total = stats(5.0e6, 0, 5e5, 1e6, 5e6, 8e6, 9e6, 9.5e6, 9.9e6, 1e7);
        Stats unfunded = fund == null ? total : stats(1.2e6, 0, 0, 0, 0, 3e6, 4e6, 4.5e6, 4.9e6, 5e6);
        return new PortfolioResults("Test register", "AUD", ITERATIONS, 7, Sampling.MONTE_CARLO, 4,
                stats(1.25, 0, 0, 0, 1, 2, 3, 3, 4, 4), new double[] {0.5, 0.45, 0.3}, aggregate(), total, unfunded,
                unfunded.mean(), fund, sites(), List.of(new ProviderResult("Surety Co A", 0.2, 3.1e6)), List.of(),
                new RunInfo(ITERATIONS, ITERATIONS, false, 2, 0.8, ITERATIONS / 0.8, "SplitMix64 per (seed, iteration)",
                        "0.2.0-TEST"), distributions);
    }

    /** The portfolio the results are of: three register lines and one scenario site, a three-year horizon. */
    static Portfolio portfolio(boolean withFund) {
        return portfolio("Test register", "An illustrative register", withFund, List.of(
                simple("Quarry A", "quarry", 2.0e6), simple("Quarry B", "quarry", 1.0e6), simple("Coal C", "coal", 5e5),
                new ScenarioSite("Copper D", Fixtures.copperMine())));
    }

    static Portfolio portfolio(String name, String description, boolean withFund, List<Site> sites) {
        return portfolio(name, description, withFund ? 1.0 : Double.NaN, sites);
    }

    /** The fixture's portfolio with a fund levying {@code levyPercent} (NaN: no fund). */
    static Portfolio portfolio(double levyPercent) {
        Portfolio p = portfolio(true);
        return portfolio(p.name(), p.description(), levyPercent, p.sites());
    }

    private static Portfolio portfolio(String name, String description, double levyPercent, List<Site> sites) {
        boolean withFund = !Double.isNaN(levyPercent);
        return new Portfolio(name, description, "AUD", 2026, new SimulationSettings(ITERATIONS, 7, 3,
                Sampling.MONTE_CARLO), new Economics(Value.of(0.03)),
                new Economy(List.of(new EconomicFactor("metal-prices", null, 0.7)), List.of()),
                List.of(new Provider("Surety Co A", null, Value.of(0.003), Value.of(0.3), new Driver("metal-prices", 0.3))),
                sites, withFund ? new PooledFund("Mining Rehabilitation Fund", 2.9e8, levyPercent, new Normal(0.02, 0.05),
                Value.of(0)) : null);
    }

    static SimpleSite simple(String name, String category, double estimate) {
        return new SimpleSite(name, category, estimate, Value.of(1), Value.of(5), 2,
                new Forfeiture.AnnualHazard(Value.of(0.01), Value.of(0.02), null), List.of(), AfterForfeiture.NONE);
    }

    /** {@code n} sites, site {@code i} with tail contribution and expected shortfall {@code (i + 1) × 1e4}. */
    static List<SiteResult> manySites(int n) {
        List<SiteResult> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new SiteResult("Site " + i, "quarry", 0.1, 1e4 * (i + 1), 1e4 * (i + 1), 0, 0));
        }
        return out;
    }

    /** {@code r} with other per-site figures. */
    static PortfolioResults withSites(PortfolioResults r, List<SiteResult> sites) {
        return new PortfolioResults(r.portfolio(), r.currency(), r.iterations(), r.seed(), r.sampling(), sites.size(),
                r.forfeitures(), r.forfeituresMeanByYear(), r.aggregate(), r.totalShortfall(), r.unfundedPublicCost(),
                r.expectedUnfundedPublicCost(), r.fund(), sites, r.providers(), r.economy(), r.run(), r.distributions());
    }

    /** {@code r} with another fund result. */
    static PortfolioResults withFund(PortfolioResults r, FundResult fund) {
        return new PortfolioResults(r.portfolio(), r.currency(), r.iterations(), r.seed(), r.sampling(), r.sites(),
                r.forfeitures(), r.forfeituresMeanByYear(), r.aggregate(), r.totalShortfall(), r.unfundedPublicCost(),
                r.expectedUnfundedPublicCost(), fund, r.perSite(), r.providers(), r.economy(), r.run(), r.distributions());
    }

    /** {@code r} with other shortfalls (the expected unfunded cost their mean) and fund result. */
    static PortfolioResults withShortfalls(PortfolioResults r, Stats total, Stats unfunded, FundResult fund) {
        return new PortfolioResults(r.portfolio(), r.currency(), r.iterations(), r.seed(), r.sampling(), r.sites(),
                r.forfeitures(), r.forfeituresMeanByYear(), r.aggregate(), total, unfunded, unfunded.mean(), fund,
                r.perSite(), r.providers(), r.economy(), r.run(), r.distributions());
    }

    /** No shortfall in any iteration. */
    static Stats zero() {
        return stats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
}
