package org.closureassurance.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.closureassurance.simulator.random.RandomStream;
import org.closureassurance.simulator.results.RequiredAssurance;
import org.closureassurance.simulator.statistics.Ranks;
import org.closureassurance.simulator.statistics.Summary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A rule's required additional cash is read at {@link ResultsSummary#requiredPositions} of its
 * gaps, selected without sorting them: the same values as {@link ResultsSummary#required} of
 * the sorted gaps, on gaps with many exact zeros (covered iterations) and ties, small and large.
 */
class RequiredPositionsTest {
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5, 20, 2047, 2048, 4095, 4096, 100_003})
    void selectedGapsAreTheSortedGapsAtTheRequiredLevels(int n) {
        RandomStream r = new RandomStream();
        r.reset(n);
        double[] gaps = new double[n];
        for (int i = 0; i < n; i++) {
            double u = r.nextUniform();
            gaps[i] = u < 0.6 ? 0.0 : Math.floor(u * 50) * 1e5 + (u < 0.9 ? 0.0 : u);
        }
        RequiredAssurance sorted = ResultsSummary.required(Ranks.sortedCopy(gaps, n), n);
        double[] selected = Summary.orderStatistics(gaps, n, ResultsSummary.requiredPositions(n));
        assertArrayEquals(new double[] {sorted.p50(), sorted.p80(), sorted.p90(), sorted.p95(), sorted.p99()}, selected);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 10, 99, 100, 101})
    void positionsAreTheSmallestCountReachingEachLevelLessOne(int n) {
        // The smallest k with k / n >= q is ceil(q n) (exact in these cases): n = 10 gives k = 5, 8,
        // 9, 10, 10 for q = 0.5, 0.8, 0.9, 0.95, 0.99, so positions 4, 7, 8, 9, 9.
        int[] at = ResultsSummary.requiredPositions(n);
        for (int j = 0; j < at.length; j++) {
            int k = (int) Math.ceil(RequiredAssurance.LEVELS[j] * n - 1e-9);
            assertEquals(Math.max(1, k) - 1, at[j], "level " + RequiredAssurance.LEVELS[j] + ", n = " + n);
        }
    }
}
