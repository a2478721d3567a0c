package org.closureassurance.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.closureassurance.simulator.results.Interval;
import org.junit.jupiter.api.Test;

class PercentileIntervalTest {

    /**
     * A table whose k-th percentile is k, so the table read at u is 100 u. For p = 0.9 over
     * n = 10,000: half-width 1.96 * sqrt(0.9 * 0.1 / 10,000) = 1.96 * 0.003 = 0.00588 (with
     * z = 1.959964: 0.0058799), so the interval is 100 (0.9 -+ 0.0058799) = 89.41201 to 90.58799.
     */
    @Test
    void readsTheTableAtPPlusAndMinusTheBinomialHalfWidth() {
        double[] table = new double[101];
        Arrays.setAll(table, k -> k);
        Interval i = PercentileInterval.of(table, 0.9, 10_000);
        assertEquals(89.41201, i.lower(), 1e-5);
        assertEquals(90.58799, i.upper(), 1e-5);
    }

    @Test
    void staysInsideTheTableAndIsUndefinedWithoutOne() {
        double[] table = new double[101];
        Arrays.setAll(table, k -> k);
        Interval i = PercentileInterval.of(table, 0.99, 20);
        assertEquals(100.0, i.upper(), 0, "p + half-width past 1 reads the largest value");
        assertTrue(Double.isNaN(PercentileInterval.of(new double[0], 0.5, 100).lower()));
        assertTrue(Double.isNaN(PercentileInterval.of(table, 0.5, 1).lower()));
    }

    /**
     * The interval covers the true quantile about 95 % of the time: 400 runs of 2,000 uniform
     * draws (true P90 = 0.9), each summarised to 101 type-7 percentiles as the engine does. The
     * count covering is binomial (400, 0.95), SE sqrt(0.95 * 0.05 / 400) = 0.0109; the test
     * allows 0.95 -+ 0.035 (3.2 SE, about 1 failure in 700 seeds; this seed is fixed).
     */
    @Test
    void coversTheTrueQuantileAbout95PercentOfTheTime() {
        SplittableRandom rnd = new SplittableRandom(20261205L);
        int runs = 400;
        int n = 2000;
        int covered = 0;
        for (int r = 0; r < runs; r++) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = rnd.nextDouble();
            }
            Arrays.sort(x);
            double[] table = new double[101];
            for (int k = 0; k <= 100; k++) {
                double h = (n - 1) * k / 100.0;
                int lo = (int) Math.floor(h);
                table[k] = lo + 1 < n ? x[lo] + (h - lo) * (x[lo + 1] - x[lo]) : x[lo];
            }
            Interval i = PercentileInterval.of(table, 0.9, n);
            if (i.lower() <= 0.9 && 0.9 <= i.upper()) {
                covered++;
            }
        }
        assertEquals(0.95, covered / (double) runs, 0.035);
    }
}
