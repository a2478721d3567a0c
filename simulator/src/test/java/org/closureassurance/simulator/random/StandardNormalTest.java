package org.closureassurance.simulator.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StandardNormalTest {
    /** Independent reference: Commons Math's erf/erfc-based normal, built without a generator. */
    private static final NormalDistribution REFERENCE = new NormalDistribution(null, 0, 1);

    @ParameterizedTest
    @CsvSource({
        // p, Phi^-1(p). The first two are the values quoted in the project brief; the others were
        // computed with mpmath 1.3.0 at 80 digits by bisection on ln ncdf(z) = ln p (p taken as
        // the exact double), rounded to 20 digits.
        "0.975, 1.959963984540054",
        "1e-10, -6.361340902404056",
        "1e-300, -37.047096299361199237",
        "1e-100, -21.273453560965324294",
        "1e-20, -9.2623400897984075796",
        "1.1102230246251565e-16, -8.2095361516013868556",
        "1e-05, -4.2648907939228246102",
        "0.02, -2.0537489106318230443",
        "0.3, -0.52440051270804081597",
        "0.9999999999999999, 8.2095361516013868556",
        "0.999999, 4.7534243088170877657",
    })
    void quantileMatchesHighPrecisionValues(double p, double expected) {
        assertEquals(expected, StandardNormal.quantile(p), 4e-16 * Math.abs(expected));
    }

    @Test
    void quantileMatchesCommonsMathAcrossTheBody() {
        // Commons Math computes sqrt(2) erfInv(2p - 1): rounding 2p - 1 costs it about
        // 1.1e-16 / phi(z) absolute, which sets the tolerance; the tails are checked above.
        for (double p = 1e-4; p < 1; p += 0.9998 / 997) {
            double expected = REFERENCE.inverseCumulativeProbability(p);
            double tolerance = 1e-15 + 2e-16 / REFERENCE.density(expected);
            assertEquals(expected, StandardNormal.quantile(p), tolerance, "p = " + p);
        }
    }

    @Test
    void quantileHandlesTheEndsAndInvalidProbabilities() {
        assertEquals(Double.NEGATIVE_INFINITY, StandardNormal.quantile(0.0));
        assertEquals(Double.POSITIVE_INFINITY, StandardNormal.quantile(1.0));
        assertEquals(0.0, StandardNormal.quantile(0.5));
        assertTrue(Double.isNaN(StandardNormal.quantile(Double.NaN)));
        assertTrue(Double.isNaN(StandardNormal.quantile(-0.1)));
        assertTrue(Double.isNaN(StandardNormal.quantile(1.1)));
        assertTrue(StandardNormal.quantile(Double.MIN_VALUE) > -38.5);
    }

    @Test
    void quantileIsAntisymmetricWhereOneMinusPIsExact() {
        for (int k = 2; k <= 53; k++) {
            double q = Math.scalb(1.0, -k);
            assertEquals(-StandardNormal.quantile(q), StandardNormal.quantile(1.0 - q), 0.0, "q = 2^-" + k);
        }
    }

    @ParameterizedTest
    @CsvSource({
        // z, Phi(z): mpmath 1.3.0 ncdf at 60 digits, rounded to 20 digits.
        "-37.0, 5.7255712225245768227e-300",
        "-30.0, 4.9067139271481870595e-198",
        "-20.0, 2.7536241186062336951e-89",
        "-10.0, 7.619853024160526066e-24",
        "-5.0, 2.8665157187919391167e-7",
        "-3.0, 0.0013498980316300945267",
        "-1.0, 0.15865525393145705141",
        "-0.5, 0.30853753872598689636",
        "0.3, 0.61791142218895263307",
        "1.0, 0.84134474606854294859",
        "2.0, 0.9772498680518207928",
        "5.0, 0.99999971334842812081",
    })
    void cdfMatchesHighPrecisionValues(double z, double expected) {
        assertEquals(expected, StandardNormal.cdf(z), 1e-15 * expected);
        assertEquals(expected, StandardNormal.complementaryCdf(-z), 1e-15 * expected);
    }

    @Test
    void cdfMatchesCommonsMathWithRelativeAccuracyInTheLowerTail() {
        // Commons Math: 0.5 erfc(-z / sqrt 2), erfc from the regularized incomplete gamma
        // function, relatively accurate in the tail but only to a few 1e-15 itself (at z = -1.8292
        // it is 4.6e-15 from mpmath's 40-digit value, which StandardNormal matches within an ulp);
        // rounding z / sqrt 2 and its square costs it another 1.5 z^2 * 1.1e-16 relative
        // (d ln Q / d z = -z). Hence the tolerance.
        for (double z = -37.0; z <= 8.0; z += 0.0371) {
            double expected = REFERENCE.cumulativeProbability(z);
            double tolerance = (1e-14 + 5e-16 * z * z) * expected;
            assertEquals(expected, StandardNormal.cdf(z), tolerance, "z = " + z);
            assertEquals(expected, StandardNormal.complementaryCdf(-z), tolerance, "z = " + z);
        }
    }

    @Test
    void cdfHandlesInfinitiesAndNaN() {
        assertEquals(0.0, StandardNormal.cdf(Double.NEGATIVE_INFINITY));
        assertEquals(1.0, StandardNormal.cdf(Double.POSITIVE_INFINITY));
        assertEquals(0.0, StandardNormal.complementaryCdf(Double.POSITIVE_INFINITY));
        assertEquals(0.5, StandardNormal.cdf(0.0));
        assertEquals(0.0, StandardNormal.cdf(-40.0));
        assertTrue(Double.isNaN(StandardNormal.cdf(Double.NaN)));
    }

    @Test
    void cdfInvertsTheQuantileDeepInTheTails() {
        // A relative error e in z becomes about z^2 e relative in Phi(z): the tolerance allows
        // 1e-15 relative in the quantile (a few ulps) plus 2e-15 in the CDF.
        for (int k = 1; k <= 307; k++) {
            double p = Math.pow(10.0, -k);
            double z = StandardNormal.quantile(p);
            double tolerance = (2e-15 + 1e-15 * z * z) * p;
            assertEquals(p, StandardNormal.cdf(z), tolerance, "p = 1e-" + k);
            assertEquals(p, StandardNormal.complementaryCdf(-z), tolerance, "p = 1e-" + k);
        }
    }

    @Test
    void densityMatchesCommonsMath() {
        for (double z = -38.0; z <= 38.0; z += 0.0917) {
            double expected = REFERENCE.density(z);
            // Commons Math rounds z^2 in exp(-z^2/2): up to z^2 * 1.1e-16 relative.
            assertEquals(expected, StandardNormal.density(z), (2e-15 + 1.2e-16 * z * z) * expected, "z = " + z);
        }
        assertEquals(0.0, StandardNormal.density(Double.POSITIVE_INFINITY));
        assertTrue(Double.isNaN(StandardNormal.density(Double.NaN)));
    }

    @ParameterizedTest
    @CsvSource({
        // z, ln Phi(z): mpmath 1.3.0 log(ncdf(z)) at 60 digits.
        "-36.9, -685.33288316535061216",
        "-37.5, -707.66898931750719107",
        "-40.0, -804.60844201375378817",
        "-100.0, -5005.5242086942050886",
        "-1000.0, -500007.82669481218431",
    })
    void logCdfIsAccurateBeyondUnderflow(double z, double expected) {
        assertEquals(expected, StandardNormal.logCdf(z), 1e-15 * Math.abs(expected));
    }

    @Test
    void logCdfIsContinuousWhereItSwitchesToTheAsymptoticSeries() {
        double below = StandardNormal.logCdf(Math.nextDown(-37.0));
        double above = StandardNormal.logCdf(-37.0);
        assertEquals(above, below, 1e-13 * Math.abs(above));
        assertEquals(Math.log1p(-StandardNormal.cdf(-3.0)), StandardNormal.logCdf(3.0), 1e-18);
    }
}
