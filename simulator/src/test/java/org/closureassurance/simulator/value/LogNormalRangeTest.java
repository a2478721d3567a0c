package org.closureassurance.simulator.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.closureassurance.simulator.random.InverseCdf;
import org.closureassurance.simulator.random.InverseCdfs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The two log-normal Value forms of version 0.2: by P10 and P90, and by AACE estimate class. */
class LogNormalRangeTest {

    @Test
    void itsTenthAndNinetiethPercentilesAreTheGivenOnes() {
        // mu = (ln 0.5 + ln 2) / 2 = 0 and sigma = ln 4 / (2 z90): the median is 1, and the
        // sampler's quantiles at 0.1 and 0.9 (exp(+-sigma z90)) are 0.5 and 2.
        LogNormalRange r = new LogNormalRange(0.5, 2);
        assertEquals(0.0, r.mu(), 1e-15);
        assertEquals(Math.log(4) / (2 * 1.2815515655446004), r.sigma(), 1e-15);
        InverseCdf cdf = InverseCdfs.of(r);
        assertEquals(0.5, cdf.quantile(0.1), 1e-12);
        assertEquals(1.0, cdf.quantile(0.5), 1e-12);
        assertEquals(2.0, cdf.quantile(0.9), 1e-12);
    }

    @Test
    void equalPercentilesAreAConstant() {
        LogNormalRange r = new LogNormalRange(1.3, 1.3);
        assertTrue(r.isDegenerate());
        assertEquals(1.3, r.lowerBound());
        assertEquals(1.3, InverseCdfs.of(r).quantile(0.99));
        assertEquals(1.3, r.expectedValue(), 1e-15);
    }

    @Test
    void refusesPercentilesOutOfOrderOrNotPositive() {
        assertThrows(IllegalArgumentException.class, () -> new LogNormalRange(2, 1));
        assertThrows(IllegalArgumentException.class, () -> new LogNormalRange(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new LogNormalRange(1, Double.POSITIVE_INFINITY));
    }

    @ParameterizedTest(name = "class {0}")
    @CsvSource({"1, 0.90, 1.15", "2, 0.85, 1.20", "3, 0.80, 1.30", "4, 0.70, 1.50", "5, 0.50, 2.00"})
    void anEstimateClassIsItsAaceRangeAsP10AndP90(int estimateClass, double p10, double p90) {
        EstimateClass c = new EstimateClass(estimateClass);
        assertEquals(new LogNormalRange(p10, p90), c.range());
        assertFalse(c.isDegenerate());
        assertEquals("estimate-class", c.kind());
        InverseCdf cdf = InverseCdfs.of(c);
        assertEquals(p10, cdf.quantile(0.1), 1e-12);
        assertEquals(p90, cdf.quantile(0.9), 1e-12);
    }

    @Test
    void thereAreFiveClasses() {
        assertThrows(IllegalArgumentException.class, () -> new EstimateClass(0));
        assertThrows(IllegalArgumentException.class, () -> new EstimateClass(6));
    }
}
