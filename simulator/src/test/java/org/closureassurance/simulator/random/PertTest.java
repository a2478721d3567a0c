package org.closureassurance.simulator.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.special.Beta;
import org.closureassurance.simulator.value.Pert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PertTest {
    private static final double MIN = 2.0;
    private static final double MAX = 7.0;
    private static final double RANGE = MAX - MIN;
    /** The accuracy required of PERT quantiles, as a fraction of the range. */
    private static final double REQUIRED = 1e-8;

    /** lambda in {0, 1, 4, 10, 100, 1000} x mode at min, max, the middle and 10 % of the range. */
    static Stream<Arguments> shapes() {
        List<Arguments> cases = new ArrayList<>();
        for (double lambda : new double[] {0, 1, 4, 10, 100, 1000}) {
            for (double position : new double[] {0.0, 1.0, 0.5, 0.1}) {
                cases.add(Arguments.of(lambda, MIN + position * RANGE));
            }
        }
        return cases.stream();
    }

    /** u from 1e-10 to 1 - 1e-10: dense overall, and in decades into both tails. */
    static double[] bodyProbabilities() {
        List<Double> u = new ArrayList<>();
        for (int i = 1; i < 2000; i++) {
            u.add(i / 2000.0 + 1.234e-5);
        }
        for (double t : new double[] {1e-10, 3e-10, 1e-9, 1e-8, 1e-7, 1e-6, 1e-5, 3e-5, 1e-4, 4e-5, 1e-3}) {
            u.add(t);
            u.add(1.0 - t);
        }
        u.add(0.99996);
        u.add(0.999999);
        return u.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @ParameterizedTest(name = "lambda {0}, mode {1}")
    @MethodSource("shapes")
    void matchesCommonsMathToOneHundredMillionthOfTheRange(double lambda, double mode) {
        Pert pert = new Pert(MIN, mode, MAX, lambda);
        double a = pert.alpha();
        double b = pert.beta();
        InverseCdf cdf = InverseCdfs.of(pert);
        // Commons Math inverts by a Brent search on its incomplete beta with a function-value
        // tolerance of 1e-15, so its own error is about 1e-15 / f(x): fine to u = 1e-10 for these
        // shapes, not beyond (there it drifts to 1e-6). Above the median the mirrored
        // Beta(b, a) at 1 - u (exact in doubles) keeps it out of 1 - p trouble too.
        BetaDistribution lower = new BetaDistribution(null, a, b, 1e-14);
        BetaDistribution upper = new BetaDistribution(null, b, a, 1e-14);
        for (double u : bodyProbabilities()) {
            double x = u <= 0.5 ? lower.inverseCumulativeProbability(u)
                    : 1.0 - upper.inverseCumulativeProbability(1.0 - u);
            assertEquals(MIN + RANGE * x, cdf.quantile(u), REQUIRED * RANGE, "u = " + u);
        }
    }

    @ParameterizedTest(name = "lambda {0}")
    @CsvSource({"1", "4", "10", "100", "1000"})
    void matchesTheClosedFormsDeepInBothTailsWhenTheModeIsAtAnEnd(double lambda) {
        // Mode at max: Beta(1 + lambda, 1), x = u^(1/a). Mode at min: Beta(1, 1 + lambda),
        // x = 1 - (1 - u)^(1/b). Both computed here in logs so that they are exact to rounding.
        InverseCdf atMax = InverseCdfs.of(new Pert(MIN, MAX, MAX, lambda));
        InverseCdf atMin = InverseCdfs.of(new Pert(MIN, MIN, MAX, lambda));
        double shape = 1.0 + lambda;
        for (double u : new double[] {Double.MIN_NORMAL, 1e-300, 1e-100, 1e-20, 1e-17, 0x1.0p-53, 1e-12,
            1e-5, 0.3, 0.99996, 1 - 1e-10, 1 - 0x1.0p-40, 1 - 0x1.0p-53}) {
            double v = 1.0 - u;
            double xAtMax = Math.exp(Math.log(u) / shape);
            double xAtMin = -Math.expm1(Math.log(v) / shape);
            assertEquals(MIN + RANGE * xAtMax, atMax.quantile(u), REQUIRED * RANGE, "mode at max, u = " + u);
            assertEquals(MIN + RANGE * xAtMin, atMin.quantile(u), REQUIRED * RANGE, "mode at min, u = " + u);
        }
    }

    @ParameterizedTest(name = "Beta({0}, {1}) at {2}")
    @CsvSource({
        // a, b, u, x with I_x(a, b) = u: mpmath 1.3.0 at 80 digits, bisection on
        // ln betainc(a, b, 0, e^t, regularized) = ln u in t = ln x (u the exact double); for
        // u near 1, x = 1 - y with y solving the mirrored Beta(b, a) at 1 - u.
        // The shapes are PERT(lambda 4, mode at 10 %), (4, middle), (1000, middle), (1000, 10 %).
        "1.4, 4.6, 1e-300, 1.2620297086703951859e-215",
        "1.4, 4.6, 1e-15, 4.7043340169239947011e-12",
        "1.4, 4.6, 0.9999999999999999, 0.99971338452245383843",
        "1.4, 4.6, 0.9999999999999991, 0.99954956862633176802",
        "3, 3, 1e-300, 4.6415888336127789312e-101",
        "3, 3, 1e-15, 4.641599605841229524e-6",
        "3, 3, 0.9999999999999999, 0.99999776914901753147",
        "3, 3, 0.9999999999999991, 0.9999955382930583413",
        "501, 501, 1e-300, 0.068148425751776910723",
        "501, 501, 1e-15, 0.37648008862116534922",
        "501, 501, 0.9999999999999999, 0.62755485282060714204",
        "501, 501, 0.9999999999999991, 0.62374130372630449475",
        "101, 901, 1e-300, 0.00004323112977851286883",
        "101, 901, 1e-15, 0.041707714522661438432",
        "101, 901, 0.9999999999999999, 0.1957265629506669574",
        "101, 901, 0.9999999999999991, 0.19230494014460294355",
    })
    void matchesHighPrecisionQuantilesInTheFarTails(double a, double b, double u, double expected) {
        // 0.9999999999999999 is 1 - 2^-53 and 0.9999999999999991 is 1 - 2^-50, exactly.
        assertEquals(expected, BetaTable.of(a, b).quantile(u), REQUIRED);
    }

    @ParameterizedTest(name = "Beta({0}, {1}) at z = {2}")
    @CsvSource({
        // a, b, z, x with I_x(a, b) = Phi(z): mpmath as above, with ncdf at 80 digits.
        "1.4, 4.6, -20, 1.3476369337019994481e-64",
        "1.4, 4.6, 9, 0.99993592806919834804",
        "501, 501, -20, 0.21308809481836444823",
        "501, 501, 9, 0.63936836331233161556",
    })
    void solvesExactlyBeyondTheTable(double a, double b, double z, double expected) {
        assertEquals(expected, BetaTable.of(a, b).fromNormalScore(z), 1e-12);
    }

    @ParameterizedTest(name = "lambda {0}, mode {1}")
    @MethodSource("shapes")
    void invertsTheIncompleteBetaEverywhereOnTheTable(double lambda, double mode) {
        // Backward check over the whole table and just beyond, on a z grid that does not line
        // up with the nodes: Commons Math's regularized incomplete beta at the returned x
        // (the lower tail below the median, the mirrored upper tail above: both relatively
        // accurate) against Phi(z) or 1 - Phi(z); the difference over the density is the
        // error in x to first order.
        Pert pert = new Pert(MIN, mode, MAX, lambda);
        double a = pert.alpha();
        double b = pert.beta();
        BetaTable table = BetaTable.of(a, b);
        BetaDistribution density = new BetaDistribution(null, a, b);
        for (double z = -8.9; z <= 8.9; z += 0.00731) {
            double x = table.fromNormalScore(z);
            assertTrue(x >= 0 && x <= 1, "z = " + z);
            double error;
            if (z < 0) {
                error = (Beta.regularizedBeta(x, a, b, 1e-16, 100_000) - StandardNormal.cdf(z)) / density.density(x);
            } else {
                double y = 1.0 - x;
                error = (Beta.regularizedBeta(y, b, a, 1e-16, 100_000) - StandardNormal.complementaryCdf(z))
                        / density.density(x);
            }
            if (Double.isFinite(error)) {
                assertTrue(Math.abs(error) < REQUIRED, "z = " + z + ": error in x " + error);
            } else {
                // The density vanishes or is unbounded only at an end, where x is exact.
                assertTrue(x == 0 || x == 1, "z = " + z);
            }
        }
    }

    @Test
    void lambdaZeroIsTheUniform() {
        InverseCdf pert = InverseCdfs.of(new Pert(MIN, 3.0, MAX, 0.0));
        for (double u : bodyProbabilities()) {
            assertEquals(MIN + RANGE * u, pert.quantile(u), 1e-15 * RANGE);
        }
    }

    @Test
    void theTableOfAUniformBetaIsPhi() {
        // The hardest shape for the table (x(z) = Phi(z) has the largest fourth derivative), though
        // PERTs with lambda = 0 do not use it: interpolation error at most about 1e-9.
        BetaTable table = BetaTable.of(1.0, 1.0);
        for (double z = -8.4; z <= 8.4; z += 0.0173) {
            assertEquals(StandardNormal.cdf(z), table.fromNormalScore(z), 2e-9);
        }
    }

    @Test
    void quantilesAreNonDecreasingAndStayInTheRange() {
        InverseCdf cdf = InverseCdfs.of(new Pert(MIN, 2.5, MAX, 1000));
        double previous = MIN;
        for (double z = -9; z <= 9; z += 0.0007) {
            double x = cdf.fromNormalScore(z);
            assertTrue(x >= previous - 1e-12 * RANGE && x <= MAX, "z = " + z);
            previous = Math.max(previous, x);
        }
        assertEquals(MIN, cdf.fromNormalScore(Double.NEGATIVE_INFINITY));
        assertEquals(MAX, cdf.fromNormalScore(Double.POSITIVE_INFINITY));
        assertEquals(MIN, cdf.quantile(0.0));
        assertEquals(MAX, cdf.quantile(1.0));
    }

    @Test
    void pertsWithTheSameShapesShareOneTable() {
        assertSame(BetaTable.of(1.8, 3.2), BetaTable.of(1.8, 3.2));
        InverseCdfs.PertCdf first = (InverseCdfs.PertCdf) InverseCdfs.of(new Pert(0, 1, 5));
        InverseCdfs.PertCdf scaled = (InverseCdfs.PertCdf) InverseCdfs.of(new Pert(100, 120, 200));
        assertSame(first.table(), scaled.table());
    }
}
