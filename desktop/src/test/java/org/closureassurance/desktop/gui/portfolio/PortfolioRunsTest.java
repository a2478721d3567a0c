package org.closureassurance.desktop.gui.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import org.closureassurance.charts.PortfolioCharts;
import org.closureassurance.desktop.gui.run.RunProgress;
import org.closureassurance.scenarios.RegisterLines;
import org.closureassurance.simulator.engine.RunCancelledException;
import org.closureassurance.simulator.portfolio.PortfolioResults;
import org.junit.jupiter.api.Test;

class PortfolioRunsTest {
    private final Queue<Runnable> background = new ArrayDeque<>();
    private final RecordingView view = new RecordingView();
    private long now;

    private static PortfolioDocument document(String estimate) {
        return PortfolioDocument.fromRegister("Register", List.of(new RegisterLines.Line(2, Map.of("name", "Pit 1",
                "estimate", estimate, "closureYear", "4"))));
    }

    private PortfolioRuns runs(PortfolioRuns.Simulation simulation) {
        return new PortfolioRuns(simulation, background::add, Runnable::run, () -> now, view);
    }

    @Test
    void runsInTheBackgroundReportingProgressWithTheTimeLeftThenTheChartsOfTheResults() {
        PortfolioResults results = ResultsFixture.results(0.18, 1.2e7);
        PortfolioRuns runs = runs((p, listener) -> {
            now = 1_000_000_000L;
            listener.progress(2000, 10_000);
            now = 1_050_000_000L;
            listener.progress(2500, 10_000);
            now = 2_000_000_000L;
            listener.progress(10_000, 10_000);
            return results;
        });
        List<PortfolioRun> told = new ArrayList<>();
        runs.addListener(told::add);

        runs.start(document("5000"));
        assertTrue(runs.running());
        assertEquals(List.of("running"), view.states);
        background.remove().run();

        // 2,000 done after 1 s: 2,000 a second, 8,000 left take 4 s; the update 50 ms later is skipped
        assertEquals(List.of(new RunProgress(2000, 10_000, 2000, 4), new RunProgress(10_000, 10_000, 5000, 0)),
                view.progress);
        assertFalse(runs.running());
        PortfolioRun run = runs.lastCompleted();
        assertSame(results, run.results());
        assertEquals(List.of(run), told);
        assertEquals(PortfolioCharts.of(run.portfolio(), results).names(), run.charts().names());
        assertEquals("Run 1: Register, 100 iterations, no fund", run.label());
    }

    @Test
    void cancelStopsTheRunAndKeepsTheLastCompleteOne() {
        PortfolioRuns runs = runs((p, listener) -> {
            assertTrue(listener.isCancelled());
            assertFalse(listener.wantsCancelledResults());
            throw new RunCancelledException(512, 10_000);
        });

        runs.start(document("5000"));
        runs.cancel();
        background.remove().run();

        assertEquals(List.of("running", "cancelling", "idle"), view.states);
        assertEquals("cancelled after 512 of 10000", view.outcome);
        assertNull(runs.lastCompleted());
    }

    @Test
    void aPortfolioWithProblemsDoesNotRunAndListsThem() {
        PortfolioRuns runs = runs((p, listener) -> {
            throw new AssertionError("must not run");
        });

        runs.start(document("lots"));

        assertTrue(background.isEmpty());
        assertEquals(List.of("Pit 1 (register line 2): Estimate: must be a number, was \"lots\""), view.problems);
    }

    @Test
    void aFailureIsToldInWordsNotAsAStackTrace() {
        PortfolioRuns runs = runs((p, listener) -> {
            throw new IllegalStateException("the fund's return has no draws");
        });

        runs.start(document("5000"));
        background.remove().run();

        assertEquals("failed: The run stopped: the fund's return has no draws", view.outcome);
        assertFalse(runs.running());
    }

    private static final class RecordingView implements PortfolioRuns.View {
        final List<String> states = new ArrayList<>();
        final List<RunProgress> progress = new ArrayList<>();
        String outcome;
        List<String> problems;

        @Override public void runStateChanged(boolean running, boolean cancelling) {
            states.add(cancelling ? "cancelling" : running ? "running" : "idle");
        }

        @Override public void progressed(RunProgress p) {
            progress.add(p);
        }

        @Override public void runFinished(PortfolioRun run) {
            outcome = "finished";
        }

        @Override public void runCancelled(long completed, long requested) {
            outcome = "cancelled after " + completed + " of " + requested;
        }

        @Override public void runFailed(String message) {
            outcome = "failed: " + message;
        }

        @Override public void showProblems(String title, List<String> p) {
            problems = p;
        }
    }
}
