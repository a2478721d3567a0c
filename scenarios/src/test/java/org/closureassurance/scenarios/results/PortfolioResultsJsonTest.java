package org.closureassurance.scenarios.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.closureassurance.simulator.model.Sampling;
import org.closureassurance.simulator.portfolio.AggregateResult;
import org.closureassurance.simulator.portfolio.AggregateYear;
import org.closureassurance.simulator.portfolio.FundResult;
import org.closureassurance.simulator.portfolio.PortfolioResults;
import org.closureassurance.simulator.portfolio.ProviderResult;
import org.closureassurance.simulator.portfolio.RequiredContribution;
import org.closureassurance.simulator.portfolio.SiteResult;
import org.closureassurance.simulator.results.Band;
import org.closureassurance.simulator.results.FactorResult;
import org.closureassurance.simulator.results.Interval;
import org.closureassurance.simulator.results.RunInfo;
import org.closureassurance.simulator.results.Stats;
import org.closureassurance.simulator.results.Timeline;
import org.junit.jupiter.api.Test;

/**
 * The portfolio results file against a golden file written by hand from the fixture below
 * (not produced by the writer): every field of the format in its order, whole numbers without
 * a fraction, NaN and infinity as null, a fund's absence as {@code "fund": null}.
 */
class PortfolioResultsJsonTest {

    /** Two years, two sites, one provider, one factor, four iterations; figures chosen to be easy to read. */
    private static PortfolioResults fixture(FundResult fund) {
        Stats forfeitures = new Stats(4, 0.5, 0.5, 0.25, 0, 0, 0, 0.5, 1, 1, 1, 1, 1);
        Stats liability = new Stats(4, 150, 20, 10, 100, 100, 100, 150, 180, 190, 195, 199, 200);
        Stats assurance = new Stats(4, 50, 0, 0, 50, 50, 50, 50, 50, 50, 50, 50, 50);
        Timeline timeline = new Timeline(new int[] {0, 1},
                new Band(new double[] {100, 90}, new double[] {150, 140}, new double[] {200, 180}),
                new Band(new double[] {50, 50}, new double[] {50, 50}, new double[] {50, 50}),
                new double[] {0.75, 0.5});
        Stats shortfall = new Stats(4, 12.5, 25, 12.5, 0, 0, 0, 0, 0, 37.5, 43.75, 48.75, 50);
        double[] share = {0.5, 0.5, 0, 0, 0, 0, 0, 0, 0, 0};
        double[] coverage = {0, 1, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN};
        return new PortfolioResults("Two quarries", "AUD", 4, 7, Sampling.MONTE_CARLO, 2, forfeitures,
                new double[] {0.25, 0.25}, new AggregateResult(new AggregateYear(liability, assurance, 0.75), timeline),
                shortfall, shortfall, 12.5, fund,
                List.of(new SiteResult("Quarry 1", "quarry", 0.25, 12.5, 50, 5, 0.4),
                        new SiteResult("Copper mine A", null, 0, 0, 0, 5, Double.NaN)),
                List.of(new ProviderResult("Surety Co A", 0.25, 50)),
                List.of(new FactorResult("metal-prices", -0.5, share, coverage)),
                new RunInfo(4, 4, false, 2, 0.01, 400, "SplitMix64", "0.2.0"));
    }

    private static FundResult fund() {
        return new FundResult(0.25, new Interval(0.0456, 0.6994), new double[] {0, 0.25}, new int[] {0, 1},
                new Band(new double[] {1000, 900}, new double[] {1000, 950}, new double[] {1000, 990}),
                new RequiredContribution(0, 1.5, Double.POSITIVE_INFINITY));
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(PortfolioResultsJsonTest.class.getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String unixLines(String s) {
        return s.replace(System.lineSeparator(), "\n");
    }

    @Test
    void writesEveryFieldOfTheFormatInOrderAsTheGoldenFile() throws IOException {
        assertEquals(golden("portfolio-results-golden.json"), unixLines(PortfolioResultsJson.write(fixture(fund()))));
    }

    @Test
    void aPortfolioWithoutAFundWritesFundNull() {
        String json = PortfolioResultsJson.write(fixture(null));
        assertTrue(json.contains("\n  \"fund\": null,\n  \"perSite\": ["), json);
    }
}
