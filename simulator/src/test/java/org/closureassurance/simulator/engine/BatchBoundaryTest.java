package org.closureassurance.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.Arrays;
import org.closureassurance.simulator.model.Sampling;
import org.closureassurance.simulator.model.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every per-iteration record is the same bit for bit whatever the worker's batch size and
 * wherever its runs start and end: batches of 1 (no batching), 7, 64 and 500 over iterations
 * split at 0, 13, 900 and 2,000 (so batches straddle the splits differently), on the rich
 * scenario with its copula, water, setbacks, hazards, bond, self-bond and trust fund, under
 * plain and Latin hypercube sampling.
 */
class BatchBoundaryTest {
    private static final int N = 2_000;
    private static final int[] SPLITS = {0, 13, 900, N};

    @ParameterizedTest
    @EnumSource(Sampling.class)
    void recordsDoNotDependOnBatchSizeOrRunBoundaries(Sampling sampling) throws IllegalAccessException {
        Scenario s = EngineSamplingTest.richScenario(sampling);
        s = s.withSimulation(s.simulation().withIterations(N));
        IterationRecords reference = records(s, 1, new int[] {0, N});
        for (int batch : new int[] {7, 64, 500}) {
            IterationRecords other = records(s, batch, SPLITS);
            for (Field f : IterationRecords.class.getDeclaredFields()) {
                if (f.getType().isArray()) {
                    assertArrayEquals(new Object[] {f.get(reference)}, new Object[] {f.get(other)},
                            f.getName() + " with batches of " + batch);
                }
            }
        }
        // The records hold real outcomes: hazards of 2 % and 4 % a year over 60 years make most
        // iterations forfeit, and every iteration draws its inputs.
        assertTrue(Arrays.stream(reference.forfeitureYear).filter(y -> y >= 0).count() > N / 2);
        assertTrue(Arrays.stream(reference.inputKeys[0]).distinct().count() > N / 2);
    }

    private static IterationRecords records(Scenario s, int batch, int[] splits) {
        RunPlan plan = new RunPlan(s);
        IterationRecords rec = new IterationRecords(plan);
        IterationWorker w = new IterationWorker(plan, rec, batch);
        for (int k = 0; k + 1 < splits.length; k++) {
            w.collectPilot(new double[w.timelineSeries][N]);
            w.run(splits[k], splits[k + 1]);
        }
        return rec;
    }
}
