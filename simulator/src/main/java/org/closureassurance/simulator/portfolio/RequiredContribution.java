package org.closureassurance.simulator.portfolio;

/**
 * The contribution percent that keeps the pooled fund solvent in a share of futures: at
 * {@code q}, the {@code ⌈q n⌉}-th smallest of the iterations' smallest sufficient percents.
 * {@link Double#POSITIVE_INFINITY} when no percent suffices there (a payout falls due before
 * any contribution can arrive); 0 when nothing is unfunded at 0 %.
 *
 * @param p80 the percent sufficient in 80 % of iterations
 * @param p90 the percent sufficient in 90 % of iterations
 * @param p95 the percent sufficient in 95 % of iterations
 */
public record RequiredContribution(double p80, double p90, double p95) {
}
