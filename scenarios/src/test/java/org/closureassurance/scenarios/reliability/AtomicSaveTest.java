package org.closureassurance.scenarios.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.closureassurance.scenarios.ScenarioReader;
import org.closureassurance.scenarios.ScenarioWriter;
import org.closureassurance.scenarios.ValidationError;
import org.closureassurance.scenarios.ValueChecks;
import org.closureassurance.scenarios.bundled.BundledScenarios;
import org.closureassurance.simulator.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving keeps the previous file as {@code .bak} and leaves nothing else behind. */
class AtomicSaveTest {

    @Test
    void aSecondSaveKeepsTheFirstAsTheBackupAndLeavesNoTemporaryFiles(@TempDir Path dir) throws IOException {
        Scenario a = BundledScenarios.load("regulator-base-case");
        Scenario b = BundledScenarios.load("ngo-stress-case");
        Path file = dir.resolve("mine.json");
        ScenarioWriter.writeAtomically(a, file);
        assertFalse(Files.exists(dir.resolve("mine.json.bak")), "a first save has nothing to back up");
        ScenarioWriter.writeAtomically(b, file);
        assertEquals(b, ScenarioReader.read(file).scenarioOrThrow());
        assertEquals(a, ScenarioReader.read(dir.resolve("mine.json.bak")).scenarioOrThrow());
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
            assertEquals(List.of("mine.json", "mine.json.bak"), names);
        }
    }

    @Test
    void valueChecksNeverThrowOnNonFiniteParameters() {
        List<ValidationError> out = new java.util.ArrayList<>();
        double[] odd = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0, -1, 1e308};
        for (double x : odd) {
            for (double y : odd) {
                ValueChecks.lognormal("v", x, y, out);
                ValueChecks.normal("v", x, y, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, out);
                ValueChecks.uniform("v", x, y, out);
                ValueChecks.triangular("v", x, y, 1, out);
                ValueChecks.pert("v", 0, x, y, x, out);
                ValueChecks.discrete("v", new double[] {x, y}, new double[] {y, x}, out);
            }
        }
        assertTrue(out.stream().noneMatch(e -> e.path().isEmpty()));
    }
}
