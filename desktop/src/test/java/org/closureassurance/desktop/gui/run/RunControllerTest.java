package org.closureassurance.desktop.gui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.closureassurance.desktop.gui.editor.ScenarioEditor;
import org.closureassurance.desktop.gui.form.FieldAddress;
import org.closureassurance.desktop.gui.form.ScenarioForms;
import org.closureassurance.desktop.gui.form.ValueForm;
import org.closureassurance.scenarios.bundled.BundledScenarios;
import org.closureassurance.simulator.engine.MonteCarloEngine;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.engine.RunTooLargeException;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.results.SimulationResults;
import org.junit.jupiter.api.Test;

class RunControllerTest {
    private static final int ITERATIONS = 3000;

    private final ScenarioEditor editor = new ScenarioEditor(ScenarioForms.of(small()));
    private final RecordingRunView view = new RecordingRunView();
    private final AtomicLong clock = new AtomicLong();
    private final List<Runnable> queued = new ArrayList<>();

    private static Scenario small() {
        Scenario s = BundledScenarios.load(BundledScenarios.defaultName());
        return s.withSimulation(s.simulation().withIterations(ITERATIONS));
    }

    private RunController controller(RunController.Simulation simulation, boolean queue) {
        return new RunController(editor, () -> "ab".repeat(32), simulation, queue ? queued::add : Runnable::run,
                Runnable::run, clock::get, view);
    }

    private static RunController.Simulation engine(int threads) {
        return (s, l) -> new MonteCarloEngine(threads, "test").run(s, l);
    }

    @Test
    void runsTheEditedScenarioToTheSameResultsAsTheEngine() {
        editor.setField(FieldAddress.general("economics.discountRate"), ValueForm.constant("0.05"));
        RunController run = controller(engine(2), false);
        List<CompletedRun> told = new ArrayList<>();
        run.addListener(told::add);

        run.start();

        SimulationResults direct = new MonteCarloEngine(1, "test").run(editor.scenario(), ProgressListener.NONE);
        assertEquals(direct.coverageProbability(), view.finished.results().coverageProbability());
        assertEquals(direct.liability(), view.finished.results().liability());
        assertEquals(List.of(view.finished), told);
        assertSame(view.finished, run.lastCompleted());
        assertEquals("ab".repeat(32), view.finished.sha256());
        assertTrue(view.finished.charts().size() >= 4);
        assertEquals(100, view.progress.get(view.progress.size() - 1).percent());
        assertFalse(view.state.running());
        assertTrue(view.state.canRun());
    }

    @Test
    void cannotRunWhileTheScenarioHasProblems() {
        RunController run = controller(engine(1), true);

        editor.setField(FieldAddress.general("closureYear"), ValueForm.constant("soon"));
        run.start();

        assertFalse(view.state.canRun());
        assertEquals(1, view.state.problems());
        assertTrue(queued.isEmpty());
    }

    @Test
    void aCancelledRunKeepsTheLastCompleteOne() {
        RunController run = controller(engine(1), true);
        run.start();
        queued.remove(0).run();
        CompletedRun first = run.lastCompleted();
        editor.setField(FieldAddress.general("simulation.iterations"), "200000");

        run.start();
        assertTrue(view.state.running());
        run.start();
        assertEquals(1, queued.size());
        run.cancel();
        assertTrue(view.state.cancelling());
        queued.remove(0).run();

        assertEquals(List.of("finished", "cancelled"), view.events.subList(0, 2));
        assertTrue(view.cancelledAfter > 0 && view.cancelledAfter < 200_000);
        assertSame(first, view.kept);
        assertSame(first, run.lastCompleted());
        assertFalse(view.state.running());
    }

    @Test
    void partialResultsArrivingAfterTheEndAreDropped() {
        SimulationResults whole = new MonteCarloEngine(1, "test").run(small(), ProgressListener.NONE);
        RunController run = controller((s, l) -> {
            l.partialResults(whole);
            return whole;
        }, true);

        run.start();
        queued.remove(0).run();
        queued.remove(0).run();

        assertEquals(List.of("finished"), view.events);
    }

    @Test
    void partialResultsDuringTheRunAreShown() {
        SimulationResults whole = new MonteCarloEngine(1, "test").run(small(), ProgressListener.NONE);
        List<Runnable> charts = new ArrayList<>();
        RunController run = new RunController(editor, () -> null, (s, l) -> {
            l.partialResults(whole);
            l.partialResults(whole);
            charts.remove(0).run();
            return whole;
        }, r -> {
            if (queued.isEmpty() && charts.isEmpty() && !view.events.contains("started")) {
                view.events.add("started");
                r.run();
            } else {
                charts.add(r);
            }
        }, Runnable::run, clock::get, view);

        run.start();

        assertEquals(List.of("started", "partial " + ITERATIONS, "finished"), view.events);
        assertTrue(charts.isEmpty());
    }

    @Test
    void throttlesProgressButAlwaysSendsTheEnd() {
        RunController run = controller((s, l) -> {
            for (int i = 1; i <= 10; i++) {
                clock.addAndGet(RunController.PROGRESS_INTERVAL_NANOS / 4);
                l.progress(i * 100L, 1000);
            }
            return new MonteCarloEngine(1, "test").run(s, ProgressListener.NONE);
        }, false);

        run.start();

        List<Long> done = view.progress.stream().map(RunProgress::done).toList();
        assertEquals(List.of(0L, 100L, 500L, 900L, 1000L, (long) ITERATIONS), done);
    }

    @Test
    void saysWhyARunCouldNotStart() {
        RunController run = controller((s, l) -> {
            throw new RunTooLargeException(8L << 30, 1L << 30, 10_000_000, 1_000_000);
        }, false);

        run.start();

        assertTrue(view.failure.startsWith("The run is too large: a run of 10,000,000 iterations needs"));
        assertNull(run.lastCompleted());
        assertTrue(view.state.canRun());
    }

    @Test
    void saysSoWhenTheRunRanOutOfMemory() {
        RunController run = controller((s, l) -> {
            throw new OutOfMemoryError("Java heap space");
        }, false);

        run.start();

        assertTrue(view.failure.startsWith("The run ran out of memory: run fewer iterations"), view.failure);
        assertNull(run.lastCompleted());
        assertTrue(view.state.canRun(), "Run is enabled again");
    }

    @Test
    void describesProgressInWords() {
        RunProgress p = RunProgress.of(12_288, 20_000, 2_000_000_000L);

        assertEquals("12,288 of 20,000 iterations · 6,144 per second · about 1 s left", p.describe());
        assertEquals(61, p.percent());
        assertEquals("2 min 5 s", RunProgress.duration(125));
    }
}
