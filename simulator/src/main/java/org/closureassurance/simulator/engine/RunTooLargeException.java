package org.closureassurance.simulator.engine;

import java.util.Locale;

/**
 * A run that does not fit in memory: refused before it starts when its estimated memory exceeds
 * the share of the heap a run may use, or stopped when it ran out of memory all the same. Either
 * way the caller gets numbers and what to lower instead of an OutOfMemoryError.
 */
public final class RunTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long estimatedBytes;
    private final long availableBytes;

    /** A refusal for a run estimated at {@code estimatedBytes} with {@code availableBytes} available. */
    public RunTooLargeException(long estimatedBytes, long availableBytes, int iterations, int maxIterations) {
        this(refusal(estimatedBytes, availableBytes, iterations, maxIterations), estimatedBytes, availableBytes);
    }

    private RunTooLargeException(String message, long estimatedBytes, long availableBytes) {
        super(message);
        this.estimatedBytes = estimatedBytes;
        this.availableBytes = availableBytes;
    }

    /**
     * A run of {@code iterations} estimated at {@code estimatedBytes} that ran out of memory in a
     * JVM whose heap is at most {@code maxHeapBytes}: something else held memory the estimate did
     * not count (another run, a large scenario).
     */
    static RunTooLargeException ranOut(long estimatedBytes, long maxHeapBytes, int iterations) {
        return new RunTooLargeException(String.format(Locale.ROOT,
                "a run of %,d iterations ran out of memory (estimated at %,d MB; Java may use at most %,d MB "
                        + "in all): lower --iterations, or give Java more memory (for example -Xmx%dg)",
                iterations, estimatedBytes >> 20, maxHeapBytes >> 20, suggestedGigabytes(estimatedBytes)),
                estimatedBytes, maxHeapBytes);
    }

    private static String refusal(long estimatedBytes, long availableBytes, int iterations, int maxIterations) {
        String rule = String.format(Locale.ROOT,
                "a run of %,d iterations needs about %,d MB, and a run may use at most %,d MB (%d %% of the "
                        + "%,d MB Java can still allocate; the rest is headroom)",
                iterations, estimatedBytes >> 20, MonteCarloEngine.usableBytes(availableBytes) >> 20,
                MonteCarloEngine.USABLE_PERCENT, availableBytes >> 20);
        if (maxIterations < 1) {
            return String.format(Locale.ROOT,
                    "%s, and the year-by-year timeline alone does not fit whatever the iteration count: shorten "
                            + "simulation.horizonYears or use fewer rehabilitation domains, or give Java more memory "
                            + "(for example -Xmx%dg)",
                    rule, suggestedGigabytes(estimatedBytes));
        }
        return String.format(Locale.ROOT,
                "%s: lower --iterations to at most %,d, or give Java more memory (for example -Xmx%dg)",
                rule, maxIterations, suggestedGigabytes(estimatedBytes));
    }

    /** A heap in whole GB that holds the estimate with the headroom and a little to spare. */
    private static long suggestedGigabytes(long estimatedBytes) {
        return Math.max(1, (estimatedBytes * 5 / 4 + (1L << 30) - 1) >> 30);
    }

    /** Bytes the run was estimated to need. */
    public long estimatedBytes() {
        return estimatedBytes;
    }

    /** Bytes the JVM could still allocate when the run was refused (its whole heap when it ran out). */
    public long availableBytes() {
        return availableBytes;
    }
}
