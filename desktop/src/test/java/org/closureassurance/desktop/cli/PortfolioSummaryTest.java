package org.closureassurance.desktop.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.closureassurance.simulator.model.Sampling;
import org.closureassurance.simulator.portfolio.AggregateResult;
import org.closureassurance.simulator.portfolio.AggregateYear;
import org.closureassurance.simulator.portfolio.FundResult;
import org.closureassurance.simulator.portfolio.PortfolioResults;
import org.closureassurance.simulator.portfolio.RequiredContribution;
import org.closureassurance.simulator.portfolio.SiteResult;
import org.closureassurance.simulator.results.Band;
import org.closureassurance.simulator.results.Interval;
import org.closureassurance.simulator.results.RunInfo;
import org.closureassurance.simulator.results.Stats;
import org.closureassurance.simulator.results.Timeline;
import org.junit.jupiter.api.Test;

/** The portfolio summary from hand-built results: every headline figure, and no fund when there is none. */
class PortfolioSummaryTest {

    private static Stats stats(double mean, double p90) {
        return new Stats(4, mean, 0, 0, 0, 0, 0, mean, p90, p90, p90, p90, p90);
    }

    private static PortfolioResults results(FundResult fund) {
        Band flat = new Band(new double[] {0}, new double[] {0}, new double[] {0});
        return new PortfolioResults("Two quarries", "USD", 4, 7, Sampling.MONTE_CARLO, 3, stats(0.5, 1),
                new double[] {0.5}, new AggregateResult(new AggregateYear(stats(150e6, 200e6), stats(50e6, 50e6), 0.75),
                new Timeline(new int[] {0}, flat, flat, new double[] {0.75})),
                stats(12.5e6, 37.5e6), stats(2.5e6, 10e6), 2.5e6, fund,
                List.of(new SiteResult("Quarry 1", "quarry", 0.25, 12.5e6, 50e6, 5e5, 0.04),
                        new SiteResult("Quarry 2", "quarry", 0.25, 12.5e6, 25e6, 5e5, 0.04),
                        new SiteResult("Quarry 3", "quarry", 0, 0, 0, 5e5, Double.NaN)),
                List.of(), List.of(), new RunInfo(4, 4, false, 1, 0.5, 8, "SplitMix64", "0.2.0"));
    }

    @Test
    void printsEveryHeadlineFigureWithTheFundAndTheLargestTailShares() {
        FundResult fund = new FundResult(0.25, new Interval(0.0456, 0.6994), new double[] {0.25}, new int[] {0},
                new Band(new double[] {1e6}, new double[] {1e6}, new double[] {1e6}),
                new RequiredContribution(0, 1.5, Double.POSITIVE_INFINITY));
        String s = PortfolioSummary.of(results(fund), 0.75);
        assertTrue(s.startsWith("Two quarries\n4 iterations, seed 7, monte-carlo sampling, 1 thread: 0.50 s"
                + " (8 iterations/s), statistics 0.25 s\n"), s);
        assertTrue(s.contains("Sites                                  3\n"), s);
        assertTrue(s.contains("Forfeitures within the horizon         mean 0.50, P90 1.00\n"), s);
        assertTrue(s.contains("Security against liability, year 0     USD 50.0 M against USD 150 M (means)\n"), s);
        assertTrue(s.contains("Total shortfall (PV) mean              USD 12.5 M\n"), s);
        assertTrue(s.contains("Total shortfall (PV) P90               USD 37.5 M\n"), s);
        assertTrue(s.contains("Unfunded public cost (PV) mean         USD 2.5 M  (standard error USD 0)\n"), s);
        assertTrue(s.contains("Fund exhaustion probability            25.0 %  (95 % interval 4.6 % to 69.9 %)\n"), s);
        assertTrue(s.contains("Contribution that suffices in 80 %     0.00 % of the estimate a year\n"), s);
        assertTrue(s.contains("Contribution that suffices in 90 %     1.50 % of the estimate a year\n"), s);
        assertTrue(s.contains("Contribution that suffices in 95 %     none suffices"), s);
        assertTrue(s.endsWith("  USD 50.0 M     Quarry 1\n  USD 25.0 M     Quarry 2\n"), s);
    }

    @Test
    void withoutAFundEveryShortfallIsSaidToBePublic() {
        String s = PortfolioSummary.of(results(null), 0.5);
        assertTrue(s.contains("Pooled fund                            none: every shortfall is a public cost\n"), s);
        assertTrue(!s.contains("Fund exhaustion"), s);
    }
}
