package org.closureassurance.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.closureassurance.simulator.random.RandomStream;
import org.junit.jupiter.api.Test;

/**
 * Gaps drawn through {@link GeometricGaps}, which keeps the logarithm of the last chance, are
 * those of {@link IterationContext#geometric} bit for bit, whatever sequence of chances it is
 * asked for: a chance repeated, changed and changed back, and the edge chances 0, 1, NaN and
 * negative that never reach the logarithm.
 */
class GeometricGapsTest {
    @Test
    void gapsAreThoseOfTheUnkeptFormulaForAnySequenceOfChances() {
        double[] chances = {0.05, 0.05, 0.3, 0.05, 1e-9, 0.999, 0.999, 0.0, 0.05, 1.0, Double.NaN, -0.1, 0.3, 0.3};
        GeometricGaps gaps = new GeometricGaps();
        RandomStream r = new RandomStream();
        r.reset(7);
        for (int round = 0; round < 200; round++) {
            for (double p : chances) {
                double u = r.nextUniform();
                assertEquals(IterationContext.geometric(u, p), gaps.next(u, p), "u = " + u + ", p = " + p);
            }
        }
    }

    @Test
    void aKeptChanceIsRecomputedWhenTheChanceChanges() {
        GeometricGaps gaps = new GeometricGaps();
        // u = 0.5: floor(ln 0.5 / ln 0.5) = 1 failure at p = 1/2; floor(ln 0.5 / ln 0.9) = floor(6.58) = 6 at p = 0.1.
        assertEquals(1, gaps.next(0.5, 0.5));
        assertEquals(6, gaps.next(0.5, 0.1));
        assertEquals(1, gaps.next(0.5, 0.5));
    }
}
