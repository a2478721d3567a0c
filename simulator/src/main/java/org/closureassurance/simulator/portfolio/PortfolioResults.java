package org.closureassurance.simulator.portfolio;

import java.util.List;
import org.closureassurance.simulator.model.Sampling;
import org.closureassurance.simulator.results.FactorResult;
import org.closureassurance.simulator.results.RunInfo;
import org.closureassurance.simulator.results.Stats;

/**
 * What a portfolio run found: how many sites forfeit and when, the register's liability
 * against its security, the total and unfunded shortfall, the pooled fund's fate, and each
 * site's and provider's part in it. Money is in the portfolio's currency, valued at year 0
 * unless a field says otherwise.
 *
 * @param portfolio the portfolio's name
 * @param currency the money label; null when the portfolio gives none
 * @param iterations the iterations completed
 * @param seed the master seed
 * @param sampling how inputs were drawn
 * @param sites the number of sites
 * @param forfeitures the number of sites that forfeit within the horizon, over iterations
 * @param forfeituresMeanByYear the mean number of forfeitures in each year {@code 0 .. H-1}
 * @param aggregate the register's liability and security summed over sites
 * @param totalShortfall {@code Σ_i S_i} valued at year 0 (after estate recovery)
 * @param unfundedPublicCost {@code Σ_t U_t} valued at year 0 (every {@code S_i} without a fund)
 * @param expectedUnfundedPublicCost the mean of {@code unfundedPublicCost}
 * @param fund the pooled fund's figures; null when the portfolio has no fund
 * @param perSite every site's figures, in the order sums over sites run
 * @param providers every named provider's figures, in file order
 * @param economy every factor's state at forfeiture, over all forfeitures of all sites
 * @param run how the run went
 * @param distributions the forfeiture-count histogram and the shortfall percentiles the charts draw
 *     (appended after the results file's fields, not written to it);
 *     {@link PortfolioDistributions#EMPTY} when not recorded
 */
public record PortfolioResults(String portfolio, String currency, int iterations, long seed, Sampling sampling,
                               int sites, Stats forfeitures, double[] forfeituresMeanByYear,
                               AggregateResult aggregate, Stats totalShortfall, Stats unfundedPublicCost,
                               double expectedUnfundedPublicCost, FundResult fund, List<SiteResult> perSite,
                               List<ProviderResult> providers, List<FactorResult> economy, RunInfo run,
                               PortfolioDistributions distributions) {
    /** The results file format identifier. */
    public static final String FORMAT = "closure-assurance-portfolio-results/1";

    public PortfolioResults {
        perSite = List.copyOf(perSite);
        providers = List.copyOf(providers);
        economy = List.copyOf(economy);
        distributions = distributions == null ? PortfolioDistributions.EMPTY : distributions;
    }

    /** Results without {@link #distributions} (charts then fall back on the Stats percentiles). */
    public PortfolioResults(String portfolio, String currency, int iterations, long seed, Sampling sampling,
                            int sites, Stats forfeitures, double[] forfeituresMeanByYear,
                            AggregateResult aggregate, Stats totalShortfall, Stats unfundedPublicCost,
                            double expectedUnfundedPublicCost, FundResult fund, List<SiteResult> perSite,
                            List<ProviderResult> providers, List<FactorResult> economy, RunInfo run) {
        this(portfolio, currency, iterations, seed, sampling, sites, forfeitures, forfeituresMeanByYear, aggregate,
                totalShortfall, unfundedPublicCost, expectedUnfundedPublicCost, fund, perSite, providers, economy, run,
                PortfolioDistributions.EMPTY);
    }
}
