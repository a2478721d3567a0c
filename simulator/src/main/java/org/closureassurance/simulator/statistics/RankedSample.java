package org.closureassurance.simulator.statistics;

/**
 * A sample sorted ascending together with each sample's average rank doubled (in the sample's
 * own order), both from one sort ({@link Ranks#ranked}).
 *
 * @param sorted     the values ascending (NaN last, -0.0 read as 0.0)
 * @param twiceRanks twice the 1-based average rank of each value, ties sharing their mean
 */
public record RankedSample(double[] sorted, int[] twiceRanks) {
}
