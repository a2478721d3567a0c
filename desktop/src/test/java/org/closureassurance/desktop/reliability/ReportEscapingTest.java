package org.closureassurance.desktop.reliability;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;
import org.closureassurance.charts.AssuranceReport;
import org.closureassurance.charts.ReportContext;
import org.closureassurance.scenarios.ScenarioReader;
import org.closureassurance.simulator.engine.MonteCarloEngine;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.results.SimulationResults;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Corpus scenarios whose every text field holds markup ({@code <script>}, {@code <html>},
 * event handlers, {@code javascript:} links) give an HTML report in which all of it is
 * escaped text: no tag from the file reaches the page.
 */
class ReportEscapingTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"markup-script-name", "markup-every-text-field"})
    void markupInAScenarioIsEscapedInTheReport(String name) throws IOException {
        Scenario s = ScenarioReader.read(Files.readAllBytes(CorpusFiles.file(name))).scenarioOrThrow();
        Scenario small = s.withSimulation(s.simulation().withIterations(200));
        SimulationResults r = new MonteCarloEngine(1).run(small, ProgressListener.NONE);
        String html = AssuranceReport.html(small, r, new ReportContext(null, "test", "2026-11-23"));
        String lower = html.toLowerCase(Locale.ROOT);
        for (String tag : new String[] {"<script", "<img", "<iframe", "<svg onload", "<object", "<embed", "<marquee",
            "<a href=javascript", "<style>body", "<b>", "<i>", "</table></section>", "<html><head><title>"}) {
            assertFalse(lower.contains(tag), "unescaped " + tag + " in the report of " + name);
        }
        assertTrue(html.contains("&lt;script&gt;"), "the scenario's name is not shown escaped");
        assertFalse(lower.contains("javascript:") && lower.contains("href=\"javascript:"), "a javascript: link");
    }
}
