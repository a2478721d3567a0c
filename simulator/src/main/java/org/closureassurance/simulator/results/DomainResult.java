package org.closureassurance.simulator.results;

/**
 * Per-domain rehabilitation figures: completion year (absolute, over iterations where it
 * completes), how often it is incomplete at the horizon, its year-0 present value, the
 * completion-year percentiles 0..100 and the condition-index fan.
 */
public record DomainResult(String name, Stats completionYear, double probabilityIncomplete, Stats pv,
                           double[] completionYearPercentiles, ConditionFan conditionIndex) {
}
