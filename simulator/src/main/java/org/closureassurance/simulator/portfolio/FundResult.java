package org.closureassurance.simulator.portfolio;

import org.closureassurance.simulator.results.Band;
import org.closureassurance.simulator.results.Interval;

/**
 * The pooled fund's fate: how likely it is to leave some payout unfunded within the horizon,
 * when, what it holds year by year, and the contribution percent that would have kept it
 * solvent.
 *
 * @param exhaustionProbability the share of iterations with some unfunded payout
 * @param exhaustionProbabilityCI95 its Wilson 95 % interval
 * @param exhaustionByYear the cumulative probability of a first unfunded payout by year {@code 0 .. H-1}
 * @param years the years of {@code balance}
 * @param balance percentiles 10/50/90 of the balance {@code F_t} at the start of each year, before payouts
 * @param requiredContributionPercent the percent that suffices in 80, 90 and 95 % of iterations
 */
public record FundResult(double exhaustionProbability, Interval exhaustionProbabilityCI95,
                         double[] exhaustionByYear, int[] years, Band balance,
                         RequiredContribution requiredContributionPercent) {
}
