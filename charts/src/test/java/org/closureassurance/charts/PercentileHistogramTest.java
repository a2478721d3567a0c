package org.closureassurance.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentileHistogramTest {

    /** Percentiles 0..100 of the uniform distribution on [0, 100]: p_k = k. */
    private static double[] uniform() {
        double[] p = new double[101];
        for (int k = 0; k <= 100; k++) {
            p[k] = k;
        }
        return p;
    }

    @Test
    void spreadsOnePercentEvenlyBetweenConsecutivePercentiles() {
        double[] edges = {0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
        double[] expected = new double[10];
        Arrays.fill(expected, 0.10);
        assertArrayEquals(expected, PercentileHistogram.probabilities(uniform(), edges), 1e-12);
    }

    @Test
    void splitsAnIntervalAcrossABinEdgeByLength() {
        // Between p0 = 0 and p1 = 4 lies 1 %; the edge at 1 takes a quarter of it into bin 0.
        double[] p = uniform();
        p[0] = 0;
        p[1] = 4;
        for (int k = 2; k <= 100; k++) {
            p[k] = 4 + k;
        }
        double[] probs = PercentileHistogram.probabilities(p, new double[] {0, 1, 104});
        assertEquals(0.0025, probs[0], 1e-12);
        assertEquals(0.9975, probs[1], 1e-12);
    }

    @Test
    void putsAnAtomIntoTheBinThatHoldsIt() {
        // 40 % of the mass at exactly 0 (many iterations without shortfall), the rest uniform on [0, 60].
        double[] p = new double[101];
        for (int k = 41; k <= 100; k++) {
            p[k] = k - 40;
        }
        double[] probs = PercentileHistogram.probabilities(p, new double[] {0, 10, 20, 30, 40, 50, 60});
        assertEquals(0.40 + 0.10, probs[0], 1e-12);
        assertEquals(0.10, probs[5], 1e-12);
        assertEquals(1.0, Arrays.stream(probs).sum(), 1e-12);
    }

    @Test
    void aSingleValueGetsOneBinCentredOnIt() {
        double[] p = new double[101];
        Arrays.fill(p, 5e6);
        PercentileHistogram.Bins bins = PercentileHistogram.of(p, 40);
        assertEquals(1, bins.count());
        assertEquals(5e6, 0.5 * (bins.edges()[0] + bins.edges()[1]), 1e-6);
        assertEquals(1.0, bins.probabilities()[0], 1e-12);
    }

    @Test
    void binsCoverTheRangeAndHoldAllTheProbability() {
        double[] p = Fixtures.copperMineResults().distributions().liability();
        PercentileHistogram.Bins bins = PercentileHistogram.of(p, 40);
        assertTrue(bins.edges()[0] <= p[0] && bins.edges()[bins.count()] >= p[100]);
        assertEquals(1.0, Arrays.stream(bins.probabilities()).sum(), 1e-9);
        assertTrue(bins.count() >= 20 && bins.count() <= 80, "about 40 bins, was " + bins.count());
    }

    @ParameterizedTest(name = "range {0} in {1} bins -> {2}")
    @CsvSource({
        "100, 10, 10",
        "227e6, 40, 5e6",
        "36, 40, 1",
        "8, 40, 0.2",
        "110, 40, 2.5",
    })
    void roundsBinWidthsToNiceNumbers(double range, int bins, double width) {
        assertEquals(width, PercentileHistogram.niceWidth(range, bins), width * 1e-12);
    }

    @Test
    void integerBinsAreCentredOnWholeYears() {
        assertArrayEquals(new double[] {16.5, 17.5, 18.5, 19.5}, PercentileHistogram.integerEdges(17, 19), 0);
    }

    @Test
    void recognisesMissingData() {
        assertFalse(PercentileHistogram.hasData(new double[0]));
        assertFalse(PercentileHistogram.hasData(null));
        assertFalse(PercentileHistogram.hasData(new double[] {1, Double.NaN}));
        assertTrue(PercentileHistogram.hasData(new double[] {1, 2}));
    }
}
