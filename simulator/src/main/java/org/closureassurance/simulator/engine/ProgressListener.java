package org.closureassurance.simulator.engine;

import org.closureassurance.simulator.results.SimulationResults;

/**
 * Hooks through which a caller (the command line's progress bar, the GUI) follows and stops a
 * run. Methods are called from engine threads, never the caller's: implementations hand
 * work to their own thread (for Swing, the event thread).
 */
public interface ProgressListener {

    /** A listener that ignores everything and never cancels. */
    ProgressListener NONE = new ProgressListener() {
    };

    /** {@code done} of {@code total} iterations are complete (monotone, at most every few ms). */
    default void progress(long done, long total) {
    }

    /** Polled between chunks of iterations: returning true stops the run early. */
    default boolean isCancelled() {
        return false;
    }

    /**
     * Whether a cancelled run should still summarise the iterations it did and return them; when
     * false it ends with {@link RunCancelledException} as soon as its workers stop.
     */
    default boolean wantsCancelledResults() {
        return true;
    }

    /** Whether the engine should summarise the iterations done so far now and then. */
    default boolean wantsPartialResults() {
        return false;
    }

    /**
     * Results over the first {@code partial.run().completedIterations()} iterations, sent
     * every few hundred milliseconds when {@link #wantsPartialResults()} is true.
     */
    default void partialResults(SimulationResults partial) {
    }
}
