package org.closureassurance.desktop.cli;

import static org.closureassurance.desktop.cli.CommandLineTest.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.closureassurance.desktop.cli.CommandLineTest.Outcome;
import org.closureassurance.scenarios.bundled.BundledScenarios;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where {@code run} writes: named pipes and devices are written through, links are followed to
 * the file they name, and a path that cannot be written is refused before the simulation,
 * with exit 2, a plain message, and nothing written.
 */
class OutputPathsTest {
    private static final String SCENARIO = BundledScenarios.defaultName();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--json", "--report", "--out", "--charts"})
    void aPathUnderAPlainFileIsRefusedBeforeTheRun(String option, @TempDir Path dir) throws IOException {
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        Outcome o = execute("run", SCENARIO, "--iterations", "2000", "--quiet", option,
                plain.resolve("sub").resolve("out.x").toString());
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains(plain.toAbsolutePath() + " is a file, not a folder"), o.err());
        assertFalse(o.err().contains("Exception"), o.err());
        assertEquals("", o.out(), "no summary: nothing was run");
        assertEquals("x", Files.readString(plain));
    }

    @Test
    void aBadOutputPathIsRefusedBeforeARunThatWouldBeRefusedForItsSize(@TempDir Path dir) throws IOException {
        // Two billion iterations never fit in the heap, so the run refuses them as soon as it
        // starts; a refusal naming the output path shows the paths were checked first.
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        Outcome o = execute("run", SCENARIO, "--iterations", "2000000000", "--quiet",
                "--report", plain.resolve("report.html").toString());
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("--report " + plain.resolve("report.html") + ": "), o.err());
        assertFalse(o.err().contains("MB"), "the memory estimate comes after the path check:\n" + o.err());
    }

    @Test
    void compareChecksItsChartFolderBeforeRunning(@TempDir Path dir) throws IOException {
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        Outcome o = execute("compare", "regulator-base-case", "ngo-stress-case", "--iterations", "2000",
                "--charts", plain.toString());
        assertEquals(2, o.code(), o.err());
        assertEquals("error: --charts " + plain + ": is a file, not a folder", o.err().trim());
        assertEquals("", o.out(), "no table: nothing was run");
    }

    @Test
    void aMissingFolderIsRefusedNotCreated(@TempDir Path dir) {
        Path json = dir.resolve("nonexistent/dir/x.json");
        Outcome o = execute("run", SCENARIO, "--iterations", "2000", "--quiet", "--json", json.toString());
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("the folder " + json.getParent().toAbsolutePath() + " does not exist"), o.err());
        assertFalse(Files.exists(dir.resolve("nonexistent")));
    }

    @Test
    void aFolderWhereAFileIsExpectedAndAFileWhereAFolderIsExpectedAreRefused(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("report.html"));
        Outcome report = execute("run", SCENARIO, "--iterations", "2000", "--report", folder.toString());
        assertEquals(2, report.code(), report.err());
        assertTrue(report.err().contains("is a folder, not a file"), report.err());
        Path plain = Files.writeString(dir.resolve("out"), "x");
        Outcome out = execute("run", SCENARIO, "--iterations", "2000", "--out", plain.toString());
        assertEquals(2, out.code(), out.err());
        assertTrue(out.err().contains("--out " + plain + ": is a file, not a folder"), out.err());
        Files.createDirectories(dir.resolve("results/results.json"));
        Outcome inside = execute("run", SCENARIO, "--iterations", "2000", "--out", dir.resolve("results").toString());
        assertEquals(2, inside.code(), inside.err());
        assertTrue(inside.err().contains("results.json: is a folder, not a file"), inside.err());
    }

    @Test
    void jsonIsNotWrittenWhenOutIsAboutToFail(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("results.json");
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        Outcome o = execute("run", SCENARIO, "--iterations", "2000", "--json", json.toString(),
                "--out", plain.resolve("out").toString());
        assertEquals(2, o.code(), o.err());
        assertFalse(Files.exists(json), "--json must not be written when --out cannot be");
    }

    @Test
    void outputsThroughSymbolicLinksReplaceTheFilesTheyNameAndStayLinks(@TempDir Path dir) throws IOException {
        Path real = Files.createDirectory(dir.resolve("real"));
        Path jsonLink = Files.createSymbolicLink(dir.resolve("results.json"), Path.of("real/target.json"));
        Files.writeString(real.resolve("target.json"), "old");
        Path reportLink = Files.createSymbolicLink(dir.resolve("report.html"), real.resolve("report.html"));
        Path outLink = Files.createSymbolicLink(dir.resolve("out"), real);
        Outcome o = execute("run", SCENARIO, "--iterations", "2000", "--quiet", "--json", jsonLink.toString(),
                "--report", reportLink.toString(), "--out", outLink.toString());
        assertEquals(0, o.code(), o.err());
        for (Path link : new Path[] {jsonLink, reportLink, outLink}) {
            assertTrue(Files.isSymbolicLink(link), link + " must stay a link");
        }
        assertTrue(Files.readString(real.resolve("target.json")).startsWith("{"));
        assertTrue(Files.readString(real.resolve("report.html")).contains("<html"));
        assertTrue(Files.readString(real.resolve("results.json")).startsWith("{"));
        assertTrue(Files.readString(real.resolve("summary.txt")).contains("Coverage probability"));
    }

    @Test
    void outputsIntoNamedPipesAreWrittenThroughAndThePipesStayPipes(@TempDir Path dir) throws Exception {
        Path jsonPipe = fifo(dir.resolve("results-pipe"));
        Path reportPipe = fifo(dir.resolve("report-pipe"));
        Path out = Files.createDirectory(dir.resolve("out"));
        Path outPipe = fifo(out.resolve("results.json"));
        CompletableFuture<String> json = reader(jsonPipe);
        CompletableFuture<String> report = reader(reportPipe);
        CompletableFuture<String> outJson = reader(outPipe);
        Outcome o = execute("run", SCENARIO, "--iterations", "2000", "--quiet", "--json", jsonPipe.toString(),
                "--report", reportPipe.toString(), "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(json.get(60, TimeUnit.SECONDS).startsWith("{"));
        assertTrue(report.get(60, TimeUnit.SECONDS).contains("<html"));
        assertTrue(outJson.get(60, TimeUnit.SECONDS).startsWith("{"));
        for (Path pipe : new Path[] {jsonPipe, reportPipe, outPipe}) {
            assertTrue(Files.readAttributes(pipe, BasicFileAttributes.class).isOther(), pipe + " must stay a pipe");
        }
        assertTrue(Files.readString(out.resolve("summary.txt")).contains("Coverage probability"));
    }

    @Test
    void aNamedPipeWhereAFolderIsExpectedIsRefusedAndLeftAlone(@TempDir Path dir) throws Exception {
        Path pipe = fifo(dir.resolve("pipe"));
        Outcome o = execute("run", SCENARIO, "--iterations", "2000", "--out", pipe.toString());
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("is a file, not a folder"), o.err());
        assertTrue(Files.readAttributes(pipe, BasicFileAttributes.class).isOther());
    }

    /** A named pipe made with the system's {@code mkfifo}; the test is skipped where there is none. */
    static Path fifo(Path path) throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/mkfifo")), "needs mkfifo");
        assertEquals(0, new ProcessBuilder("mkfifo", path.toString()).inheritIO().start().waitFor());
        return path;
    }

    /** Reads the pipe whole on another thread; opening it waits until the command opens it to write. */
    private static CompletableFuture<String> reader(Path pipe) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(pipe);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, task -> {
            Thread t = new Thread(task, "pipe reader");
            t.setDaemon(true);
            t.start();
        });
    }
}
