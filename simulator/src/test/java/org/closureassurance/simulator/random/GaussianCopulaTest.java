package org.closureassurance.simulator.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import org.junit.jupiter.api.Test;

class GaussianCopulaTest {
    private static final int DRAWS = 100_000;

    /**
     * Standard error of Spearman's rho here: Fieller, Hartley and Pearson (1957) give
     * var(atanh r_s) = 1.06 / (n - 3) for bivariate normal samples, so
     * se(r_s) = (1 - 0.6^2) sqrt(1.06 / 99,997) = 0.0021. The tolerance 0.006 is 2.9 standard
     * errors: a correct copula falls outside with probability about 0.4 % (the seed is fixed, so
     * the test is deterministic), while a copula that forgot the 2 sin(pi rho / 6) conversion
     * would give (6 / pi) asin(0.3) = 0.5819, 8.6 standard errors away, and fail.
     */
    private static final double TOLERANCE = 0.006;

    @Test
    void achievesTheRequestedSpearmanCorrelation() {
        assertEquals(0.6, spearmanOfDraws(0.6, 1L), TOLERANCE);
    }

    @Test
    void theToleranceCatchesACopulaThatSkipsTheConversion() {
        // Asking for (6 / pi) asin(0.3) makes the Pearson correlation of the normal scores 0.6:
        // exactly what a copula using rho itself as the Pearson correlation would do for 0.6.
        double forgetful = 6.0 / Math.PI * Math.asin(0.3);
        assertEquals(0.6, GaussianCopula.pearsonOf(forgetful), 1e-15);
        double achieved = spearmanOfDraws(forgetful, 1L);
        assertTrue(Math.abs(achieved - 0.6) > TOLERANCE, "achieved " + achieved);
    }

    @Test
    void pearsonOfIsTwoSinPiRhoOverSix() {
        assertEquals(2 * Math.sin(Math.PI * 0.6 / 6), GaussianCopula.pearsonOf(0.6), 0.0);
        assertEquals(1.0, GaussianCopula.pearsonOf(1.0), 1e-15);
        assertEquals(0.0, GaussianCopula.pearsonOf(0.0), 0.0);
    }

    @Test
    void reportsTheInputsOfANonPositiveDefiniteMatrix() {
        double[][] spearman = {
            {1.0, 0.9, 0.9, 0.0},
            {0.9, 1.0, -0.9, 0.0},
            {0.9, -0.9, 1.0, 0.0},
            {0.0, 0.0, 0.0, 1.0},
        };
        assertArrayEquals(new int[] {0, 1, 2}, GaussianCopula.nonPositiveDefiniteGroup(spearman));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new GaussianCopula(spearman));
        assertTrue(e.getMessage().contains("[0, 1, 2]"), e.getMessage());
        double[][] valid = {{1.0, 0.5}, {0.5, 1.0}};
        assertArrayEquals(new int[0], GaussianCopula.nonPositiveDefiniteGroup(valid));
    }

    @Test
    void keepsStandardNormalMarginals() {
        GaussianCopula copula = new GaussianCopula(new double[][] {{1, 0.7, 0.3}, {0.7, 1, 0.5}, {0.3, 0.5, 1}});
        RandomStream stream = new RandomStream();
        stream.reset(3L);
        double[] z = new double[3];
        double[] sumSquares = new double[3];
        for (int i = 0; i < DRAWS; i++) {
            for (int j = 0; j < 3; j++) {
                z[j] = stream.nextStandardNormal();
            }
            copula.correlate(z);
            for (int j = 0; j < 3; j++) {
                sumSquares[j] += z[j] * z[j];
            }
        }
        // The sample variance of n standard normals has standard error sqrt(2 / n) = 0.0045;
        // 4 standard errors: a false alarm with probability 6e-5 per input.
        for (int j = 0; j < 3; j++) {
            assertEquals(1.0, sumSquares[j] / DRAWS, 4 * Math.sqrt(2.0 / DRAWS), "input " + j);
        }
    }

    /** Spearman correlation of two copula-correlated uniforms over {@link #DRAWS} draws. */
    private static double spearmanOfDraws(double rho, long seed) {
        GaussianCopula copula = new GaussianCopula(new double[][] {{1, rho}, {rho, 1}});
        RandomStream stream = new RandomStream();
        double[] u = new double[DRAWS];
        double[] v = new double[DRAWS];
        double[] z = new double[2];
        for (int i = 0; i < DRAWS; i++) {
            stream.reset(RandomStream.seedFor(seed, i, 0));
            z[0] = stream.nextStandardNormal();
            z[1] = stream.nextStandardNormal();
            copula.correlate(z);
            u[i] = StandardNormal.cdf(z[0]);
            v[i] = StandardNormal.cdf(z[1]);
        }
        return RandomStreamTest.correlation(ranks(u), ranks(v));
    }

    private static double[] ranks(double[] x) {
        Integer[] order = new Integer[x.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> x[i]));
        double[] rank = new double[x.length];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r + 1;
        }
        return rank;
    }

    /**
     * The batched product sums every entry in the same order as the one-vector product, so a
     * batch gives the same vectors bit for bit (the engine's results must not depend on the
     * batch size). 7 vectors of a 4-dimensional copula with unequal correlations.
     */
    @Test
    void correlatingABatchGivesEachVectorBitForBit() {
        double[][] rho = {{1, 0.3, -0.2, 0.5}, {0.3, 1, 0.1, 0.2}, {-0.2, 0.1, 1, 0.0}, {0.5, 0.2, 0.0, 1}};
        GaussianCopula copula = new GaussianCopula(rho);
        RandomStream stream = new RandomStream();
        stream.reset(42);
        int count = 7;
        double[][] batch = new double[4][count + 2];
        double[][] single = new double[count][4];
        for (int b = 0; b < count; b++) {
            for (int i = 0; i < 4; i++) {
                single[b][i] = stream.nextStandardNormal();
                batch[i][b] = single[b][i];
            }
            copula.correlate(single[b]);
        }
        copula.correlate(batch, count, new double[count]);
        for (int b = 0; b < count; b++) {
            for (int i = 0; i < 4; i++) {
                assertEquals(Double.doubleToRawLongBits(single[b][i]), Double.doubleToRawLongBits(batch[i][b]),
                        "vector " + b + ", entry " + i);
            }
        }
        assertEquals(0.0, batch[0][count], "entries past the count are left alone");
    }
}
