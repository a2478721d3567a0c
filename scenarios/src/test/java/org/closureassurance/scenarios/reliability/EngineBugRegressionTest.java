package org.closureassurance.scenarios.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.closureassurance.scenarios.ScenarioReader;
import org.closureassurance.simulator.engine.MonteCarloEngine;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.statistics.WilsonInterval;
import org.junit.jupiter.api.Test;

/**
 * Valid scenarios on which the engine (simulator module) once hung or returned results that
 * broke {@link ResultsInvariants}; each now finishes within its time with sound results, or is
 * refused with a message because its numbers do not fit in double precision.
 */
class EngineBugRegressionTest {

    /**
     * Runs corpus file {@code name} for 200 iterations within 20 s and checks every invariant;
     * for a file the engine refuses ({@link CorpusTest#RUN_REFUSALS}), checks that it is refused
     * within the time with a message, and returns null.
     */
    private static SimulationResults runCorpusFile(String name) {
        Scenario s = ScenarioReader.read(Corpus.bytes(name)).scenarioOrThrow();
        if (CorpusTest.RUN_REFUSALS.contains(name)) {
            Scenario tiny = s.withSimulation(s.simulation().withIterations(CorpusTest.ITERATIONS));
            RuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                    () -> assertTimeoutPreemptively(Duration.ofSeconds(20),
                            () -> new MonteCarloEngine(1).run(tiny, ProgressListener.NONE)));
            assertTrue(e instanceof org.closureassurance.simulator.engine.ModelOverflowException
                    || e instanceof IllegalArgumentException, e::toString);
            return null;
        }
        Scenario small = s.withSimulation(s.simulation().withIterations(CorpusTest.ITERATIONS));
        SimulationResults r = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> new MonteCarloEngine(1).run(small, ProgressListener.NONE));
        ResultsInvariants.check(r);
        return r;
    }

    @Test
    void perYearRiskEventWithHugeToYearFinishes() {
        runCorpusFile("extreme-risk-yearly-unbounded");
    }

    @Test
    void pertWithHugeLambdaFinishes() {
        runCorpusFile("pert-lambda-1e300");
    }

    @Test
    void pertWithAVastRangeFinishes() {
        runCorpusFile("pert-max-near-double-max");
    }

    @Test
    void overflowingWaterCostIsRefusedAtTheUnitCost() {
        // 1e300 m3/s at 1e300 a cubic metre overflows in every iteration; the reader now refuses it.
        var errors = ScenarioReader.read(Corpus.bytes("extreme-flow-times-cost-overflow")).errors();
        assertEquals(1, errors.size(), errors::toString);
        assertEquals("waterTreatment[0].unitCost.value", errors.get(0).path());
    }

    @Test
    void logisticRecoveryWithHugeRateStaysInTheUnitInterval() {
        runCorpusFile("extreme-recovery-rate-1e300");
    }

    @Test
    void trustFundWithExtremeReturnsGivesFiniteAssurance() {
        runCorpusFile("extreme-trust-fund-returns");
    }

    @Test
    void wideTriangularDrawsStayWithinItsRange() {
        SimulationResults r = runCorpusFile("uniform-range-overflows");
        assertTrue(r == null || r.costPV().min() >= 0);
    }

    @Test
    void negativeRateWithALongCostItemGivesFiniteResults() {
        runCorpusFile("extreme-negative-rate-long-duration");
    }

    @Test
    void perpetualStreamAtTheSmallestRateIsRefusedAtTheRate() {
        // (1 + r)/r at r = 4.9e-324 is infinite; the run used to stop on it, now the reader refuses it.
        var errors = ScenarioReader.read(Corpus.bytes("extreme-discount-rate-min-double-perpetual")).errors();
        assertEquals(1, errors.size(), errors::toString);
        assertEquals("economics.discountRate", errors.get(0).path());
    }

    @Test
    void wilsonIntervalContainsAZeroCoverage() {
        assertEquals(0.0, WilsonInterval.of95(0, 200).lower());
        assertEquals(1.0, WilsonInterval.of95(200, 200).upper());
        assertTrue(WilsonInterval.of95(0, 1000).lower() <= 0.0);
    }
}
