package org.closureassurance.scenarios.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import org.closureassurance.scenarios.ScenarioReader;
import org.closureassurance.scenarios.ScenarioWriter;
import org.closureassurance.simulator.model.Scenario;

/**
 * The process that {@link KillWhileSavingTest} kills: saves scenario A, then B, then A ...
 * to one path with {@link ScenarioWriter#writeAtomically} until it is killed. Arguments: the
 * target path, then the files holding A and B.
 */
public final class SavingLoop {
    private SavingLoop() {
    }

    /** Saves forever; prints {@code saving} once the first save is done. */
    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        Scenario a = ScenarioReader.read(Files.readAllBytes(Path.of(args[1]))).scenarioOrThrow();
        Scenario b = ScenarioReader.read(Files.readAllBytes(Path.of(args[2]))).scenarioOrThrow();
        ScenarioWriter.writeAtomically(a, target);
        System.out.println("saving");
        System.out.flush();
        for (long i = 0; ; i++) {
            ScenarioWriter.writeAtomically(i % 2 == 0 ? b : a, target);
        }
    }
}
