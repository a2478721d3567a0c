package org.closureassurance.desktop.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Broken and hostile corpus files through {@code validate} and {@code run}: exit code 2, the
 * problems listed with their paths, and never a stack trace.
 */
class CliHostileFilesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"binary-garbage", "syntax-nan", "utf16-le-with-bom", "deep-nesting-unclosed-100000",
        "number-1e400", "number-huge-literal", "long-list-10001", "duplicate-top-level-key", "field-output-file",
        "discrete-weights-zero", "lognormal-mean-zero", "normal-truncated-far-tail", "utf8-escape-sequence-in-name",
        "utf8-escape-sequence-in-unknown-field", "nul-bytes", "syntax-empty"})
    void validateAndRunRefuseABrokenFileWithExitCodeTwo(String name) {
        String file = CorpusFiles.file(name).toString();
        Cli validate = Cli.run("validate", file);
        assertEquals(2, validate.exitCode(), validate.out() + validate.err());
        assertTrue(validate.out().lines().anyMatch(l -> l.matches("  \\S+: .+")), "no 'path: message' line:\n"
                + validate.out());
        assertFalse(validate.showsAStackTrace(), validate.out() + validate.err());
        assertNoControlCharacters(validate.out());

        Cli run = Cli.run("run", file, "--quiet", "--threads", "1");
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().matches("(?s).*: \\d+ errors?\\R.*"), run.err());
        assertFalse(run.showsAStackTrace(), run.out() + run.err());
        assertNoControlCharacters(run.err());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"extreme-horizon-1000", "extreme-closure-year-1e9", "extreme-half-life-1e300",
        "extreme-concentration-ratio-1e300", "extreme-iterations-1", "pert-lambda-1e6", "normal-sd-zero",
        "markup-script-name", "utf8-bom-valid"})
    void runCompletesAnExtremeButValidFile(String name) {
        Cli run = Cli.run("run", CorpusFiles.file(name).toString(), "--iterations", "200", "--quiet",
                "--threads", "1");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertFalse(run.showsAStackTrace(), run.out() + run.err());
        assertTrue(run.out().contains("Forfeiture probability"), run.out());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithItsSize(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(20L << 20);
        }
        Cli validate = Cli.run("validate", big.toString());
        assertEquals(2, validate.exitCode());
        assertTrue(validate.out().contains("the file is too large"), validate.out());
        assertFalse(validate.showsAStackTrace(), validate.out() + validate.err());
    }

    @Test
    void aHugeFileIsRefusedAsTooLargeWithoutReadingIt(@TempDir Path dir) throws IOException {
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(3L << 30);
        }
        Cli validate = Cli.run("validate", huge.toString());
        assertEquals(2, validate.exitCode());
        assertTrue(validate.out().contains("the file is too large"), validate.out());
    }

    @Test
    void aFolderOrAMissingFileIsAProblemNotACrash(@TempDir Path dir) {
        Cli folder = Cli.run("validate", dir.toString());
        assertEquals(2, folder.exitCode());
        assertFalse(folder.showsAStackTrace(), folder.out() + folder.err());
        Cli missing = Cli.run("run", dir.resolve("nope.json").toString(), "--quiet");
        assertEquals(2, missing.exitCode());
        assertFalse(missing.showsAStackTrace(), missing.out() + missing.err());
    }

    @Test
    void aScenarioNamingAnOutputFileWritesNothing(@TempDir Path dir) throws IOException {
        Path scenario = dir.resolve("s.json");
        Path target = dir.resolve("owned.txt");
        Files.writeString(scenario, Files.readString(CorpusFiles.file("field-output-file"))
                .replace("/tmp/closure-assurance-owned.txt", target.toString().replace("\\", "/")));
        Cli run = Cli.run("run", scenario.toString(), "--quiet", "--threads", "1");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("unknown field \"outputFile\""), run.err());
        assertFalse(Files.exists(target));
    }

    private static void assertNoControlCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            assertFalse(c < 0x20 && c != '\n' && c != '\r', "control character U+" + Integer.toHexString(c)
                    + " printed at " + i);
        }
    }
}
