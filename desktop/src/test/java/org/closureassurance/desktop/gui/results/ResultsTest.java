package org.closureassurance.desktop.gui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.closureassurance.charts.ChartSet;
import org.closureassurance.desktop.gui.run.CompletedRun;
import org.closureassurance.scenarios.bundled.BundledScenarios;
import org.closureassurance.simulator.engine.MonteCarloEngine;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.results.Interval;
import org.closureassurance.simulator.results.SimulationResults;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsTest {
    private static Scenario scenario;
    private static SimulationResults results;

    @TempDir
    Path dir;

    @BeforeAll
    static void run() {
        Scenario s = BundledScenarios.load(BundledScenarios.defaultName());
        scenario = s.withSimulation(s.simulation().withIterations(2000));
        results = new MonteCarloEngine(1, "test").run(scenario, ProgressListener.NONE);
    }

    @Test
    void writesFiguresForReaders() {
        assertEquals("62.3 %", Figures.percent(0.6234));
        assertEquals("61.6–63.0 %", Figures.percentRange(new Interval(0.6161, 0.63)));
        assertEquals("USD 20.1 M", Figures.money(20.1e6, "USD"));
        assertEquals("+4.2 points", Figures.pointsChange(0.5, 0.542));
        assertEquals("−USD 850 k", Figures.moneyChange(1e6, 150e3, "USD"));
        assertEquals(Figures.UNDEFINED, Figures.percent(Double.NaN));
    }

    @Test
    void headlineUsesTheReportsAnswerAndTheRunsFigures() {
        HeadlineFigures h = HeadlineFigures.of(results, "USD");

        assertTrue(h.answer().startsWith("If the operator walks away"), h.answer());
        assertEquals(Figures.percent(results.coverageProbability()), h.coverage());
        assertEquals(Figures.money(results.requiredAdditionalAssurance().p90(), "USD"), h.requiredP90());
        assertTrue(h.runLine().startsWith("2,000 iterations · seed 20260101 · monte-carlo"), h.runLine());
        assertEquals(7, h.rows().size());
    }

    @Test
    void listsEveryDistributionOnce() {
        List<StatisticsRows.Row> rows = StatisticsRows.of(results);

        // 4 at forfeiture + 4 package + 2 per water stream (3) + 2 per domain (3) + 2 per instrument (3)
        // + 1 per rule (3) + 1 for the pooled rule's contributions
        assertEquals(4 + 4 + 6 + 6 + 6 + 3 + 1, rows.size());
        assertEquals("Rule: Pooled scheme, moderate risk", rows.get(rows.size() - 1).group());
        assertEquals(results.requirements().get(2).contributionPV(), rows.get(rows.size() - 1).stats());
        assertEquals(results.liability(), rows.get(0).stats());
    }

    @Test
    void statisticsCsvHasAHeaderAndOneLinePerRow() {
        String[] lines = ResultsCsv.statistics(results, "AUD").split("\r\n");

        assertEquals("group,figure,unit,count,mean,sd,se,min,p5,p10,p50,p80,p90,p95,p99,max", lines[0]);
        assertEquals(StatisticsRows.of(results).size() + 1, lines.length);
        // money in the scenario's currency, not the word "money"; years stay years
        assertTrue(lines[1].startsWith("At forfeiture,Walk-away liability,AUD," + results.liability().count() + ","));
        assertTrue(lines[7].startsWith("Closure package,Closure year,year,"), lines[7]);
    }

    @Test
    void timelineCsvHasOneLinePerYearWithCalendarYears() {
        String[] lines = ResultsCsv.timeline(results, 2026).split("\r\n");

        assertEquals(scenario.simulation().horizonYears() + 1, lines.length);
        assertTrue(lines[1].startsWith("0,2026,"));
    }

    @Test
    void namesThatLookLikeFormulasStayText() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", ResultsCsv.quote("=HYPERLINK(\"x\")"));
        assertEquals("\"a, b\"", ResultsCsv.quote("a, b"));
        assertEquals("'-1", ResultsCsv.quote("-1"));
    }

    @Test
    void exportsEveryKindOfTheLastCompleteRun() throws Exception {
        List<String> told = new ArrayList<>();
        ResultsExporter exporter = new ResultsExporter("9.9", Clock.fixed(Instant.parse("2026-11-23T10:15:30Z"),
                ZoneOffset.UTC), Runnable::run, Runnable::run, new ResultsExporter.View() {
                    @Override
                    public void exportsAvailable(boolean available) {
                        told.add("available " + available);
                    }

                    @Override
                    public void exported(Path file) {
                        told.add(file.getFileName().toString());
                    }

                    @Override
                    public void exportFailed(String message) {
                        told.add(message);
                    }
                });
        exporter.runCompleted(new CompletedRun(scenario, results, ChartSet.of(results), "ab".repeat(32)));

        for (ResultsExporter.Export kind : ResultsExporter.Export.values()) {
            exporter.export(kind, dir.resolve(exporter.suggestedName(kind)));
        }
        exporter.exportChart(ChartSet.COVERAGE_TIMELINE, ResultsExporter.ChartFormat.SVG,
                dir.resolve("timeline.svg"));
        exporter.exportChart(ChartSet.COVERAGE_TIMELINE, ResultsExporter.ChartFormat.PNG,
                dir.resolve("timeline.png"));

        assertEquals(List.of("available false", "available true", "copper-mine-regulator-base-case-results.json",
                "copper-mine-regulator-base-case-statistics.csv", "copper-mine-regulator-base-case-timeline.csv",
                "copper-mine-regulator-base-case-report.html", "timeline.svg", "timeline.png"), told);
        String html = Files.readString(dir.resolve("copper-mine-regulator-base-case-report.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("ab".repeat(32)));
        assertTrue(html.contains("2026-11-23T10:15:30Z"));
        assertTrue(Files.readString(dir.resolve("copper-mine-regulator-base-case-results.json"))
                .contains("\"closure-assurance-results/1\""));
        byte[] png = Files.readAllBytes(dir.resolve("timeline.png"));
        assertEquals((byte) 0x89, png[0]);
        assertTrue(Files.readString(dir.resolve("timeline.svg")).contains("<svg"));
    }

    /**
     * Results of a scenario since edited, or of another document, are not exported: Export is
     * off, and asking anyway (a chart's own Export menu) writes nothing and says why.
     */
    @Test
    void exportsNothingOutOfDateOrOfAnotherDocument() {
        List<String> told = new ArrayList<>();
        ResultsExporter exporter = new ResultsExporter("9.9", Clock.systemUTC(), Runnable::run, Runnable::run,
                new ResultsExporter.View() {
                    @Override
                    public void exportsAvailable(boolean available) {
                        told.add("available " + available);
                    }

                    @Override
                    public void exported(Path file) {
                        told.add(file.getFileName().toString());
                    }

                    @Override
                    public void exportFailed(String message) {
                        told.add(message);
                    }
                });
        CompletedRun run = new CompletedRun(scenario, results, ChartSet.of(results), "ab".repeat(32));
        exporter.runCompleted(run);

        exporter.runOutdated(true);
        exporter.export(ResultsExporter.Export.HTML_REPORT, dir.resolve("outdated.html"));
        exporter.runOutdated(false);
        exporter.runsCleared();
        exporter.export(ResultsExporter.Export.RESULTS_JSON, dir.resolve("cleared.json"));
        exporter.exportChart(ChartSet.COVERAGE_TIMELINE, ResultsExporter.ChartFormat.SVG, dir.resolve("cleared.svg"));

        String outdated = "The results are out of date: the scenario has changed since they were run. Run it again "
                + "to export them.";
        String none = "There are no results to export: run the scenario first.";
        assertEquals(List.of("available false", "available true", "available false", outdated, "available true",
                "available false", none, none), told);
        assertFalse(Files.exists(dir.resolve("outdated.html")));
        assertFalse(Files.exists(dir.resolve("cleared.json")));
        assertFalse(Files.exists(dir.resolve("cleared.svg")));
    }
}
