package org.closureassurance.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SpearmanSignificanceTest {

    /** n = 10,001: SE = 1 / sqrt(10,000) = 0.01 exactly; threshold 1.959964 * 0.01. */
    @Test
    void thresholdIsZ95OverTheSquareRootOfNMinusOne() {
        assertEquals(0.01, SpearmanSignificance.standardError(10_001), 1e-15);
        assertEquals(0.01959964, SpearmanSignificance.threshold(10_001), 1e-8);
        assertTrue(SpearmanSignificance.isDistinguishable(-0.0196, 10_001));
        assertFalse(SpearmanSignificance.isDistinguishable(0.0195, 10_001));
        assertFalse(SpearmanSignificance.isDistinguishable(0.9, 1), "one iteration tells nothing");
        assertFalse(SpearmanSignificance.isDistinguishable(Double.NaN, 100));
    }

    /**
     * Under independence the test rejects about 5 % of the time: 2,000 pairs of independent
     * samples of n = 200, Spearman computed from ranks (no ties). The rejection count is binomial
     * (2,000, 0.05), SE sqrt(0.05 * 0.95 / 2,000) = 0.0049; the test allows 0.05 -+ 0.015
     * (3.1 SE, about 1 failure in 500 seeds; this seed is fixed). The normal approximation to the
     * exact null distribution is already close at n = 200.
     */
    @Test
    void rejectsIndependenceAbout5PercentOfTheTime() {
        SplittableRandom rnd = new SplittableRandom(11L);
        int reps = 2000;
        int n = 200;
        int rejected = 0;
        for (int r = 0; r < reps; r++) {
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = rnd.nextDouble();
                y[i] = rnd.nextDouble();
            }
            if (SpearmanSignificance.isDistinguishable(spearman(x, y), n)) {
                rejected++;
            }
        }
        assertEquals(0.05, rejected / (double) reps, 0.015);
    }

    /** Spearman without ties: 1 - 6 sum d^2 / (n (n^2 - 1)). */
    private static double spearman(double[] x, double[] y) {
        double[] rx = ranks(x);
        double[] ry = ranks(y);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += (rx[i] - ry[i]) * (rx[i] - ry[i]);
        }
        double n = x.length;
        return 1 - 6 * sum / (n * (n * n - 1));
    }

    private static double[] ranks(double[] v) {
        Integer[] order = new Integer[v.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(v[a], v[b]));
        double[] r = new double[v.length];
        for (int k = 0; k < order.length; k++) {
            r[order[k]] = k + 1;
        }
        return r;
    }
}
