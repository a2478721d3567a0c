package org.closureassurance.desktop.gui.run;

import java.util.ArrayList;
import java.util.List;

/** Records what the run controller shows, in order. */
final class RecordingRunView implements RunController.View {
    final List<String> events = new ArrayList<>();
    final List<RunProgress> progress = new ArrayList<>();
    RunController.RunState state;
    CompletedRun finished;
    CompletedRun kept;
    int cancelledAfter = -1;
    String failure;
    /** What the results say of being out of date, in order (null: current again). */
    final List<String> outdated = new ArrayList<>();

    @Override
    public void runStateChanged(RunController.RunState s) {
        state = s;
    }

    @Override
    public void progressed(RunProgress p) {
        progress.add(p);
    }

    @Override
    public void partialResults(CompletedRun partial) {
        events.add("partial " + partial.results().run().completedIterations());
    }

    @Override
    public void runFinished(CompletedRun run) {
        events.add("finished");
        finished = run;
    }

    @Override
    public void runCancelled(int completed, int requested, CompletedRun k) {
        events.add("cancelled");
        cancelledAfter = completed;
        kept = k;
    }

    @Override
    public void runFailed(String message) {
        events.add("failed");
        failure = message;
    }

    @Override
    public void resultsOutdated(String message) {
        events.add(message == null ? "current" : "outdated");
        outdated.add(message);
    }

    @Override
    public void resultsCleared() {
        events.add("cleared");
    }
}
