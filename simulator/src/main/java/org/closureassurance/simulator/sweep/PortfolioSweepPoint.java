package org.closureassurance.simulator.sweep;

import org.closureassurance.simulator.portfolio.FundResult;
import org.closureassurance.simulator.portfolio.PortfolioResults;
import org.closureassurance.simulator.results.Interval;

/**
 * The headline figures of one run of a portfolio sweep, at the set input's {@code value}, with
 * the meanings the portfolio results file gives them. The fund's figures are NaN (and its
 * interval undefined) when the portfolio has no pooled fund. The standard error of the
 * expected unfunded public cost is kept so a break-even on it can state its uncertainty.
 *
 * @param value the input's value
 * @param exhaustionProbability {@code fund.exhaustionProbability}
 * @param exhaustionProbabilityCI95 {@code fund.exhaustionProbabilityCI95}, its Wilson 95 % interval
 * @param requiredContributionPercentP90 {@code fund.requiredContributionPercent.p90}
 * @param expectedUnfundedPublicCost {@code expectedUnfundedPublicCost}
 * @param unfundedPublicCostStandardError the standard error of the mean unfunded public cost
 * @param totalShortfallMean {@code totalShortfall.mean}
 * @param forfeituresMean {@code forfeitures.mean}
 */
public record PortfolioSweepPoint(double value, double exhaustionProbability, Interval exhaustionProbabilityCI95,
                                  double requiredContributionPercentP90, double expectedUnfundedPublicCost,
                                  double unfundedPublicCostStandardError, double totalShortfallMean,
                                  double forfeituresMean) {

    /** The headline figures of {@code results}, a run with the input at {@code value}. */
    public static PortfolioSweepPoint of(double value, PortfolioResults results) {
        FundResult f = results.fund();
        return new PortfolioSweepPoint(value, f == null ? Double.NaN : f.exhaustionProbability(),
                f == null ? Interval.UNDEFINED : f.exhaustionProbabilityCI95(),
                f == null ? Double.NaN : f.requiredContributionPercent().p90(), results.expectedUnfundedPublicCost(),
                results.unfundedPublicCost().standardError(), results.totalShortfall().mean(),
                results.forfeitures().mean());
    }
}
