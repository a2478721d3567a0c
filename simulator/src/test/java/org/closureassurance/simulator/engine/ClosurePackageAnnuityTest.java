package org.closureassurance.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The package values a level flow of {@code m} years with the annuity
 * {@code sum_{j<m} v^j = (1 - v^m) / (1 - v)}: short ones are summed from the table of powers,
 * long ones in closed form with {@code expm1}. Both must agree with the geometric series.
 */
class ClosurePackageAnnuityTest {
    @Test
    void shortAndLongAnnuitiesMatchTheGeometricSeries() {
        for (double r : new double[] {0.07, 0.03, 1e-9, 0.5}) {
            ClosurePackage pkg = new ClosurePackage(40);
            pkg.reset(5, r);
            double v = 1.0 / (1.0 + r);
            for (int m = 1; m <= 60; m++) {
                // (1 - v^m) / (1 - v) in a form that keeps its precision for tiny r:
                // 1 - v^m = -expm1(m ln v), 1 - v = r / (1 + r).
                double expected = -Math.expm1(m * -Math.log1p(r)) * (1.0 + r) / r;
                assertEquals(expected, pkg.annuity(m), 1e-13 * m, "r " + r + ", m " + m);
            }
        }
    }

    @Test
    void aZeroRateCountsYearsAndAShortHorizonStillWorks() {
        ClosurePackage pkg = new ClosurePackage(3);
        pkg.reset(0, 0.0);
        assertEquals(7.0, pkg.annuity(7));
        pkg.reset(0, 0.05);
        // Horizon 3: m = 5 is beyond the table of powers (v^0..v^3) and uses the closed form.
        double v = 1 / 1.05;
        assertEquals(1 + v + v * v + v * v * v + v * v * v * v, pkg.annuity(5), 1e-14);
    }
}
