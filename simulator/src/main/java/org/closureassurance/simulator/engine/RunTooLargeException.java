package org.closureassurance.simulator.engine;

/**
 * Thrown before a run starts when its estimated memory exceeds what the JVM may use, so a
 * huge request is refused with numbers instead of failing later with OutOfMemoryError.
 */
public final class RunTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long estimatedBytes;
    private final long availableBytes;

    /** A refusal for a run estimated at {@code estimatedBytes} with {@code availableBytes} available. */
    public RunTooLargeException(long estimatedBytes, long availableBytes, int iterations, int maxIterations) {
        super(message(estimatedBytes, availableBytes, iterations, maxIterations));
        this.estimatedBytes = estimatedBytes;
        this.availableBytes = availableBytes;
    }

    private static String message(long estimatedBytes, long availableBytes, int iterations, int maxIterations) {
        long gigabytes = Math.max(1, (estimatedBytes * 5 / 4 + (1L << 30) - 1) >> 30);
        if (maxIterations < 1) {
            return String.format(java.util.Locale.ROOT,
                    "a run of %,d iterations needs about %,d MB but only %,d MB of memory is available, and the "
                            + "year-by-year timeline alone does not fit whatever the iteration count: shorten "
                            + "simulation.horizonYears or use fewer rehabilitation domains, or give Java more memory "
                            + "(for example -Xmx%dg)",
                    iterations, estimatedBytes >> 20, availableBytes >> 20, gigabytes);
        }
        return String.format(java.util.Locale.ROOT,
                "a run of %,d iterations needs about %,d MB but only %,d MB of memory is available: "
                        + "lower --iterations to at most %,d, or give Java more memory (for example -Xmx%dg)",
                iterations, estimatedBytes >> 20, availableBytes >> 20, maxIterations, gigabytes);
    }

    /** Bytes the run was estimated to need. */
    public long estimatedBytes() {
        return estimatedBytes;
    }

    /** Bytes the JVM could still allocate when the run was refused. */
    public long availableBytes() {
        return availableBytes;
    }
}
