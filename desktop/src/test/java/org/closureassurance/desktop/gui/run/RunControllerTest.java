package org.closureassurance.desktop.gui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.closureassurance.desktop.gui.editor.ScenarioEditor;
import org.closureassurance.desktop.gui.form.FieldAddress;
import org.closureassurance.desktop.gui.form.ScenarioForms;
import org.closureassurance.desktop.gui.form.ValueForm;
import org.closureassurance.scenarios.ScenarioWriter;
import org.closureassurance.scenarios.bundled.BundledScenarios;
import org.closureassurance.simulator.engine.MonteCarloEngine;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.engine.RunCancelledException;
import org.closureassurance.simulator.engine.RunTooLargeException;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.results.SimulationResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunControllerTest {
    private static final int ITERATIONS = 3000;
    /** A computer with room for any run. */
    private static final RunSize ROOMY = new RunSize(new MonteCarloEngine(1)::estimateBytes, () -> Long.MAX_VALUE);

    private final ScenarioEditor editor = new ScenarioEditor(ScenarioForms.of(small()));
    private final RecordingRunView view = new RecordingRunView();
    private final AtomicLong clock = new AtomicLong();
    private final List<Runnable> queued = new ArrayList<>();

    private static Scenario small() {
        Scenario s = BundledScenarios.load(BundledScenarios.defaultName());
        return s.withSimulation(s.simulation().withIterations(ITERATIONS));
    }

    private RunController controller(RunController.Simulation simulation, boolean queue) {
        return new RunController(editor, ROOMY, () -> "ab".repeat(32), simulation, queue ? queued::add : Runnable::run,
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

        assertEquals(List.of("finished", "outdated", "cancelled"), view.events.subList(0, 3));
        assertTrue(view.cancelledAfter > 0 && view.cancelledAfter < 200_000);
        assertSame(first, view.kept);
        assertSame(first, run.lastCompleted());
        assertFalse(view.state.running());
    }

    /**
     * Once Cancel is pressed the state says cancelling (Run and Cancel both off) and progress
     * the engine still reports while it stops is not shown: its "time left" is for a run that
     * is no longer going on.
     */
    @Test
    void showsCancellingAndNoMoreProgressOnceCancelled() {
        List<RunController.RunState> whileStopping = new ArrayList<>();
        RunController[] run = new RunController[1];
        run[0] = controller((s, l) -> {
            clock.addAndGet(ProgressThrottle.INTERVAL_NANOS);
            l.progress(1000, ITERATIONS);
            run[0].cancel();
            whileStopping.add(view.state);
            clock.addAndGet(ProgressThrottle.INTERVAL_NANOS);
            l.progress(2000, ITERATIONS);
            return new MonteCarloEngine(1, "test").run(s, l);
        }, false);

        run[0].start();

        RunController.RunState stopping = whileStopping.get(0);
        assertTrue(stopping.running() && stopping.cancelling());
        assertFalse(stopping.canRun());
        List<Long> done = view.progress.stream().map(RunProgress::done).toList();
        assertFalse(done.contains(2000L), done.toString());
        assertEquals(List.of("cancelled"), view.events);
    }

    /**
     * The view goes back to the last complete run after Cancel, so the controller asks the
     * engine not to summarise a cancelled run (a second or more for a million iterations, which
     * the user would wait through greyed out), and a run ended by {@link RunCancelledException}
     * is shown as cancelled after the iterations it did.
     */
    @Test
    void asksForNoSummaryOfACancelledRunAndShowsItsCount() {
        List<Boolean> wanted = new ArrayList<>();
        RunController run = controller((s, l) -> {
            wanted.add(l.wantsCancelledResults());
            throw new RunCancelledException(1234, ITERATIONS);
        }, false);

        run.start();

        assertEquals(List.of(false), wanted);
        assertEquals(List.of("cancelled"), view.events);
        assertEquals(1234, view.cancelledAfter);
        assertFalse(run.state().running());
        assertTrue(run.state().canRun());
    }

    /**
     * An edit makes the results shown out of date, saying which run they are of (the bundled
     * regulator case, run here with 3,000 iterations and its seed 20260101); undoing the edit
     * makes them current again. The listeners (exports, comparison) are told both.
     */
    @Test
    void marksTheResultsOutOfDateAfterAnEditUntilItIsUndone() {
        RunController run = controller(engine(1), false);
        List<Boolean> told = new ArrayList<>();
        run.addListener(new RunController.Listener() {
            @Override
            public void runCompleted(CompletedRun completed) {
            }

            @Override
            public void runOutdated(boolean outdated) {
                told.add(outdated);
            }
        });
        run.start();

        editor.setField(FieldAddress.general("economics.discountRate"), ValueForm.constant("0.05"));
        editor.setField(FieldAddress.general("economics.discountRate"), ValueForm.constant("0.06"));

        assertEquals("Out of date: the scenario has changed since this run of Copper mine, regulator base case "
                + "(3,000 iterations, seed 20260101). Run again (F5) to bring the results up to date.",
                view.outdated.get(0));
        assertEquals(List.of("finished", "outdated"), view.events);
        assertTrue(run.isOutdated());

        editor.sealEdit();
        editor.undo();

        assertEquals(List.of("finished", "outdated", "current"), view.events);
        assertEquals(List.of(true, false), told);
        assertFalse(run.isOutdated());
    }

    /** New or Open replaces the document: the last run is forgotten and the listeners told. */
    @Test
    void forgetsTheLastRunWhenAnotherDocumentIsLoaded() {
        RunController run = controller(engine(1), false);
        List<String> told = new ArrayList<>();
        run.addListener(new RunController.Listener() {
            @Override
            public void runCompleted(CompletedRun completed) {
                told.add("completed");
            }

            @Override
            public void runsCleared() {
                told.add("cleared");
            }
        });
        run.start();

        editor.load(ScenarioForms.blank());

        assertEquals(List.of("finished", "cleared"), view.events);
        assertEquals(List.of("completed", "cleared"), told);
        assertNull(run.lastCompleted());
        assertFalse(run.isOutdated());
    }

    /** A run still going when another document is loaded is stopped, and its results are not shown. */
    @Test
    void aRunOfTheOldDocumentIsStoppedAndNotShown() {
        RunController run = controller(engine(1), true);
        run.start();

        editor.load(ScenarioForms.of(small()));
        queued.remove(0).run();

        assertEquals(List.of("cleared", "cancelled"), view.events);
        assertNull(view.kept);
        assertNull(run.lastCompleted());
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
        RunController run = new RunController(editor, ROOMY, () -> null, (s, l) -> {
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
                clock.addAndGet(ProgressThrottle.INTERVAL_NANOS / 4);
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

        // 8 << 30 bytes is 8,192 MB; 1 << 30 bytes is 1,024 MB
        assertEquals("Too large for this computer now: the run needs about 8,192 MB of memory and 1,024 MB is free. "
                + "Lower Iterations and run again.", view.failure);
        assertNull(run.lastCompleted());
        assertTrue(view.state.canRun());
    }

    /**
     * A run of unsaved edits records the SHA-256 of the scenario text that was run: the hash
     * of the file Save then writes, computed here with the JDK's digest on the file's bytes.
     */
    @Test
    void recordsTheHashOfTheScenarioTextOfAnUnsavedRun(@TempDir Path dir) throws Exception {
        editor.setField(FieldAddress.general("economics.discountRate"), ValueForm.constant("0.05"));
        RunController run = new RunController(editor, ROOMY, () -> null,
                (s, l) -> new MonteCarloEngine(1, "test").run(s, l),
                Runnable::run, Runnable::run, clock::get, view);

        run.start();
        Path saved = dir.resolve("saved.json");
        ScenarioWriter.writeAtomically(editor.scenario(), saved);

        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(saved)));
        assertEquals(expected, view.finished.sha256());
    }

    /**
     * With memory for exactly the engine's estimate of a 1,000-iteration run, the 3,000-iteration
     * scenario is not offered, and the most that fit is 1,000: the estimate grows with every
     * iteration (each keeps its records), so no larger count is within it. At 1,000 Run is back.
     */
    @Test
    void offersNoRunThatDoesNotFitAndSaysTheMostThatDo() {
        MonteCarloEngine engine = new MonteCarloEngine(1);
        Scenario edited = editor.scenario();
        long room = engine.estimateBytes(edited.withSimulation(edited.simulation().withIterations(1000)));
        RunController run = new RunController(editor, new RunSize(engine::estimateBytes, () -> room), () -> null,
                engine(1), queued::add, Runnable::run, clock::get, view);

        run.start();

        assertFalse(run.state().canRun());
        assertTrue(queued.isEmpty());
        assertTrue(run.state().tooLarge().startsWith("Too large for this computer: at most 1,000 iterations fit in "),
                run.state().tooLarge());
        assertTrue(run.state().tooLarge().contains("free (3,000 need about "), run.state().tooLarge());
        assertEquals(0, run.state().problems());

        editor.setField(FieldAddress.general("simulation.iterations"), "1000");

        assertTrue(view.state.canRun());
        assertNull(view.state.tooLarge());
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
