package org.closureassurance.desktop.gui.portfolio;

import java.util.List;
import org.closureassurance.simulator.model.Economics;
import org.closureassurance.simulator.model.Sampling;
import org.closureassurance.simulator.model.SimulationSettings;
import org.closureassurance.simulator.portfolio.AggregateResult;
import org.closureassurance.simulator.portfolio.AggregateYear;
import org.closureassurance.simulator.portfolio.FundResult;
import org.closureassurance.simulator.portfolio.PooledFund;
import org.closureassurance.simulator.portfolio.Portfolio;
import org.closureassurance.simulator.portfolio.PortfolioResults;
import org.closureassurance.simulator.portfolio.RequiredContribution;
import org.closureassurance.simulator.portfolio.SiteResult;
import org.closureassurance.simulator.results.Band;
import org.closureassurance.simulator.results.Interval;
import org.closureassurance.simulator.results.RunInfo;
import org.closureassurance.simulator.results.Stats;
import org.closureassurance.simulator.results.Timeline;
import org.closureassurance.simulator.value.Value;

/** Portfolio results made by hand, with figures chosen so every formatted cell can be checked by eye. */
final class ResultsFixture {
    private ResultsFixture() {
    }

    static Stats stats(double mean, double p95) {
        return new Stats(100, mean, 1, 0.1, 0, mean / 2, mean / 2, mean, mean, p95, p95, p95, p95);
    }

    /** Three sites, a fund that runs dry in {@code exhaustion} of futures, 3 years. */
    static PortfolioResults results(double exhaustion, double unfunded) {
        int[] years = {0, 1, 2};
        Band band = new Band(new double[] {1, 2, 3}, new double[] {2, 3, 4}, new double[] {3, 4, 5});
        AggregateResult aggregate = new AggregateResult(new AggregateYear(stats(5e6, 9e6), stats(2e6, 2e6), 0.25),
                new Timeline(years, band, band, new double[] {0.25, 0.5, 0.75}));
        FundResult fund = new FundResult(exhaustion, new Interval(exhaustion - 0.01, exhaustion + 0.01),
                new double[] {0, exhaustion / 2, exhaustion}, years, band, new RequiredContribution(1.1, 1.6,
                Double.POSITIVE_INFINITY));
        List<SiteResult> perSite = List.of(
                new SiteResult("Pit 1", "quarry", 0.125, 1.5e5, 4.0e5, 2.0e5, 2.0 / 1.5),
                new SiteResult("Pit, \"the big one\"", null, 0.5, 2.5e6, 3.1e6, 0.1, 0.1 / 2.5e6),
                new SiteResult("Sand 9", "sand", 0, 0, 0, 5e4, Double.NaN));
        return new PortfolioResults("Register", "AUD", 100, 7, Sampling.MONTE_CARLO, 3, stats(1.5, 3),
                new double[] {0.5, 0.5, 0.5}, aggregate, stats(2.65e6, 8e6), stats(unfunded, 4e6), unfunded, fund,
                perSite, List.of(), List.of(), new RunInfo(100, 100, false, 1, 0.5, 200, "test", "test"));
    }

    /** A portfolio with a fund levying {@code percent}. */
    static Portfolio portfolio(double percent) {
        return new Portfolio("Register", null, "AUD", null, new SimulationSettings(100, 7, 3, Sampling.MONTE_CARLO),
                new Economics(Value.of(0.03)), null, List.of(), List.of(),
                new PooledFund("MRF", 1e6, percent, Value.of(0.02), Value.of(0)));
    }
}
