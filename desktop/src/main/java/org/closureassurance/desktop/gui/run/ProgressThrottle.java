package org.closureassurance.desktop.gui.run;

/**
 * Lets a run's progress through to the view a few times a second at most (always the first
 * update, and the last when asked), so an engine reporting every block of iterations does not
 * flood the UI thread. Runs, sweeps and portfolio runs all throttle with it.
 */
public final class ProgressThrottle {
    /** Least time between two progress updates sent to a view. */
    public static final long INTERVAL_NANOS = 100_000_000L;

    private long lastSent = Long.MIN_VALUE;

    /**
     * Whether an update at {@code now} goes through: the first, one {@link #INTERVAL_NANOS} or
     * more after the last sent, or any when {@code last}; one that goes through counts as sent.
     */
    public synchronized boolean due(long now, boolean last) {
        if (!last && lastSent != Long.MIN_VALUE && now - lastSent < INTERVAL_NANOS) {
            return false;
        }
        lastSent = now;
        return true;
    }
}
