package org.closureassurance.simulator.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.closureassurance.simulator.results.Interval;
import org.closureassurance.simulator.statistics.WilsonInterval;
import org.junit.jupiter.api.Test;

/** Reading a portfolio target and judging a point against it and its 95 % band. */
class PortfolioTargetTest {
    /** Exhaustion 0.12 with Wilson interval 0.08 to 0.17; unfunded cost 1000 with standard error 100. */
    private static final PortfolioSweepPoint POINT = new PortfolioSweepPoint(1, 0.12, new Interval(0.08, 0.17), 2,
            1000, 100, 5000, 3);

    @Test
    void readsBothFiguresAndRefusesOthers() {
        assertEquals(new PortfolioTarget(PortfolioTarget.Figure.EXHAUSTION_PROBABILITY, 0.1),
                PortfolioTarget.parse("fund.exhaustionProbability=0.1"));
        assertEquals(new PortfolioTarget(PortfolioTarget.Figure.EXPECTED_UNFUNDED_PUBLIC_COST, 5e6),
                PortfolioTarget.parse("expectedUnfundedPublicCost = 5e6"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PortfolioTarget.parse("coverage=0.9"))
                .getMessage().contains("known: fund.exhaustionProbability, expectedUnfundedPublicCost"));
        assertThrows(IllegalArgumentException.class, () -> PortfolioTarget.parse("fund.exhaustionProbability=1.5"));
        assertThrows(IllegalArgumentException.class, () -> PortfolioTarget.parse("expectedUnfundedPublicCost=-1"));
        assertThrows(IllegalArgumentException.class, () -> PortfolioTarget.parse("fund.exhaustionProbability=x"));
    }

    /** 0.12 > 0.1: not reached; the band's lower end 0.08 reaches it, its upper end 0.17 does not. */
    @Test
    void judgesTheExhaustionProbabilityAndItsWilsonBand() {
        PortfolioTarget t = PortfolioTarget.parse("fund.exhaustionProbability=0.1");
        assertFalse(t.reached(POINT));
        assertTrue(t.reachedOptimistically(POINT));
        assertFalse(t.reachedPessimistically(POINT));
    }

    /** The cost's band is 1000 -/+ 1.96 x 100 = 804 to 1196: a target of 1100 is reached, and optimistically only. */
    @Test
    void judgesTheUnfundedCostAndItsNormalBand() {
        PortfolioTarget t = PortfolioTarget.parse("expectedUnfundedPublicCost=1100");
        assertEquals(1000 - WilsonInterval.Z95 * 100, t.intervalAt(POINT).lower(), 1e-9);
        assertTrue(t.reached(POINT));
        assertTrue(t.reachedOptimistically(POINT));
        assertFalse(t.reachedPessimistically(POINT));
    }
}
