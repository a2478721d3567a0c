package org.closureassurance.simulator.portfolio;

/**
 * One site's part in the portfolio's outcome.
 *
 * @param name the site's name
 * @param category the site's category; null when none (a scenario site has none)
 * @param forfeitureProbability the share of iterations in which it forfeits within the horizon
 * @param expectedShortfall the mean of {@code S_i} valued at year 0 (zeros included)
 * @param tailContribution the mean of {@code S_i} valued at year 0 over the {@code ⌈0.05 n⌉}
 *     iterations with the largest total shortfall: the site's share of the worst 5 %
 * @param contributionPV the mean present value at year 0 of what it pays into the fund
 * @param fairness {@code contributionPV / expectedShortfall}; NaN when the expected shortfall is 0
 */
public record SiteResult(String name, String category, double forfeitureProbability, double expectedShortfall,
                         double tailContribution, double contributionPV, double fairness) {
}
