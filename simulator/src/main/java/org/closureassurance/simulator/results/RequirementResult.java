package org.closureassurance.simulator.results;

/**
 * What one regulatory rule would demand and how far it covers the walk-away liability, as if
 * the assurance held were exactly its required amount {@code R_T} in cash (docs/model.md,
 * "Regulatory requirements"). {@code required}, the coverage and the additional cash are over
 * forfeiting iterations; the expected public cost and the contributions over all iterations.
 * {@code contributionPV} is null and {@code fairness} NaN except for a pooled scheme; fairness
 * is NaN too when the holder gives surety or the public cost without any assurance is 0.
 */
public record RequirementResult(String name, String rule, double estimate, Stats required,
                                double coverageProbability, Interval coverageProbabilityCI95,
                                RequiredAdditional requiredAdditional, double expectedPublicCost,
                                Stats contributionPV, double fairness) {
}
