package org.closureassurance.simulator.sweep;

import org.closureassurance.simulator.engine.ProgressListener;

/**
 * Progress of one run of a sweep reported as progress of the whole sweep: run {@code index}
 * of {@code runs}, each of {@code iterations}. A cancelled sweep stops at once, without
 * summarising the run it stopped in.
 */
public record SweepProgress(ProgressListener sweep, int index, int runs, long iterations) implements ProgressListener {
    @Override
    public void progress(long done, long total) {
        sweep.progress(index * iterations + done, runs * iterations);
    }

    @Override
    public boolean isCancelled() {
        return sweep.isCancelled();
    }

    @Override
    public boolean wantsCancelledResults() {
        return false;
    }
}
