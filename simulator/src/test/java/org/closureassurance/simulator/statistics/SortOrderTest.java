package org.closureassurance.simulator.statistics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.closureassurance.simulator.random.RandomStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SortOrderTest {

    private static double[] sample(int n) {
        RandomStream r = new RandomStream();
        r.reset(n);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            double u = r.nextUniform();
            v[i] = i % 17 == 0 ? Math.floor(u * 5) : (u - 0.3) * Math.exp(40 * (r.nextUniform() - 0.5));
        }
        if (n > 10) {
            v[3] = Double.POSITIVE_INFINITY;
            v[4] = Double.NEGATIVE_INFINITY;
            v[5] = Double.NaN;
            v[6] = Double.MIN_VALUE;
            v[7] = -Double.MAX_VALUE;
        }
        return v;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 5, 2047, 2048, 5000, 100_003})
    void radixSortMatchesArraysSort(int n) {
        double[] expected = sample(n);
        double[] actual = expected.clone();
        Arrays.sort(expected);
        SortOrder.sort(actual);
        assertArrayEquals(expected, actual);
    }

    @ParameterizedTest
    @ValueSource(ints = {2048, 100_000})
    void longRunsSharingUpperBitsAreOrderedByTheLowerBits(int n) {
        // Values 1 + k * 2^-40 share their upper 32 key bits; zeros form one run of equal keys.
        double[] v = new double[n];
        RandomStream r = new RandomStream();
        r.reset(3);
        for (int i = 0; i < n; i++) {
            v[i] = i % 3 == 0 ? 0.0 : 1.0 + Math.floor(r.nextUniform() * 1e6) * 0x1.0p-40;
        }
        double[] expected = v.clone();
        Arrays.sort(expected);
        double[] actual = v.clone();
        SortOrder.sort(actual);
        assertArrayEquals(expected, actual);
        int[] order = SortOrder.ascending(v, n);
        for (int k = 1; k < n; k++) {
            assertTrue(v[order[k - 1]] < v[order[k]] || (v[order[k - 1]] == v[order[k]] && order[k - 1] < order[k]));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 2047, 5000, 100_003})
    void ascendingOrderIsStableAndSorted(int n) {
        double[] v = sample(n);
        int[] order = SortOrder.ascending(v, n);
        for (int k = 1; k < n; k++) {
            double a = v[order[k - 1]];
            double b = v[order[k]];
            assertTrue(Double.compare(a, b) < 0 || (Double.compare(a, b) == 0 && order[k - 1] < order[k])
                    || Double.isNaN(b), "at " + k);
        }
    }

    /** Average ranks the slow way: sort indices by value, give each run of equal values its mean position. */
    private static double[] averageRanksByDefinition(double[] v, int n) {
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> Double.compare(v[a] + 0.0, v[b] + 0.0));
        double[] ranks = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && Double.compare(v[idx[j + 1]] + 0.0, v[idx[i]] + 0.0) == 0) {
                j++;
            }
            for (int m = i; m <= j; m++) {
                ranks[idx[m]] = 0.5 * (i + j) + 1.0;
            }
            i = j + 1;
        }
        return ranks;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 2047, 2048, 5000, 100_003})
    void averageRanksMatchTheDefinitionWithTiesAndExtremes(int n) {
        double[] v = sample(n);
        assertArrayEquals(averageRanksByDefinition(v, n), Arrays.copyOf(Ranks.of(v, n), n));
    }

    @ParameterizedTest
    @ValueSource(ints = {2048, 100_000})
    void averageRanksOfANarrowSpreadMatchTheDefinition(int n) {
        // Values 1e6 + k * 2^-20 differ only in low mantissa bits; ranking shifts keys by their
        // spread, which must keep their order and ties.
        double[] v = new double[n];
        RandomStream r = new RandomStream();
        r.reset(11);
        for (int i = 0; i < n; i++) {
            v[i] = 1e6 + Math.floor(r.nextUniform() * 50_000) * 0x1.0p-20;
        }
        assertArrayEquals(averageRanksByDefinition(v, n), Arrays.copyOf(Ranks.of(v, n), n));
    }

    /** Fixed-seed values with runs of ties, both zeros, infinities, negatives and a NaN. */
    private static double[] signedSample(int n) {
        double[] v = sample(n);
        for (int i = 0; i < n; i += 13) {
            v[i] = i % 2 == 0 ? -0.0 : 0.0;
        }
        for (int i = 1; i < n; i += 29) {
            v[i] = -v[i - 1];
        }
        return v;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 5, 2047, 2048, 5000, 100_003})
    void sortAndRankGiveTheComparisonSortAndTheDefinitionsRanks(int n) {
        double[] v = signedSample(n);
        double[] expected = v.clone();
        Arrays.sort(expected);
        for (int i = 0; i < n && n >= 2048; i++) {
            // The keys read -0.0 as 0.0 (ties), so the radix-sorted sample reports 0.0 for both;
            // below 2,048 values Arrays.sort itself sorts, as before.
            expected[i] += 0.0;
        }
        double[] sorted = new double[n];
        int[] twice = new int[n];
        SortOrder.sortAndRank(v, n, sorted, twice, new RankWorkspace());
        assertArrayEquals(expected, sorted);
        double[] ranks = averageRanksByDefinition(v, n);
        for (int i = 0; i < n; i++) {
            assertEquals(2.0 * ranks[i], twice[i], 0.0, "at " + i);
        }
        RankedSample ranked = Ranks.ranked(v, n, new RankWorkspace());
        assertArrayEquals(sorted, ranked.sorted());
        assertArrayEquals(twice, ranked.twiceRanks());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5, 2048, 100_003})
    void upperHalvesSortStablyAndCarryTheLowerHalvesAndThePayload(int n) {
        // Upper halves: a quarter tied among 3 values, the rest over the whole unsigned range;
        // lower halves random, so only a stable sort on the upper half alone gives this order.
        RandomStream r = new RandomStream();
        r.reset(5 + n);
        long[] keys = new long[n];
        int[] payload = new int[n];
        for (int i = 0; i < n; i++) {
            long upper = i % 4 == 0 ? (long) (r.nextUniform() * 3) : r.nextLong() >>> 32;
            keys[i] = upper << 32 | (r.nextLong() & 0xFFFF_FFFFL);
            payload[i] = i;
        }
        Long[] expected = new Long[n];
        for (int i = 0; i < n; i++) {
            expected[i] = keys[i];
        }
        Arrays.sort(expected, (a, b) -> Long.compareUnsigned(a >>> 32, b >>> 32));
        long[] original = keys.clone();
        SortOrder.sortByUpperHalves(keys, payload, n, new RankWorkspace());
        for (int i = 0; i < n; i++) {
            assertEquals(expected[i].longValue(), keys[i], "at " + i);
            assertEquals(original[payload[i]], keys[i], "payload at " + i);
        }
        long[] alone = original.clone();
        SortOrder.sortByUpperHalves(alone, null, n, new RankWorkspace());
        assertArrayEquals(keys, alone);
    }

    @org.junit.jupiter.api.Test
    void aReusedWorkspaceRanksLikeAFreshOne() {
        RankWorkspace w = new RankWorkspace();
        for (int n : new int[] {100_003, 5000, 7, 100_003, 2048}) {
            double[] v = sample(n);
            double[] fresh = Ranks.of(v, n);
            assertArrayEquals(fresh, Arrays.copyOf(SortOrder.averageRanks(v, n, w), n), "n = " + n);
        }
    }
}
