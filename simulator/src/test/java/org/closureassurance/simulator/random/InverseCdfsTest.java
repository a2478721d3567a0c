package org.closureassurance.simulator.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.special.Erf;
import org.closureassurance.simulator.value.Constant;
import org.closureassurance.simulator.value.Discrete;
import org.closureassurance.simulator.value.LogNormal;
import org.closureassurance.simulator.value.Normal;
import org.closureassurance.simulator.value.Pert;
import org.closureassurance.simulator.value.Triangular;
import org.closureassurance.simulator.value.Uniform;
import org.closureassurance.simulator.value.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class InverseCdfsTest {
    private static final double INF = Double.POSITIVE_INFINITY;

    /** Probabilities from 2^-53 (the smallest stream uniform) to 1 - 2^-53, dense in the tails. */
    static double[] probabilities() {
        double[] tail = {0x1.0p-53, 1e-15, 1e-12, 1e-10, 1e-8, 1e-6, 1e-5, 1e-4, 1e-3, 0.01, 0.05};
        double[] p = new double[2 * tail.length + 99];
        int k = 0;
        for (double t : tail) {
            p[k++] = t;
            p[k++] = 1.0 - t;
        }
        for (int i = 1; i <= 99; i++) {
            p[k++] = i / 100.0;
        }
        Arrays.sort(p);
        return p;
    }

    @Test
    void degenerateValuesGiveTheirConstant() {
        Value[] values = {new Constant(3.5), new Uniform(2, 2), new Triangular(4, 4, 4), new Pert(1, 1, 1),
            new Normal(5, 0), new Normal(5, 1, 3, 3), new Normal(5, 0, 6, 9), new LogNormal(4, 0),
            new Discrete(new double[] {1, 2}, new double[] {0, 1})};
        double[] expected = {3.5, 2, 4, 1, 5, 3, 6, 4, 2};
        for (int i = 0; i < values.length; i++) {
            InverseCdf cdf = InverseCdfs.of(values[i]);
            for (double u : new double[] {1e-300, 0.3, 1 - 1e-16}) {
                assertEquals(expected[i], cdf.quantile(u), 0.0, values[i].toString());
            }
            assertEquals(expected[i], cdf.fromNormalScore(-40), 0.0, values[i].toString());
        }
    }

    @Test
    void uniformMatchesCommonsMath() {
        UniformRealDistribution reference = new UniformRealDistribution(null, -3.0, 11.0);
        InverseCdf cdf = InverseCdfs.of(new Uniform(-3.0, 11.0));
        for (double u : probabilities()) {
            assertEquals(reference.inverseCumulativeProbability(u), cdf.quantile(u), 4e-15, "u = " + u);
        }
        assertTrue(InverseCdfs.of(new Uniform(0.1, 0.3)).quantile(1 - 0x1.0p-53) <= 0.3);
    }

    @ParameterizedTest
    @CsvSource({"2, 2, 9", "2, 9, 9", "2, 5.5, 9", "2, 2.7, 9", "-1e6, 0, 3e6"})
    void triangularMatchesCommonsMath(double min, double mode, double max) {
        TriangularDistribution reference = new TriangularDistribution(null, min, mode, max);
        InverseCdf cdf = InverseCdfs.of(new Triangular(min, mode, max));
        for (double u : probabilities()) {
            // Same formula as Commons Math, up to rounding of 1 - u and the products.
            assertEquals(reference.inverseCumulativeProbability(u), cdf.quantile(u), 1e-15 * (max - min), "u = " + u);
        }
    }

    @Test
    void normalMatchesCommonsMathInTheBodyAndAS241InTheTails() {
        NormalDistribution reference = new NormalDistribution(null, 100.0, 15.0);
        InverseCdf cdf = InverseCdfs.of(new Normal(100.0, 15.0));
        for (double u : probabilities()) {
            double z = StandardNormal.quantile(u);
            assertEquals(100.0 + 15.0 * z, cdf.quantile(u), 1e-13, "u = " + u);
            if (u >= 1e-4 && u <= 1 - 1e-4) {
                // Commons Math's erfInv(2u - 1) costs it about 1.1e-16 / phi(z) in z.
                double tolerance = 15.0 * (1e-15 + 2e-16 / StandardNormal.density(z));
                assertEquals(reference.inverseCumulativeProbability(u), cdf.quantile(u), tolerance, "u = " + u);
            }
        }
    }

    @Test
    void logNormalMatchesCommonsMath() {
        LogNormal value = new LogNormal(2.0e6, 1.5e6);
        InverseCdf cdf = InverseCdfs.of(value);
        // Commons Math inverts the log-normal CDF with a generic Brent solver (accuracy 1e-14
        // absolute, plus its default relative accuracy), so the comparison is relative and only
        // where its CDF is not flat; the formula exp(mu + sigma z) itself is checked everywhere.
        LogNormalDistribution reference = new LogNormalDistribution(null, value.mu(), value.sigma(), 1e-14);
        for (double u : probabilities()) {
            double expected = Math.exp(value.mu() + value.sigma() * StandardNormal.quantile(u));
            assertEquals(expected, cdf.quantile(u), 1e-15 * expected, "u = " + u);
            if (u >= 1e-6 && u <= 1 - 1e-6) {
                double commons = reference.inverseCumulativeProbability(u);
                assertEquals(commons, cdf.quantile(u), 1e-9 * commons, "u = " + u);
            }
        }
        assertEquals(Math.exp(value.mu() + value.sigma() * 1.5), cdf.fromNormalScore(1.5), 0.0);
    }

    static Stream<double[]> truncatedNormals() {
        return Stream.of(
                new double[] {10, 2, 7, 15},          // straddles the mean
                new double[] {10, 2, 7, INF},         // lower bound only
                new double[] {10, 2, -INF, 12},       // upper bound only
                new double[] {0, 1, 3, 4},            // both above the mean
                new double[] {0, 1, -7, -6},          // both below the mean
                new double[] {0, 1, 8, INF},          // far upper tail
                new double[] {0, 1, 20, 20.5},        // very far upper tail, still representable
                new double[] {0, 1, -30, -29},        // very far lower tail
                new double[] {5, 3, 0, INF},          // a cost truncated at zero
                new double[] {0, 1, 5, 5 + 1e-9});    // a sliver
    }

    @ParameterizedTest
    @MethodSource("truncatedNormals")
    void truncatedNormalInvertsItsCdf(double[] p) {
        double mean = p[0];
        double sd = p[1];
        double min = p[2];
        double max = p[3];
        InverseCdf cdf = InverseCdfs.of(new Normal(mean, sd, min, max));
        double a = (min - mean) / sd;
        double b = (max - mean) / sd;
        double previous = -INF;
        for (double u : probabilities()) {
            double x = cdf.quantile(u);
            assertTrue(x >= min && x <= max, "in bounds: " + x);
            assertTrue(x >= previous, "monotone");
            previous = x;
            // Independent check: the truncated CDF at x, and its complement, from Commons Math's
            // erfc (relatively accurate in the upper tail; mirrored for the lower), should give
            // back u and 1 - u. The difference divided by the density is the error in x, to first
            // order; the smaller of the two probabilities is compared, so neither loses to 1 - p.
            double z = (x - mean) / sd;
            boolean upper = a >= 0 || (a > -b && z > 0);
            double mass;
            double below;
            double above;
            if (upper) {
                mass = upperTail(a) - upperTail(b);
                below = (upperTail(a) - upperTail(z)) / mass;
                above = (upperTail(z) - upperTail(b)) / mass;
            } else {
                mass = upperTail(-b) - upperTail(-a);
                below = (upperTail(-z) - upperTail(-a)) / mass;
                above = (upperTail(-b) - upperTail(-z)) / mass;
            }
            double density = StandardNormal.density(z) / mass / sd;
            double errorInX = u <= 0.5 ? Math.abs(below - u) / density : Math.abs(above - (1 - u)) / density;
            double tolerance = 1e-9 * (max - min < INF ? max - min : sd) + 4 * Math.ulp(x);
            assertTrue(errorInX < tolerance, "u = " + u + ", error in x " + errorInX);
        }
    }

    @Test
    void truncatedNormalMatchesCommonsMathWhereItsFormulaIsAccurate() {
        NormalDistribution reference = new NormalDistribution(null, 10, 2);
        InverseCdf cdf = InverseCdfs.of(new Normal(10, 2, 7, 15));
        double lower = reference.cumulativeProbability(7);
        double upper = reference.cumulativeProbability(15);
        for (double u = 0.001; u < 1; u += 0.001) {
            double expected = reference.inverseCumulativeProbability(lower + u * (upper - lower));
            assertEquals(expected, cdf.quantile(u), 1e-12, "u = " + u);
        }
    }

    @Test
    void truncationWithUnderflowingProbabilityGivesTheExponentialLimitNotNaN() {
        // Above 40 sd the normal probability of [40, 41] is 0 in doubles. The truncated
        // distribution is then 40 + E / 40 with E exponential to first order, whose median is
        // 40 + ln 2 / 40; the next order shifts it by about (ln 2)^2 / 40^3 = 7.5e-6.
        InverseCdf above = InverseCdfs.of(new Normal(0, 1, 40, 41));
        InverseCdf below = InverseCdfs.of(new Normal(0, 1, -41, -40));
        assertEquals(40 + Math.log(2) / 40, above.quantile(0.5), 2e-5);
        assertEquals(-40 - Math.log(2) / 40, below.quantile(0.5), 2e-5);
        InverseCdf oneSided = InverseCdfs.of(new Normal(0, 1, 45, INF));
        double previous = 45;
        for (double u : probabilities()) {
            double x = above.quantile(u);
            assertTrue(x >= 40 && x <= 41, "u = " + u);
            assertTrue(below.quantile(u) >= -41 && below.quantile(u) <= -40, "u = " + u);
            double y = oneSided.quantile(u);
            assertTrue(y >= previous && y < 46, "u = " + u + ": " + y);
            previous = y;
        }
    }

    @Test
    void discreteSortsMergesAndPicksTheSmallestValueReachingU() {
        // Sorted: 1 (weight 2 + 2 merged), 2 (1), 3 (1); 5 has weight 0 and is never drawn.
        // Cumulative: 1 -> 4/6, 2 -> 5/6, 3 -> 1.
        InverseCdf cdf = InverseCdfs.of(new Discrete(new double[] {3, 1, 5, 2, 1}, new double[] {1, 2, 0, 1, 2}));
        assertEquals(1, cdf.quantile(0x1.0p-53));
        assertEquals(1, cdf.quantile(0.6));
        assertEquals(1, cdf.quantile(4.0 / 6));
        assertEquals(2, cdf.quantile(Math.nextUp(4.0 / 6)));
        assertEquals(2, cdf.quantile(0.8));
        assertEquals(3, cdf.quantile(0.9));
        assertEquals(3, cdf.quantile(1 - 0x1.0p-53));
        assertEquals(3, cdf.fromNormalScore(30));
        assertEquals(1, cdf.fromNormalScore(-30));
        InverseCdf equal = InverseCdfs.of(new Discrete(new double[] {10, 20, 30, 40}, null));
        assertEquals(10, equal.quantile(0.25));
        assertEquals(20, equal.quantile(0.2500001));
        assertEquals(40, equal.quantile(0.99));
    }

    static Stream<Value> sampledValues() {
        return Stream.of(new Uniform(-3, 11), new Triangular(2, 2, 9), new Triangular(2, 9, 9),
                new Triangular(2, 3, 9), new Pert(2, 3, 9), new Pert(2, 2, 9, 10), new Pert(0, 1, 1, 1000),
                new Normal(100, 15), new Normal(10, 2, 7, 15), new Normal(0, 1, 3, 4), new Normal(0, 1, -7, -6),
                new LogNormal(2e6, 1.5e6), new Discrete(new double[] {1, 2, 3}, new double[] {1, 1, 2}));
    }

    @ParameterizedTest
    @MethodSource("sampledValues")
    void fromNormalScoreIsTheQuantileOfPhi(Value value) {
        InverseCdf cdf = InverseCdfs.of(value);
        double scale = Math.abs(value.expectedValue()) + (value.upperBound() - value.lowerBound() < INF
                ? value.upperBound() - value.lowerBound() : 1.0);
        // Moderate z only: quantile(Phi(z)) itself loses about 1.1e-16 / phi(z) in z to the
        // rounding of Phi(z) near 1, which is what fromNormalScore exists to avoid.
        for (double z = -3; z <= 3; z += 0.0123) {
            double u = StandardNormal.cdf(z);
            assertEquals(cdf.quantile(u), cdf.fromNormalScore(z), 1e-12 * scale, value + " at z = " + z);
        }
    }

    @ParameterizedTest
    @MethodSource("sampledValues")
    void quantilesAreNonDecreasingAndInsideTheSupport(Value value) {
        InverseCdf cdf = InverseCdfs.of(value);
        double previous = -INF;
        for (double u : probabilities()) {
            double x = cdf.quantile(u);
            assertTrue(x >= previous, value + " at u = " + u);
            assertTrue(x >= value.lowerBound() && x <= value.upperBound(), value + " at u = " + u);
            previous = x;
        }
    }

    /** 1 - Phi(z) from Commons Math's erfc, relatively accurate for z > 0. */
    private static double upperTail(double z) {
        return 0.5 * Erf.erfc(z / Math.sqrt(2));
    }
}
