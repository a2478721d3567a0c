package org.closureassurance.desktop.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.closureassurance.simulator.engine.ProgressListener;

/**
 * A one-line progress bar on standard error, with throughput and time left, redrawn at most
 * ten times a second. Used only when standard error is a terminal.
 */
final class ProgressBar implements ProgressListener {
    private static final int WIDTH = 30;
    private final PrintStream err;
    private final long started = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    ProgressBar(PrintStream err) {
        this.err = err;
    }

    @Override
    public synchronized void progress(long done, long total) {
        long now = System.nanoTime();
        if (done < total && now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        double seconds = (now - started) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        double left = rate > 0 ? (total - done) / rate : 0;
        int filled = (int) (WIDTH * done / Math.max(1, total));
        err.printf(Locale.ROOT, "\r[%s%s] %3d%%  %,.0f iterations/s  %.1f s left ",
                "#".repeat(filled), ".".repeat(WIDTH - filled), 100 * done / Math.max(1, total), rate, left);
        err.flush();
        drawn = true;
    }

    /** Clears the bar so the summary starts on a clean line. */
    synchronized void finish() {
        if (drawn) {
            err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
            err.flush();
        }
    }
}
