package org.closureassurance.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.closureassurance.simulator.model.Sampling;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.results.SimulationResults;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How soon a cancelled run stops, and what it keeps. */
class EngineCancellationTest {
    /** The engine's chunk: the iterations a worker takes at a time. */
    private static final int CHUNK = 1024;

    /**
     * Cancels from the third poll on. Polls are made before each block and before each chunk
     * (by every worker), so by the third poll at most one chunk has been taken after the pilot
     * by each worker, and each finishes only the chunk it holds: at most {@code threads × 1,024}
     * iterations after the pilot. Polling only between blocks (of at least 4 × 1,024 × threads
     * iterations) would first stop after two whole blocks.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void aCancelledRunStopsWithinAChunkPerWorker(int threads) {
        Scenario s = EngineSamplingTest.richScenario(Sampling.MONTE_CARLO);
        s = s.withSimulation(s.simulation().withIterations(200_000));
        AtomicLong pilot = new AtomicLong(-1);
        AtomicInteger polls = new AtomicInteger();
        ProgressListener cancelOnThirdPoll = new ProgressListener() {
            @Override
            public void progress(long done, long total) {
                pilot.compareAndSet(-1, done);
            }

            @Override
            public boolean isCancelled() {
                return polls.incrementAndGet() >= 3;
            }
        };

        SimulationResults r = new MonteCarloEngine(threads).run(s, cancelOnThirdPoll);

        assertTrue(r.run().cancelled());
        long afterPilot = r.run().completedIterations() - pilot.get();
        assertTrue(afterPilot >= 0 && afterPilot <= (long) threads * CHUNK,
                afterPilot + " iterations ran after the pilot");
    }

    /**
     * A listener with no use for a cancelled run's results (the desktop, which goes back to the
     * last complete run) gets the count of iterations done at once instead of waiting for their
     * summary: the same stop as above (at most a chunk per worker after the pilot), reported by
     * {@link RunCancelledException}, never by results.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void aCancelledRunWhoseResultsAreNotWantedEndsWithItsCount(int threads) {
        Scenario s = EngineSamplingTest.richScenario(Sampling.MONTE_CARLO);
        s = s.withSimulation(s.simulation().withIterations(200_000));
        AtomicLong pilot = new AtomicLong(-1);
        AtomicInteger polls = new AtomicInteger();
        ProgressListener noResultsWanted = new ProgressListener() {
            @Override
            public void progress(long done, long total) {
                pilot.compareAndSet(-1, done);
            }

            @Override
            public boolean isCancelled() {
                return polls.incrementAndGet() >= 3;
            }

            @Override
            public boolean wantsCancelledResults() {
                return false;
            }
        };
        Scenario run = s;

        RunCancelledException e = assertThrows(RunCancelledException.class,
                () -> new MonteCarloEngine(threads).run(run, noResultsWanted));

        assertEquals(200_000, e.requested());
        long afterPilot = e.completed() - pilot.get();
        assertTrue(afterPilot >= 0 && afterPilot <= (long) threads * CHUNK, afterPilot + " iterations ran after the pilot");
    }

    /**
     * The iterations a cancelled run keeps are the first ones, without gaps: its coverage
     * equals that of a whole run of just that many iterations (Monte Carlo iteration {@code i}
     * depends only on the seed and {@code i}), on one thread or two.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void aCancelledRunKeepsTheFirstIterations(int threads) {
        Scenario s = EngineSamplingTest.richScenario(Sampling.MONTE_CARLO);
        s = s.withSimulation(s.simulation().withIterations(200_000));
        AtomicInteger polls = new AtomicInteger();
        ProgressListener cancelOnFifthPoll = new ProgressListener() {
            @Override
            public boolean isCancelled() {
                return polls.incrementAndGet() >= 5;
            }
        };

        SimulationResults cancelled = new MonteCarloEngine(threads).run(s, cancelOnFifthPoll);
        int kept = cancelled.run().completedIterations();
        Scenario prefix = s.withSimulation(s.simulation().withIterations(kept));
        SimulationResults whole = new MonteCarloEngine(threads).run(prefix, ProgressListener.NONE);

        assertTrue(cancelled.run().cancelled() && kept < 200_000);
        assertEquals(whole.coverageProbability(), cancelled.coverageProbability());
        assertEquals(whole.costPV().mean(), cancelled.costPV().mean());
    }
}
