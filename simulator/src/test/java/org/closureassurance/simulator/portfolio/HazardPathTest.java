package org.closureassurance.simulator.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HazardPathTest {

    /*
     * p = 0.5 every year: Λ_t = t ln 2, so the first year is t exactly when
     * t ln 2 <= -ln u < (t+1) ln 2, that is 2^-(t+1) < u <= 2^-t.
     */
    @Test
    void constantHazardFirstYearIsTheHalvingIntervalOfU() {
        HazardPath path = new HazardPath(10);
        double[] p = {0.5, 0.5, 0.5, 0.5, 0.5};
        path.fill(p, 5);
        assertEquals(0, path.firstYear(0.75));
        assertEquals(1, path.firstYear(0.3));
        assertEquals(2, path.firstYear(0.2));
        assertEquals(4, path.firstYear(0.04));
        assertEquals(-1, path.firstYear(0.01), "2^-5 = 0.03125 > 0.01: not within five years");
    }

    /*
     * P(first = t) = p_t Π(1 - p_s): the boundaries are u = Π_(s<=t)(1 - p_s). With p = (0.1, 0.2):
     * year 0 for u > 0.9, year 1 for 0.72 < u <= 0.9, none below.
     */
    @Test
    void boundariesAreTheSurvivalProbabilities() {
        HazardPath path = new HazardPath(2);
        path.fill(new double[] {0.1, 0.2}, 2);
        assertEquals(0, path.firstYear(0.9 + 1e-9));
        assertEquals(1, path.firstYear(0.9 - 1e-9));
        assertEquals(1, path.firstYear(0.72 + 1e-9));
        assertEquals(-1, path.firstYear(0.72 - 1e-9));
    }

    /*
     * A site with hazard 0 before closure in year 3, sure forfeiture (1) after, relinquished after
     * 2 years: every u gives year 3. With after = 0.5 and duration 2, the site can forfeit only in
     * years 3 and 4: u <= 0.25 never forfeits (Λ stays 2 ln 2 from year 5 on).
     */
    @Test
    void aSiteForfeitsOnlyBetweenItsHazardStartAndItsRelinquishment() {
        HazardPath path = new HazardPath(10);
        path.fillSite(0.0, 1.0, 3, 2, 10);
        assertEquals(3, path.firstYear(1e-300));
        assertEquals(3, path.firstYear(0.999));
        path.fillSite(0.0, 0.5, 3, 2, 10);
        assertEquals(3, path.firstYear(0.6));
        assertEquals(4, path.firstYear(0.3));
        assertEquals(-1, path.firstYear(0.2));
    }

    /*
     * Read in pieces: p = (1, 0.5, 0.5). The sure year 0 adds a finite increment (1024), so the
     * rest of the path still reads: counted from year 1, e < ln 2 gives year 1, ln 2 <= e < 2 ln 2
     * year 2, and beyond that nothing within years 1..2. A piece that starts and ends together is
     * empty.
     */
    @Test
    void aPathReadsFromAnyYearEvenAfterASureOne() {
        HazardPath path = new HazardPath(3);
        path.fill(new double[] {1.0, 0.5, 0.5}, 3);
        assertEquals(0, path.firstYear(0.5, 0, 3));
        assertEquals(1, path.firstYear(0.5, 1, 3));
        assertEquals(2, path.firstYear(1.0, 1, 3));
        assertEquals(-1, path.firstYear(1.4, 1, 3));
        assertEquals(-1, path.firstYear(0.0, 2, 2));
        assertEquals(2 * Math.log(2), path.cumulative(3) - path.cumulative(1), 1e-12);
    }
}
