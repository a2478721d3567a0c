package org.closureassurance.simulator.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.random.RandomStream;
import org.closureassurance.simulator.results.RunInfo;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.statistics.QuantileSketch;
import org.closureassurance.simulator.statistics.SketchLayout;

/**
 * Runs a scenario's Monte Carlo simulation (docs/model.md) on a fixed number of threads and
 * summarises it. Iteration {@code i} draws only from streams derived from
 * {@code (seed, i)}, per-iteration outcomes go to arrays by index and are reduced in index
 * order, and the per-year percentile sketch is laid out from a pilot of the first
 * iterations before the others run, so any thread count gives bit-identical results.
 *
 * <p>Work is done in blocks of chunks; between blocks the engine reports progress and, when
 * asked, summarises the iterations done so far. Cancellation is polled before every chunk, so a
 * run stops within one chunk per worker (milliseconds), not one block (seconds on long runs).
 */
public final class MonteCarloEngine {
    /** Per cent of the heap the JVM can still allocate that a run may use: the rest is headroom. */
    static final int USABLE_PERCENT = 90;

    /** Iterations a worker takes at a time. */
    private static final int CHUNK = 1024;
    /** Minimum milliseconds between partial summaries. */
    private static final long PARTIAL_INTERVAL_MS = 300;

    private final int threads;
    private final String toolVersion;
    private final int batch;

    /** An engine that uses {@code threads} worker threads (at least 1). */
    public MonteCarloEngine(int threads) {
        this(threads, "dev");
    }

    /** An engine that records {@code toolVersion} in its results. */
    public MonteCarloEngine(int threads, String toolVersion) {
        this(threads, toolVersion, IterationWorker.BATCH);
    }

    /**
     * An engine whose workers carry {@code batch} iterations at a time through the model's
     * kernels. Results do not depend on it; it is a tuning knob, and lets tests show that.
     */
    public MonteCarloEngine(int threads, String toolVersion, int batch) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be >= 1, was " + batch);
        }
        this.threads = threads;
        this.toolVersion = toolVersion;
        this.batch = batch;
    }

    /** Worker threads used. */
    public int threads() {
        return threads;
    }

    /**
     * Estimated heap bytes a run of {@code scenario} (with its own settings) needs at its peak on
     * this engine's threads, counted array by array as this JVM stores them ({@link RunFootprint}).
     */
    public long estimateBytes(Scenario scenario) {
        return footprint(scenario).bytes(scenario.simulation().iterations());
    }

    /**
     * Heap bytes a run may use now: {@value #USABLE_PERCENT} % of what this JVM can still
     * allocate. The one statement of the headroom rule, for callers that check a run before
     * offering it (the desktop app) as the engine does before starting it.
     */
    public static long usableHeapBytes() {
        return usableBytes(availableBytes());
    }

    private RunFootprint footprint(Scenario scenario) {
        return new RunFootprint(scenario, threads, batch, HeapShape.current());
    }

    /** Heap bytes the JVM can still allocate: its maximum less what is in use now. */
    private static long availableBytes() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }

    /** The share of the available heap a run may use; the rest is headroom for the caller and the collector. */
    static long usableBytes(long available) {
        return available / 100 * USABLE_PERCENT;
    }

    /**
     * Bins per timeline series: 1,024 up to 512 series (a worker's counts then fit the 2 MB
     * cache of a core here; they are hit at random), else 512. One bin is 1/bins of twice the
     * pilot range: 0.2 % or 0.4 % of each year's range, both inside the contract's 0.5 %.
     */
    static int bins(long series) {
        return series <= 512 ? 1024 : 512;
    }

    static int pilotCount(long series, int iterations) {
        long count = Math.max(256, Math.min(2048, (1L << 22) / Math.max(1, series)));
        return (int) Math.min(count, iterations);
    }

    /**
     * Simulates {@code scenario} with its own simulation settings. A cancelled run returns
     * the results of the iterations completed, with {@code run().cancelled()} set, or, when the
     * listener does not want them, throws {@link RunCancelledException} without summarising.
     *
     * @throws RunTooLargeException if the run would need more memory than the JVM lets it use, or
     *         ran out of memory all the same
     */
    public SimulationResults run(Scenario scenario, ProgressListener listener) {
        long need = checkMemory(scenario);
        try {
            return simulate(scenario, listener);
        } catch (OutOfMemoryError e) {
            // The records and workspaces were simulate's and are unreachable here, so the
            // message can be built; the caller reports it like a refusal.
            throw RunTooLargeException.ranOut(need, Runtime.getRuntime().maxMemory(),
                    scenario.simulation().iterations());
        }
    }

    /** The run itself, without the memory check (the measurement harness calls it to find a run's real peak). */
    SimulationResults simulate(Scenario scenario, ProgressListener listener) {
        long started = System.nanoTime();
        return simulate(new RunPlan(scenario), InputOverride.NONE, listener, started);
    }

    /**
     * Runs a compiled plan with some inputs held at given values ({@link InputSweep} reuses one
     * plan for every point); {@code started} is when the run's clock started.
     */
    SimulationResults simulate(RunPlan plan, InputOverride held, ProgressListener listener, long started) {
        IterationRecords rec = new IterationRecords(plan);
        int n = plan.iterations;

        IterationWorker[] workers = new IterationWorker[threads];
        for (int w = 0; w < threads; w++) {
            workers[w] = new IterationWorker(plan, rec, batch, held);
        }
        int pilot = runPilot(workers, n);
        listener.progress(pilot, n);

        int done = pilot;
        boolean cancelled = false;
        long lastPartial = System.nanoTime();
        int block = Math.max(CHUNK * threads * 4, ((n / 64) / CHUNK + 1) * CHUNK);
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "closure-assurance-worker");
            t.setDaemon(true);
            return t;
        }) : null;
        try {
            while (done < n) {
                if (listener.isCancelled()) {
                    cancelled = true;
                    break;
                }
                int end = (int) Math.min(n, (long) done + block);
                done = runBlock(pool, workers, done, end, listener);
                if (done < end) {
                    cancelled = true;
                    break;
                }
                listener.progress(done, n);
                if (done < n && listener.wantsPartialResults()
                        && (System.nanoTime() - lastPartial) / 1_000_000 >= PARTIAL_INTERVAL_MS) {
                    listener.partialResults(summarise(plan, rec, done, workers, started, n, false, pool));
                    lastPartial = System.nanoTime();
                }
            }
            if (listener.isCancelled() && done < n) {
                cancelled = true;
            }
            if (cancelled && !listener.wantsCancelledResults()) {
                throw new RunCancelledException(done, n);
            }
            return summarise(plan, rec, done, workers, started, n, cancelled, pool);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /**
     * Runs the pilot, the first iterations, on the first worker, lays the per-year sketch out
     * from their values, gives every worker a sketch on that layout and adds the pilot's
     * values to the first one. Returns the pilot's iteration count.
     */
    private static int runPilot(IterationWorker[] workers, int n) {
        int series = workers[0].timelineSeries;
        int pilot = pilotCount(series, n);
        double[][] buffers = new double[series][pilot];
        workers[0].collectPilot(buffers);
        workers[0].run(0, pilot);
        SketchLayout layout = SketchLayout.fromPilot(buffers, pilot, bins(series));
        for (IterationWorker w : workers) {
            w.useSketch(layout);
        }
        QuantileSketch first = workers[0].sketch();
        for (int s = 0; s < series; s++) {
            double[] row = buffers[s];
            for (int i = 0; i < pilot; i++) {
                first.add(s, row[i]);
            }
        }
        return pilot;
    }

    /** The estimate, when the run fits in the usable heap. */
    long checkMemory(Scenario scenario) {
        RunFootprint footprint = footprint(scenario);
        int n = scenario.simulation().iterations();
        long need = footprint.bytes(n);
        long available = availableBytes();
        long usable = usableBytes(available);
        if (need > usable) {
            throw new RunTooLargeException(need, available, n, footprint.largestFitting(usable));
        }
        return need;
    }

    /**
     * Runs iterations {@code from} to {@code to} in chunks, polling cancellation before each
     * chunk is taken; returns the end of the iterations done. Chunks are taken in index order
     * and a chunk taken is always finished, so the iterations done are {@code from} up to the
     * returned index without gaps.
     */
    private static int runBlock(ExecutorService pool, IterationWorker[] workers, int from, int to,
                                ProgressListener listener) {
        if (pool == null) {
            for (int start = from; start < to; start += CHUNK) {
                if (listener.isCancelled()) {
                    return start;
                }
                workers[0].run(start, Math.min(to, start + CHUNK));
            }
            return to;
        }
        AtomicInteger next = new AtomicInteger(from);
        List<Future<?>> futures = new ArrayList<>(workers.length);
        for (IterationWorker w : workers) {
            futures.add(pool.submit(() -> {
                while (!listener.isCancelled()) {
                    int start = next.getAndAdd(CHUNK);
                    if (start >= to) {
                        return;
                    }
                    w.run(start, Math.min(to, start + CHUNK));
                }
            }));
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("simulation interrupted", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            }
        }
        return Math.min(to, next.get());
    }

    private SimulationResults summarise(RunPlan plan, IterationRecords rec, int done, IterationWorker[] workers,
                                        long started, int requested, boolean cancelled, ExecutorService pool) {
        QuantileSketch merged = new QuantileSketch(layoutOf(workers));
        long[] coverage = new long[plan.horizon];
        for (IterationWorker w : workers) {
            merged.merge(w.sketch());
            long[] c = w.coverage();
            for (int t = 0; t < coverage.length; t++) {
                coverage[t] += c[t];
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        RunInfo info = new RunInfo(requested, done, cancelled, threads, seconds,
                seconds > 0 ? done / seconds : 0, RandomStream.ALGORITHM, toolVersion);
        return new ResultsSummary(plan, rec, done).summarise(merged, coverage, info, pool);
    }

    private static SketchLayout layoutOf(IterationWorker[] workers) {
        return workers[0].sketch().layout();
    }
}
