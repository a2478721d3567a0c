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
    /** Iterations a worker takes at a time. */
    private static final int CHUNK = 1024;
    /** Minimum milliseconds between partial summaries. */
    private static final long PARTIAL_INTERVAL_MS = 300;

    private final int threads;
    private final String toolVersion;

    /** An engine that uses {@code threads} worker threads (at least 1). */
    public MonteCarloEngine(int threads) {
        this(threads, "dev");
    }

    /** An engine that records {@code toolVersion} in its results. */
    public MonteCarloEngine(int threads, String toolVersion) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        this.threads = threads;
        this.toolVersion = toolVersion;
    }

    /** Worker threads used. */
    public int threads() {
        return threads;
    }

    /** Estimated heap bytes a run of {@code scenario} (with its own settings) needs. */
    public long estimateBytes(Scenario scenario) {
        return fixedBytes(scenario) + perIterationBytes(scenario) * scenario.simulation().iterations();
    }

    /** Memory that does not grow with iterations: timeline sketches, batches and the pilot. */
    private long fixedBytes(Scenario scenario) {
        int h = scenario.simulation().horizonYears();
        long series = 2L * h + (long) scenario.rehabilitation().size() * h;
        // The series counted here are an upper bound (every domain over the whole horizon), so
        // 1,024 bins each keeps the estimate an upper bound whichever count the run picks.
        long perWorkerSketch = series * 1024 * 4L + series * IterationWorker.BATCH * 8L;
        long pilot = series * pilotCount(series, scenario.simulation().iterations()) * 8L;
        return pilot + (threads + 1L) * perWorkerSketch;
    }

    /** Memory per iteration: the records, and the summary's working copies. */
    private static long perIterationBytes(Scenario scenario) {
        return IterationRecords.bytesFor(scenario.waterTreatment().size(), scenario.rehabilitation().size(),
                scenario.assurance().size(), scenario.sampledInputs().size(), 1) + 6L * Double.BYTES;
    }

    /**
     * Bins per timeline series: 1,024 up to 512 series (a worker's counts then fit the 2 MB
     * cache of a core here; they are hit at random), else 512. One bin is 1/bins of twice the
     * pilot range: 0.2 % or 0.4 % of each year's range, both inside the contract's 0.5 %.
     */
    static int bins(long series) {
        return series <= 512 ? 1024 : 512;
    }

    private static int pilotCount(long series, int iterations) {
        long count = Math.max(256, Math.min(2048, (1L << 22) / Math.max(1, series)));
        return (int) Math.min(count, iterations);
    }

    /**
     * Simulates {@code scenario} with its own simulation settings. A cancelled run returns
     * the results of the iterations completed, with {@code run().cancelled()} set, or, when the
     * listener does not want them, throws {@link RunCancelledException} without summarising.
     *
     * @throws RunTooLargeException if the run would need more memory than the JVM has
     */
    public SimulationResults run(Scenario scenario, ProgressListener listener) {
        checkMemory(scenario);
        long started = System.nanoTime();
        RunPlan plan = new RunPlan(scenario);
        IterationRecords rec = new IterationRecords(plan);
        int n = plan.iterations;

        IterationWorker[] workers = new IterationWorker[threads];
        for (int w = 0; w < threads; w++) {
            workers[w] = new IterationWorker(plan, rec);
        }
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
        buffers = null;
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

    private void checkMemory(Scenario scenario) {
        long need = estimateBytes(scenario);
        Runtime rt = Runtime.getRuntime();
        long available = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        long usable = available * 9 / 10;
        if (need > usable) {
            int n = scenario.simulation().iterations();
            long room = usable - fixedBytes(scenario);
            int max = room <= 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, room / perIterationBytes(scenario));
            throw new RunTooLargeException(need, available, n, max);
        }
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
