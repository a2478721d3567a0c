package org.closureassurance.simulator.engine;

import java.util.Locale;

/**
 * Ends a cancelled run at once, without summarising the iterations done, when its listener
 * said it has no use for them ({@link ProgressListener#wantsCancelledResults()}): the summary
 * of a million iterations takes as long as a second, which the user pressing Cancel would wait.
 */
public final class RunCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int completed;
    private final int requested;

    /** A run cancelled after {@code completed} of {@code requested} iterations. */
    public RunCancelledException(int completed, int requested) {
        super(String.format(Locale.ROOT, "run cancelled after %,d of %,d iterations", completed, requested));
        this.completed = completed;
        this.requested = requested;
    }

    /** Iterations completed before the run stopped. */
    public int completed() {
        return completed;
    }

    /** Iterations the run was asked for. */
    public int requested() {
        return requested;
    }
}
