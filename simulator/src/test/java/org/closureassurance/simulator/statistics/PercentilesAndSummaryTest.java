package org.closureassurance.simulator.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.closureassurance.simulator.results.Interval;
import org.closureassurance.simulator.results.Stats;
import org.junit.jupiter.api.Test;

class PercentilesAndSummaryTest {

    @Test
    void type7InterpolatesBetweenOrderStatistics() {
        // x = 10, 20, 30, 40 (n = 4): h = 3p; p = 0.5 gives h = 1.5, halfway between 20 and 30;
        // p = 0.9 gives h = 2.7: 30 + 0.7 * 10 = 37; p = 0.05 gives h = 0.15: 11.5.
        double[] x = {10, 20, 30, 40};
        assertEquals(25.0, Percentiles.type7(x, 4, 0.5), 1e-12);
        assertEquals(37.0, Percentiles.type7(x, 4, 0.9), 1e-12);
        assertEquals(11.5, Percentiles.type7(x, 4, 0.05), 1e-12);
        assertEquals(40.0, Percentiles.type7(x, 4, 1.0), 1e-12);
        assertEquals(10.0, Percentiles.type7(x, 4, 0.0), 1e-12);
    }

    @Test
    void summaryUsesNMinusOneAndStandardError() {
        // 1, 2, 3, 4: mean 2.5, sum of squares 5, sd = sqrt(5 / 3), se = sd / 2.
        Stats s = Summary.of(new double[] {4, 1, 3, 2}, 4);
        assertEquals(2.5, s.mean(), 1e-15);
        assertEquals(Math.sqrt(5.0 / 3), s.sd(), 1e-15);
        assertEquals(Math.sqrt(5.0 / 3) / 2, s.standardError(), 1e-15);
        assertEquals(1, s.min());
        assertEquals(4, s.max());
        assertTrue(Summary.of(new double[0], 0).isEmpty());
    }

    @Test
    void meansOfFiniteSamplesNearTheLargestDoubleStayFinite() {
        // 1e308 and 0.5e308 alternating, 1000 samples: the plain sum overflows (7.5e310), the
        // mean is 0.75e308 (summed with compensation, so to a few ulps); deviations are +-0.25e308, so ss = 1000 (0.25e308)^2 and
        // sd = 0.25e308 sqrt(1000/999); se = sd / sqrt(1000).
        double[] x = new double[1000];
        for (int i = 0; i < x.length; i++) {
            x[i] = i % 2 == 0 ? 1e308 : 0.5e308;
        }
        Stats s = Summary.of(x, x.length);
        double sd = 0.25e308 * Math.sqrt(1000.0 / 999);
        assertEquals(0.75e308, s.mean(), 1e-14 * 0.75e308);
        // The squares are summed plainly: 1000 roundings of 2^-53 each bound the error by 1.1e-13.
        assertEquals(sd, s.sd(), 1.2e-13 * sd);
        assertEquals(sd / Math.sqrt(1000), s.standardError(), 1.2e-13 * sd / Math.sqrt(1000));
    }

    @Test
    void sdOfSamplesWhoseSquaredDeviationsOverflowStaysFinite() {
        // 0 and 1e200: the mean 5e199 sums fine, but each squared deviation (5e199)^2 = 2.5e399
        // overflows; sd = 5e199 sqrt(2/1) = 7.0710678e199 for n = 2.
        Stats s = Summary.of(new double[] {0, 1e200}, 2);
        assertEquals(5e199, s.mean(), 1e185);
        assertEquals(5e199 * Math.sqrt(2), s.sd(), 1e186);
    }

    @Test
    void wilsonIntervalMatchesTheClosedForm() {
        // 62 of 100 at z = 1.96: centre (0.62 + 1.92/200) / 1.0384 = 0.61556, half-width
        // 1.96 sqrt(0.62 * 0.38 / 100 + 3.8416 / 40000) / 1.0384 = 0.09354 (Wilson 1927).
        Interval ci = WilsonInterval.of(62, 100, 1.96);
        double denom = 1 + 1.96 * 1.96 / 100;
        double centre = (0.62 + 1.96 * 1.96 / 200) / denom;
        double half = 1.96 * Math.sqrt(0.62 * 0.38 / 100 + 1.96 * 1.96 / 40000) / denom;
        assertEquals(centre - half, ci.lower(), 1e-12);
        assertEquals(centre + half, ci.upper(), 1e-12);
        Interval all = WilsonInterval.of95(50, 50);
        assertEquals(1.0, all.upper(), 1e-12);
        assertTrue(all.lower() > 0.92 && all.lower() < 0.93);
    }

    @Test
    void spearmanUsesAverageRanksForTies() {
        // x = 1, 2, 2, 3 has ranks 1, 2.5, 2.5, 4; y = 1, 2, 3, 4 ranks 1..4. Pearson of those:
        // deviations (-1.5, 0, 0, 1.5) and (-1.5, -0.5, 0.5, 1.5): 4.5 / sqrt(4.5 * 5) = 0.9487.
        double rho = Ranks.spearman(new double[] {1, 2, 2, 3}, new double[] {1, 2, 3, 4}, 4);
        assertEquals(4.5 / Math.sqrt(4.5 * 5), rho, 1e-12);
    }

    @Test
    void sketchIsExactForConstantSeriesAndCloseForSpreadOnes() {
        int n = 100_000;
        double[][] pilot = new double[2][2048];
        double[] all = new double[n];
        for (int i = 0; i < n; i++) {
            all[i] = Math.pow((i * 0.6180339887498949) % 1.0, 2) * 1e6;
        }
        for (int i = 0; i < 2048; i++) {
            pilot[0][i] = 42.0;
            pilot[1][i] = all[i];
        }
        SketchLayout layout = SketchLayout.fromPilot(pilot, 2048, 1024);
        QuantileSketch sketch = new QuantileSketch(layout);
        for (int i = 0; i < n; i++) {
            sketch.add(0, 42.0);
        }
        sketch.addAll(1, all, 0, 1, n);
        assertEquals(42.0, sketch.quantile(0, 0.9));
        double[] sorted = all.clone();
        java.util.Arrays.sort(sorted);
        for (double p : new double[] {0.1, 0.5, 0.9}) {
            double exact = Percentiles.type7(sorted, n, p);
            // 0.5 % of the range is the contract; one bin is 2 * 1e6 / 1024 at most.
            assertEquals(exact, sketch.quantile(1, p), 0.005 * (sorted[n - 1] - sorted[0]));
        }
    }

    @Test
    void sketchEstimatesNeverLeaveTheObservedRange() {
        // Condition indices just below 1: the layout (pilot range widened by half) reaches past
        // 1, and spreading a bin's count evenly could overshoot; the estimate is clamped to the
        // largest value seen.
        int n = 50_000;
        double[][] pilot = new double[1][1024];
        for (int i = 0; i < 1024; i++) {
            pilot[0][i] = 0.99 + 0.00999 * i / 1023.0;
        }
        QuantileSketch sketch = new QuantileSketch(SketchLayout.fromPilot(pilot, 1024, 16));
        double max = 0;
        for (int i = 0; i < n; i++) {
            double x = 0.99 + 0.00999 * ((i * 0.7548776662466927) % 1.0);
            max = Math.max(max, x);
            sketch.add(0, x);
        }
        for (double p = 0.5; p <= 1.0; p += 0.01) {
            assertTrue(sketch.quantile(0, p) <= max, "p = " + p);
        }
        assertEquals(max, sketch.quantile(0, 1.0));
    }
}
