package org.closureassurance.scenarios.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.closureassurance.scenarios.ScenarioReader;
import org.closureassurance.scenarios.bundled.BundledScenarios;
import org.closureassurance.scenarios.results.ResultsJson;
import org.closureassurance.simulator.engine.MonteCarloEngine;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.results.SimulationResults;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A cancelled run loses nothing it did: it returns results over the iterations completed,
 * marked cancelled, that keep every invariant and can be written out.
 */
class CancellationTest {

    @ParameterizedTest(name = "{0} thread(s)")
    @ValueSource(ints = {1, 2})
    void aRunCancelledMidwayReportsTheIterationsItCompleted(int threads) {
        Scenario base = BundledScenarios.load(BundledScenarios.defaultName());
        Scenario s = base.withSimulation(base.simulation().withIterations(100_000));
        AtomicLong seen = new AtomicLong();
        AtomicBoolean cancel = new AtomicBoolean();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void progress(long done, long total) {
                seen.set(done);
                if (done >= 5_000) {
                    cancel.set(true);
                }
            }

            @Override
            public boolean isCancelled() {
                return cancel.get();
            }
        };
        SimulationResults r = new MonteCarloEngine(threads).run(s, listener);
        assertTrue(r.run().cancelled());
        assertEquals(100_000, r.run().requestedIterations());
        assertTrue(r.run().completedIterations() < 100_000, "ran " + r.run().completedIterations());
        assertEquals(seen.get(), r.run().completedIterations());
        ResultsInvariants.check(r);
        assertTrue(ResultsJson.write(r).contains("\"cancelled\": true"));
    }

    @ParameterizedTest(name = "corpus {0}")
    @ValueSource(strings = {"extreme-horizon-1000", "extreme-iterations-1", "extreme-hazard-never"})
    void aRunCancelledBeforeItStartsStillGivesConsistentResults(String name) {
        Scenario s = ScenarioReader.read(Corpus.bytes(name)).scenarioOrThrow();
        ProgressListener cancelled = new ProgressListener() {
            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        SimulationResults r = new MonteCarloEngine(1).run(s.withSimulation(s.simulation().withIterations(5_000)),
                cancelled);
        assertTrue(r.run().completedIterations() >= 1);
        ResultsInvariants.check(r);
    }
}
