package org.closureassurance.simulator.portfolio;

import org.closureassurance.simulator.results.Timeline;

/**
 * The register as an auditor sees it: the liability {@code Σ_i L_(i,t)} if every operator
 * walked away in year {@code t}, against the security {@code Σ_i A_(i,t)} held, at year 0 and
 * year by year.
 *
 * @param year0 the figures for year 0
 * @param timeline percentiles 10/50/90 of both sums and {@code P(Σ A >= Σ L)} by year
 */
public record AggregateResult(AggregateYear year0, Timeline timeline) {
}
