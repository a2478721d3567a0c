package org.closureassurance.simulator.statistics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.closureassurance.simulator.random.RandomStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Selected order statistics must be exactly the entries of the sorted sample, and Stats from them identical. */
class OrderStatisticsTest {

    private static double[] sample(String kind, int n) {
        RandomStream r = new RandomStream();
        r.reset(kind.hashCode() + n);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            double u = r.nextUniform();
            v[i] = switch (kind) {
                // Log-normal money with a few enormous outliers stretching the range.
                case "heavy" -> i % 10_007 == 0 ? 1e15 * u : Math.exp(17 + 0.8 * r.nextStandardNormal());
                // Mostly exact zeros (no shortfall), the rest spread: selected buckets may hold most of the sample.
                case "zeros" -> i % 5 == 0 ? 1e7 * u : 0.0;
                // Few distinct values (bond faces).
                case "steps" -> 1e6 * Math.floor(u * 4);
                // A narrow spread: values differ only in their last bits.
                case "narrow" -> 1e6 + Math.floor(u * 1000) * 0x1.0p-30;
                // Signs mixed, -0.0 included.
                default -> i % 97 == 0 ? -0.0 : (u - 0.4) * 1e3;
            };
        }
        return v;
    }

    @ParameterizedTest
    @ValueSource(strings = {"heavy", "zeros", "steps", "narrow", "mixed"})
    void selectedPositionsAreThoseOfTheSortedSample(String kind) {
        for (int n : new int[] {1, 2, 4095, 4096, 200_003}) {
            double[] v = sample(kind, n);
            double[] sorted = v.clone();
            SortOrder.sort(sorted);
            int[] positions = {0, n - 1, n / 2, (int) ((n - 1) * 0.05), Math.min(n - 1, (int) ((n - 1) * 0.99) + 1),
                (int) ((n - 1) * 0.8), n / 3};
            double[] at = OrderStatistics.at(v, n, positions);
            for (int j = 0; j < positions.length; j++) {
                assertEquals(sorted[positions[j]], at[j], 0.0, kind + " n=" + n + " position " + positions[j]);
            }
            assertEquals(Summary.ofSorted(v, sorted, n), Summary.of(v, n), kind + " n=" + n);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"heavy", "zeros", "steps", "narrow", "mixed"})
    void statsAndHundredthsBySelectionEqualThoseOfTheSortedSample(String kind) {
        // The reference is the sorted sample read directly; selection must give every one of the
        // 101 percentiles and the Stats bit for bit, including where a bucket is mostly zeros or
        // a few repeated values (the fallback to a full sort).
        for (int n : new int[] {0, 1, 2, 101, 4095, 4096, 200_003}) {
            double[] v = sample(kind, n);
            double[] sorted = v.clone();
            Arrays.sort(sorted);
            for (int i = 0; i < n && n >= 2048; i++) {
                sorted[i] += 0.0;
            }
            SampleSummary s = Summary.withHundredths(v, n);
            assertArrayEquals(Percentiles.hundredths(sorted, n), s.hundredths(), kind + " n=" + n);
            assertEquals(Summary.ofSorted(v, sorted, n), s.stats(), kind + " n=" + n);
            assertEquals(n == 0 ? 0 : 101, s.hundredths().length);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {5000, 100_000})
    void aConstantSampleAndNaNsOrderAsTheSortDoes(int n) {
        double[] constant = new double[n];
        Arrays.fill(constant, 42.5);
        assertEquals(42.5, OrderStatistics.at(constant, n, new int[] {0, n / 2, n - 1})[1], 0.0);
        double[] withNaN = sample("heavy", n);
        withNaN[7] = Double.NaN;
        double[] sorted = withNaN.clone();
        SortOrder.sort(sorted);
        double[] at = OrderStatistics.at(withNaN, n, new int[] {n - 2, n - 1});
        assertEquals(sorted[n - 2], at[0], 0.0);
        assertEquals(Double.NaN, at[1]);
    }
}
