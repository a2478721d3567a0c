package org.closureassurance.scenarios.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.closureassurance.scenarios.LoadResult;
import org.closureassurance.scenarios.ScenarioReader;
import org.closureassurance.scenarios.bundled.BundledScenarios;
import org.closureassurance.simulator.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM that keeps saving one scenario file ({@link SavingLoop}) at random moments, 30
 * times, and checks after each kill that the file and its {@code .bak} each hold scenario A
 * or scenario B whole: a save interrupted at any point loses nothing.
 */
class KillWhileSavingTest {
    private static final int KILLS = 30;

    @Test
    void aKilledSaveLeavesTheOldOrTheNewFileWhole(@TempDir Path dir) throws Exception {
        Path fileA = dir.resolve("a.json");
        Path fileB = dir.resolve("b.json");
        Files.write(fileA, BundledScenarios.bytes(BundledScenarios.defaultName()));
        Files.write(fileB, Corpus.bytes("extreme-1000-cost-items"));
        Scenario a = read(fileA);
        Scenario b = read(fileB);
        Path target = dir.resolve("saved").resolve("scenario.json");
        Files.createDirectories(target.getParent());
        Random random = new Random(20261123);
        int withBackup = 0;
        for (int k = 0; k < KILLS; k++) {
            Process p = start(target, fileA, fileB);
            try {
                awaitFirstSave(p);
                Thread.sleep(random.nextInt(120));
            } finally {
                p.destroyForcibly();
                assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the saving process did not die");
            }
            assertOneOf(target, a, b, "kill " + k);
            Path bak = target.resolveSibling("scenario.json.bak");
            if (Files.exists(bak)) {
                assertOneOf(bak, a, b, "kill " + k + ", backup");
                withBackup++;
            }
        }
        assertTrue(withBackup > 0, "no kill came after a second save, so the backup was never checked");
    }

    private static Process start(Path target, Path a, Path b) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), SavingLoop.class.getName(), target.toString(),
                a.toString(), b.toString()));
        pb.redirectErrorStream(true);
        return pb.start();
    }

    private static void awaitFirstSave(Process p) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertEquals("saving", line, "the saving process failed to start");
    }

    private static void assertOneOf(Path file, Scenario a, Scenario b, String when) throws IOException {
        LoadResult r = ScenarioReader.read(Files.readAllBytes(file));
        assertTrue(r.isValid(), when + ": " + file.getFileName() + " does not parse:\n" + r.errorReport());
        Scenario s = r.scenarioOrThrow();
        assertTrue(s.equals(a) || s.equals(b), when + ": " + file.getFileName() + " is neither A nor B");
    }

    private static Scenario read(Path file) throws IOException {
        return ScenarioReader.read(Files.readAllBytes(file)).scenarioOrThrow();
    }
}
