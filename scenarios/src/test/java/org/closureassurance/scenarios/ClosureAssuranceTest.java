package org.closureassurance.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.closureassurance.scenarios.bundled.BundledScenarios;
import org.closureassurance.scenarios.json.JsonLimits;
import org.closureassurance.scenarios.json.JsonNode;
import org.closureassurance.scenarios.json.JsonTreeReader;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.model.Sampling;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.results.SimulationResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClosureAssuranceTest {
    private static final String NAME = BundledScenarios.defaultName();

    private static String text() {
        return new String(BundledScenarios.bytes(NAME), StandardCharsets.UTF_8);
    }

    @Test
    void readsTheSameScenarioFromAPathAStringAndATree(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("s.json");
        Files.writeString(file, text(), StandardCharsets.UTF_8);
        JsonNode tree = JsonTreeReader.parse(text(), JsonLimits.DEFAULT).root();
        Scenario fromString = ClosureAssurance.read(text()).scenarioOrThrow();
        assertEquals(BundledScenarios.load(NAME), fromString);
        assertEquals(fromString, ClosureAssurance.read(file).scenarioOrThrow());
        assertEquals(fromString, ClosureAssurance.read(tree).scenarioOrThrow());
    }

    @Test
    void aTreeIsCheckedLikeAFile() {
        LoadResult r = ClosureAssurance.read(new JsonNode.JsonString("not a scenario"));
        assertFalse(r.isValid());
        assertEquals(List.of("$: the file must hold a JSON object, was a string"),
                r.errors().stream().map(ValidationError::toString).toList());
    }

    @Test
    void optionsOverrideTheScenarioAndTheThreadCountChangesNothing() {
        Scenario s = BundledScenarios.load(NAME);
        RunOptions options = RunOptions.defaults().withIterations(2_000).withSeed(7).withToolVersion("test");
        SimulationResults one = ClosureAssurance.run(s, options.withThreads(1), ProgressListener.NONE);
        SimulationResults two = ClosureAssurance.run(s, options.withThreads(2), ProgressListener.NONE);
        assertEquals(2_000, one.iterations());
        assertEquals(7, one.seed());
        assertEquals("test", one.run().toolVersion());
        assertEquals(ClosureAssurance.json(one), ClosureAssurance.json(two));
        assertTrue(ClosureAssurance.json(one).contains("\"closure-assurance-results/1\""));
    }

    @Test
    void unsetOptionsKeepTheScenariosSettings() {
        Scenario s = BundledScenarios.load(NAME);
        assertEquals(s, RunOptions.defaults().applyTo(s));
        Scenario lhs = RunOptions.defaults().withSampling(Sampling.LATIN_HYPERCUBE).applyTo(s);
        assertEquals(Sampling.LATIN_HYPERCUBE, lhs.simulation().sampling());
        assertEquals(s.simulation().iterations(), lhs.simulation().iterations());
    }

    @Test
    void theListenerFollowsTheRunToItsEndAndCanStopIt() {
        Scenario s = BundledScenarios.load(NAME);
        AtomicLong lastDone = new AtomicLong();
        AtomicLong lastTotal = new AtomicLong();
        ClosureAssurance.run(s, RunOptions.defaults().withIterations(3_000).withThreads(2), new ProgressListener() {
            @Override
            public void progress(long done, long total) {
                lastDone.set(done);
                lastTotal.set(total);
            }
        });
        assertEquals(3_000, lastDone.get());
        assertEquals(3_000, lastTotal.get());
        SimulationResults stopped = ClosureAssurance.run(s, RunOptions.defaults().withIterations(200_000)
                .withThreads(1), new ProgressListener() {
                    @Override
                    public boolean isCancelled() {
                        return true;
                    }
                });
        assertTrue(stopped.run().cancelled());
        assertTrue(stopped.run().completedIterations() < 200_000, "completed " + stopped.run().completedIterations());
    }

    @Test
    void optionsRefuseWhatCannotRun() {
        RunOptions d = RunOptions.defaults();
        assertThrows(IllegalArgumentException.class, () -> d.withIterations(0));
        assertThrows(IllegalArgumentException.class, () -> d.withThreads(0));
        assertThrows(IllegalArgumentException.class, () -> d.withThreads(RunOptions.MAX_THREADS + 1));
        assertThrows(IllegalArgumentException.class, () -> d.withToolVersion(" "));
    }
}
