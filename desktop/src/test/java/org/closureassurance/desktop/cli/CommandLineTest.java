package org.closureassurance.desktop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.closureassurance.scenarios.bundled.BundledScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** The command line driven in-process: exit codes, messages, and reproducible results files. */
class CommandLineTest {

    record Outcome(int code, String out, String err) {
    }

    static Outcome execute(String... args) {
        CommandLine cl = ClosureAssuranceCommand.create();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void helpAndVersionExitZero() {
        Outcome help = execute("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("validate"));
        assertTrue(help.out().contains("run"));
        Outcome version = execute("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("closure-assurance "));
    }

    @Test
    void unknownOptionGivesUsageAndExitTwo() {
        Outcome o = execute("run", "--iteratoins", "5");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("Unknown option"), o.err());
        assertTrue(o.err().contains("Usage"), o.err());
    }

    @Test
    void validateSaysOkForEveryBundledScenario() {
        for (String name : BundledScenarios.names()) {
            Outcome o = execute("validate", name);
            assertEquals(0, o.code(), name + ": " + o.out());
            assertEquals("OK", o.out().trim());
        }
    }

    @Test
    void validateListsErrorsWithPathsAndExitsTwo(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"closure-assurance/1\", \"name\": \"x\", "
                + "\"simulation\": {\"horizonYears\": 0}, \"economics\": {\"discountRate\": 0.03}, "
                + "\"closureYear\": 5, \"forfeiture\": {\"mode\": \"at-closure\"}}");
        Outcome o = execute("validate", bad.toString());
        assertEquals(2, o.code());
        assertTrue(o.out().contains("simulation.horizonYears"), o.out());
        assertFalse(o.out().contains("Exception"), o.out());
        Outcome missing = execute("validate", dir.resolve("nowhere.json").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.out().contains("no such file"), missing.out());
    }

    @Test
    void validateChecksAPortfolioAndTheFilesItNames(@TempDir Path dir) throws IOException {
        Path portfolio = dir.resolve("register.json");
        Files.writeString(portfolio, "{\"format\": \"closure-assurance-portfolio/1\", \"name\": \"p\", "
                + "\"simulation\": {\"horizonYears\": 20}, \"economics\": {\"discountRate\": 0.03}, "
                + "\"register\": {\"file\": \"sites.csv\"}}");
        Files.writeString(dir.resolve("sites.csv"), "name,estimate,closureYear\nPit 1,100,5\n");
        Outcome ok = execute("validate", portfolio.toString());
        assertEquals(0, ok.code(), ok.out());
        assertEquals("OK", ok.out().trim());

        Files.writeString(dir.resolve("sites.csv"), "name,estimate,closureYear\nPit 1,-100,5\n");
        Outcome bad = execute("validate", portfolio.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.out().contains("sites.csv: line 2, column 2 (estimate): must be >= 0"), bad.out());
    }

    @Test
    void theBundledRegisterRunsByNameWithItsScenarioSites() {
        Outcome o = execute("portfolio", "illustrative-register", "--iterations", "100", "--threads", "2", "--quiet");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().startsWith("Illustrative state register (not a real register)\n"), o.out());
        assertTrue(o.out().contains("Sites                                  203\n"), o.out());
    }

    @Test
    void validateAcceptsTheBundledPortfolioByName() {
        Outcome o = execute("validate", "illustrative-register");
        assertEquals(0, o.code(), o.out());
        assertEquals("OK", o.out().trim());
    }

    @Test
    void runRefusesAnInvalidScenarioWithExitTwo(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{ not json");
        Outcome o = execute("run", bad.toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("malformed JSON at line 1"), o.err());
    }

    @Test
    void runPrintsTheSummaryWithThroughput() {
        Outcome o = execute("run", BundledScenarios.defaultName(), "--iterations", "3000", "--threads", "2");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("iterations/s"), o.out());
        assertTrue(o.out().contains("Coverage probability"), o.out());
        assertTrue(o.out().contains("Top sensitivities"), o.out());
    }

    @Test
    void jsonOnStandardOutputIsByteIdenticalOnOneAndTwoThreadsForEveryBundledScenario() {
        for (String name : BundledScenarios.names()) {
            String one = jsonToStdout(name, "1");
            String two = jsonToStdout(name, "2");
            assertTrue(one.startsWith("{"), name);
            assertEquals(one, two, name);
        }
    }

    @Test
    void jsonIsByteIdenticalOnOneAndTwoThreadsForThePerformanceScenario(@TempDir Path dir) throws IOException {
        // The 40-item scenario (40 correlated inputs, 150 years, every model part) exercises the
        // optimised paths hardest; it ships with the bundled resources but is not in the list.
        Path file = dir.resolve("performance-40-items.json");
        try (java.io.InputStream in = BundledScenarios.class.getResourceAsStream("performance-40-items.json")) {
            assertTrue(in != null, "performance-40-items.json is missing from the scenarios jar");
            Files.copy(in, file);
        }
        String one = jsonToStdout(file.toString(), "1");
        String two = jsonToStdout(file.toString(), "2");
        assertTrue(one.contains("\"sensitivity\""), one.substring(0, Math.min(200, one.length())));
        assertEquals(one, two);
    }

    private static String jsonToStdout(String name, String threads) {
        PrintStream saved = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            Outcome o = execute("run", name, "--iterations", "4000", "--seed", "11", "--threads", threads, "--json", "-");
            assertEquals(0, o.code(), o.err());
        } finally {
            System.setOut(saved);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void outDirectoryGetsResultsAndSummary(@TempDir Path dir) {
        Outcome o = execute("run", BundledScenarios.defaultName(), "--iterations", "2000", "--out", dir.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(Files.exists(dir.resolve("results.json")));
        assertTrue(Files.exists(dir.resolve("summary.txt")));
    }

    @Test
    void reportOfTheDefaultScenarioHasEverySectionAndEmbedsEveryChart(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("report.html");
        Path charts = dir.resolve("charts");
        Outcome o = execute("run", "--iterations", "3000", "--report", report.toString(), "--charts", charts.toString());
        assertEquals(0, o.code(), o.err());
        String html = Files.readString(report);
        for (String section : org.closureassurance.charts.AssuranceReport.SECTIONS) {
            assertTrue(html.contains("id=\"" + section + "\""), section);
        }
        long pngs;
        try (var files = Files.list(charts)) {
            pngs = files.filter(p -> p.toString().endsWith(".png")).count();
        }
        int svgs = html.split("<svg", -1).length - 1;
        assertEquals(pngs, svgs, "one embedded SVG per chart written by --charts");
        String withoutXmlns = html.replace("http://www.w3.org/2000/svg", "").replace("http://www.w3.org/1999/xlink", "");
        assertFalse(withoutXmlns.contains("http://") || withoutXmlns.contains("https://"), "no external links");
        assertTrue(html.contains(org.closureassurance.desktop.cli.Sha256.hex(
                org.closureassurance.scenarios.bundled.BundledScenarios.bytes(BundledScenarios.defaultName()))));
    }

    @Test
    void aRunTooLargeForTheHeapIsRefusedWithTheEstimate() {
        Outcome o = execute("run", BundledScenarios.defaultName(), "--iterations", "2000000000");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("MB"), o.err());
        assertTrue(o.err().contains("--iterations"), o.err());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"run, --version", "compare, -V", "validate, --version", "scenarios, -V", "gui, --version"})
    void everyCommandPrintsTheVersion(String command, String option) {
        Outcome o = execute(command, option);
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().startsWith("closure-assurance "), "'" + o.out() + "'");
    }

    @Test
    void theTopLevelHelpListsGuiAndGuiHelpPrintsUsage() {
        String help = execute("--help").out();
        assertTrue(help.lines().anyMatch(l -> l.trim().startsWith("gui ")), help);
        Outcome gui = execute("gui", "--help");
        assertEquals(0, gui.code(), gui.err());
        assertTrue(gui.out().startsWith("Usage: closure-assurance gui [-hV] [FILE]"), gui.out());
    }

    @Test
    void guiWithoutADisplaySaysSoAndExitsOne() {
        // The tests run headless (java.awt.headless=true), as a server or CI machine would.
        Outcome o = execute("gui", "mine.json");
        assertEquals(1, o.code());
        assertTrue(o.err().startsWith("error: the desktop application needs a display"), o.err());
    }

    @Test
    void runHelpShowsTheScenarioAsOptional() {
        String usage = execute("run", "--help").out();
        assertTrue(usage.contains("[FILE]"), usage);
        assertTrue(usage.replaceAll("\\s+", " ").contains("'-' for standard input"), usage);
    }

    @Test
    void compareWithOneScenarioSaysTwoAreNeeded() {
        Outcome o = execute("compare", "regulator-base-case");
        assertEquals(2, o.code());
        assertTrue(o.err().startsWith("error: compare needs two or more scenarios to compare, got only "
                + "regulator-base-case"), o.err());
        assertFalse(o.err().contains("values"), o.err());
    }

    @Test
    void aDpiOutOfRangeIsQuotedAsTyped(@TempDir Path dir) {
        Outcome o = execute("run", "--iterations", "1000", "--charts", dir.toString(), "--dpi", "0");
        assertEquals(2, o.code());
        assertEquals("error: --dpi must be a number from 36 to 1200, was 0", o.err().trim());
    }

    @Test
    void quietJsonOnStandardOutputLeavesStandardErrorEmpty() {
        PrintStream saved = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Outcome o;
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            o = execute("run", "--iterations", "1000", "--quiet", "--json", "-");
        } finally {
            System.setOut(saved);
        }
        assertEquals(0, o.code(), o.err());
        assertTrue(buffer.toString(StandardCharsets.UTF_8).startsWith("{"));
        assertEquals("", o.err());
    }

    @Test
    void anEmptyScenarioNameIsRefusedNotReplacedByTheDefault() {
        Outcome o = execute("run", "", "--iterations", "1000");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("the scenario name is empty"), o.err());
        assertEquals("", o.out());
    }

    @Test
    void aDashReadsTheScenarioFromStandardInput() {
        InputStream saved = System.in;
        Outcome o;
        try {
            System.setIn(new ByteArrayInputStream(BundledScenarios.bytes("ngo-stress-case")));
            o = execute("run", "-", "--iterations", "1000", "--quiet");
        } finally {
            System.setIn(saved);
        }
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().startsWith(BundledScenarios.load("ngo-stress-case").name()), o.out());
    }

    @Test
    void aScenarioIsReadFromANamedPipe(@TempDir Path dir) throws Exception {
        // /dev/stdin on a pipe is such a node: it exists but is not a regular file.
        Path pipe = OutputPathsTest.fifo(dir.resolve("scenario.json"));
        Thread writer = new Thread(() -> {
            try {
                Files.write(pipe, BundledScenarios.bytes("ngo-stress-case"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.setDaemon(true);
        writer.start();
        Outcome o = execute("validate", pipe.toString());
        assertEquals(0, o.code(), o.out());
        assertEquals("OK", o.out().trim());
    }
}
