package org.closureassurance.simulator.portfolio;

import org.closureassurance.simulator.results.Stats;

/**
 * The register's liability and security in one year, over iterations.
 *
 * @param liability Stats of {@code Σ_i L_(i,t)}
 * @param assurance Stats of {@code Σ_i A_(i,t)}
 * @param coverageProbability {@code P(Σ A >= Σ L)}
 */
public record AggregateYear(Stats liability, Stats assurance, double coverageProbability) {
}
