package org.closureassurance.simulator.statistics;

import org.closureassurance.simulator.results.Stats;

/**
 * A figure's {@link Stats} and its percentiles 0, 1, ..., 100 ({@link Summary#withHundredths}):
 * what the results report of a figure whose samples need no ranks.
 *
 * @param stats      mean, spread and the reported percentiles
 * @param hundredths percentiles 0 to 100 (101 values; empty for no samples); the array is shared, not copied
 */
public record SampleSummary(Stats stats, double[] hundredths) {
}
