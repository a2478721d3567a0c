package org.closureassurance.desktop.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.closureassurance.scenarios.bundled.BundledScenarios;
import org.closureassurance.simulator.engine.MonteCarloEngine;
import org.closureassurance.simulator.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests for more iterations than the heap holds are refused up front with the estimate and
 * what to lower (exit code 2), never an OutOfMemoryError. A request that fits runs; the
 * 10-million-iteration run on the default scenario was checked by hand (docs/reliability.md).
 */
class HugeRunTest {
    private static final Pattern REFUSAL = Pattern.compile(
            "error: a run of ([\\d,]+) iterations needs about ([\\d,]+) MB, and a run may use at most ([\\d,]+) MB "
                    + "\\(90 % of the ([\\d,]+) MB Java can still allocate; the rest is headroom\\): lower --iterations "
                    + "to at most ([\\d,]+), or give Java more memory \\(for example -Xmx(\\d+)g\\)");

    @Test
    void fourHundredMillionIterationsAreRefusedWithTheEstimate() {
        Cli run = Cli.run("run", "--iterations", "400000000", "--quiet", "--threads", "1");
        assertEquals(2, run.exitCode(), run.err());
        Matcher m = REFUSAL.matcher(run.err().strip());
        assertTrue(m.matches(), run.err());
        assertEquals("400,000,000", m.group(1));
        long estimateMb = Long.parseLong(m.group(2).replace(",", ""));
        long usableMb = Long.parseLong(m.group(3).replace(",", ""));
        long availableMb = Long.parseLong(m.group(4).replace(",", ""));
        long maxIterations = Long.parseLong(m.group(5).replace(",", ""));
        // The rule the message states: refused because the estimate is above 90 % of what is available.
        assertTrue(estimateMb > usableMb && usableMb < availableMb && usableMb >= availableMb * 9 / 10 - 1, run.err());
        assertTrue(maxIterations >= 1 && maxIterations < 400_000_000L);
        assertFalse(run.showsAStackTrace(), run.err());
        assertEquals("", run.out());
    }

    @Test
    void tenMillionIterationsAreRefusedInMegabytesWhenTheHeapIsTooSmall() {
        Scenario s = BundledScenarios.load(BundledScenarios.defaultName());
        long estimate = new MonteCarloEngine(1).estimateBytes(s.withSimulation(s.simulation()
                .withIterations(10_000_000)));
        Runtime rt = Runtime.getRuntime();
        assumeTrue(estimate > rt.maxMemory(), "this heap could hold 10^7 iterations; run it by hand instead");
        Cli run = Cli.run("run", "--iterations", "10000000", "--quiet", "--threads", "1");
        assertEquals(2, run.exitCode(), run.err());
        Matcher m = REFUSAL.matcher(run.err().strip());
        assertTrue(m.matches(), run.err());
        assertEquals("10,000,000", m.group(1));
        assertEquals(estimate >> 20, Long.parseLong(m.group(2).replace(",", "")), "estimate in MB");
        assertFalse(run.showsAStackTrace(), run.err());
    }

    @Test
    void theSuggestedIterationCountActuallyRuns() {
        Cli refused = Cli.run("run", "--iterations", "400000000", "--quiet", "--threads", "1");
        Matcher m = REFUSAL.matcher(refused.err().strip());
        assertTrue(m.matches(), refused.err());
        long suggested = Long.parseLong(m.group(5).replace(",", ""));
        Scenario s = BundledScenarios.load(BundledScenarios.defaultName());
        long estimate = new MonteCarloEngine(1).estimateBytes(s.withSimulation(s.simulation()
                .withIterations((int) suggested)));
        assertTrue(estimate <= Runtime.getRuntime().maxMemory(), "the suggestion does not fit the heap either");
    }

    @Test
    void followingTheSuggestedIterationCountIsNotRefusedAgain(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("many-domains.json");
        StringBuilder domains = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            domains.append(i == 0 ? "" : ", ").append("{\"name\": \"D").append(i).append("\", \"area\": {\"value\": 10, "
                    + "\"unit\": \"ha\"}, \"recovery\": {\"model\": \"exponential\", \"rate\": 0.01, \"target\": 0.9}}");
        }
        Files.writeString(file, "{\"format\": \"closure-assurance/1\", \"name\": \"Many domains\", \"simulation\": "
                + "{\"horizonYears\": 1000, \"iterations\": 1000}, \"economics\": {\"discountRate\": 0.03}, "
                + "\"closureYear\": 0, \"forfeiture\": {\"mode\": \"at-closure\"}, \"rehabilitation\": [" + domains + "]}");
        Cli refused = Cli.run("run", file.toString(), "--quiet", "--threads", "1");
        assertEquals(2, refused.exitCode(), refused.err());
        Matcher m = REFUSAL.matcher(refused.err().strip());
        if (m.matches()) {
            String suggested = m.group(5).replace(",", "");
            Cli again = Cli.run("run", file.toString(), "--quiet", "--threads", "1", "--iterations", suggested);
            assertEquals(0, again.exitCode(), "following the suggestion was refused again: " + again.err());
        } else {
            // The timeline of 2,000 domains over 1,000 years does not fit at any iteration count:
            // the refusal must say so and name what to shorten instead.
            assertTrue(refused.err().contains("horizonYears") && refused.err().contains("rehabilitation domains"),
                    refused.err());
            assertFalse(refused.err().contains("--iterations to at most"), refused.err());
        }
    }
}
