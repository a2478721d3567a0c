package org.closureassurance.desktop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.closureassurance.desktop.Main;
import org.closureassurance.scenarios.bundled.BundledScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The jar's entry point in a separate headless process, where standard input is a real pipe
 * and {@code System.exit} ends only that process.
 */
class MainProcessTest {

    record Finished(int code, String out, String err) {
    }

    static Finished main(byte[] stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(stdin);
        }
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the process did not end");
        return new Finished(p.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void guiHelpPrintsUsageWithoutLookingForADisplay() throws Exception {
        Finished f = main(new byte[0], "gui", "--help");
        assertEquals(0, f.code(), f.err());
        assertTrue(f.out().startsWith("Usage: closure-assurance gui"), f.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "/dev/stdin"})
    void runReadsTheScenarioFromAPipeOnStandardInput(String name) throws Exception {
        Finished f = main(BundledScenarios.bytes("ngo-stress-case"), "run", name, "--iterations", "1000", "--quiet");
        assertEquals(0, f.code(), f.err());
        assertTrue(f.out().startsWith(BundledScenarios.load("ngo-stress-case").name()), f.out());
    }
}
