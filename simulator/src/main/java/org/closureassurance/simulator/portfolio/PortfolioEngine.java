package org.closureassurance.simulator.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.engine.RunCancelledException;
import org.closureassurance.simulator.statistics.QuantileSketch;
import org.closureassurance.simulator.statistics.SketchLayout;

/**
 * Runs a portfolio's Monte Carlo simulation (docs/model.md, "Portfolios") on a fixed number of
 * threads. Iteration {@code i} draws only from streams keyed by the seed, {@code i} and a name
 * (a site's, a factor's, a provider's, the fund's), so it is the same on any thread.
 * Iterations run in blocks of {@value #BLOCK}, whatever the thread count: per-iteration
 * figures go to arrays by index, sums over iterations (a site's expected shortfall, say) are
 * summed within a block in index order and the blocks folded in block order, counts are added,
 * and the per-year sketch is laid out from a pilot of the first iterations. So 1, 2 or 16
 * threads give bit-identical results.
 *
 * <p>The tail contribution of each site, its share of the worst 5 % of iterations by total
 * shortfall, would need every site's shortfall in every iteration if kept. Instead the run
 * keeps only each iteration's total, picks the worst iterations at the end, and simulates
 * just those again (their draws are keyed by iteration, so the second pass repeats the first
 * exactly), summing each site's shortfall over them: about 5 % more work, and memory that does
 * not grow with sites × iterations.
 */
public final class PortfolioEngine {
    /** Iterations per block: the unit of work a thread takes and of the fixed-order fold. */
    static final int BLOCK = 256;

    private final int threads;
    private final String toolVersion;

    /** An engine that uses {@code threads} worker threads (at least 1) and records {@code toolVersion}. */
    public PortfolioEngine(int threads, String toolVersion) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        this.threads = threads;
        this.toolVersion = toolVersion;
    }

    /**
     * Simulates {@code portfolio} with its own simulation settings. A cancelled run returns the
     * results of the iterations completed, with {@code run().cancelled()} set, or, when the
     * listener does not want them, throws {@link RunCancelledException}.
     */
    public PortfolioResults run(Portfolio portfolio, ProgressListener listener) {
        long started = System.nanoTime();
        PortfolioPlan plan = new PortfolioPlan(portfolio);
        int n = plan.iterations;
        PortfolioRecords rec = new PortfolioRecords(n, plan.fund != null);
        PortfolioWorker[] workers = new PortfolioWorker[threads];
        for (int w = 0; w < threads; w++) {
            workers[w] = new PortfolioWorker(plan, rec);
        }
        double[] totals = new double[plan.blockLength()];
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "closure-assurance-portfolio");
            t.setDaemon(true);
            return t;
        }) : null;
        try {
            int done = runPilot(plan, workers, totals);
            listener.progress(done, n);
            int round = BLOCK * 8 * threads;
            boolean cancelled = false;
            while (done < n) {
                if (listener.isCancelled()) {
                    cancelled = true;
                    break;
                }
                int end = (int) Math.min(n, (long) done + round);
                int reached = runRound(pool, workers, done, end, plan.blockLength(), totals, listener);
                done = reached;
                listener.progress(done, n);
                if (reached < end) {
                    cancelled = true;
                    break;
                }
            }
            if (cancelled && !listener.wantsCancelledResults()) {
                throw new RunCancelledException(done, n);
            }
            double[] tail = attributeTail(pool, workers, plan, rec, done);
            double seconds = (System.nanoTime() - started) / 1e9;
            return new PortfolioSummary(plan, rec, done, workers, totals, tail)
                    .summarise(n, cancelled, threads, seconds, toolVersion);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /** Iterations of the pilot that lays out the per-year sketch: a whole number of blocks. */
    static int pilotCount(long series, int iterations) {
        long count = Math.max(BLOCK, Math.min(2048, (1L << 22) / Math.max(1, series)));
        count = count / BLOCK * BLOCK;
        return (int) Math.min(count, iterations);
    }

    /** Bins per sketch series: 1,024 up to 512 series, else 512 (both well inside 0.5 % of a year's range). */
    static int bins(long series) {
        return series <= 512 ? 1024 : 512;
    }

    /**
     * Runs the first iterations on the first worker, block by block, recording their per-year
     * values; lays the sketch out from them and gives every worker a sketch on that layout.
     */
    private static int runPilot(PortfolioPlan plan, PortfolioWorker[] workers, double[] totals) {
        int series = plan.timelineSeries();
        int pilot = pilotCount(series, plan.iterations);
        double[][] buffers = new double[series][pilot];
        workers[0].collectPilot(buffers);
        double[] block = new double[totals.length];
        for (int from = 0; from < pilot; from += BLOCK) {
            java.util.Arrays.fill(block, 0.0);
            workers[0].run(from, Math.min(pilot, from + BLOCK), block);
            fold(totals, block);
        }
        SketchLayout layout = SketchLayout.fromPilot(buffers, pilot, bins(series));
        for (PortfolioWorker w : workers) {
            w.useSketch(new QuantileSketch(layout));
        }
        QuantileSketch first = workers[0].sketch();
        for (int s = 0; s < series; s++) {
            for (int i = 0; i < pilot; i++) {
                first.add(s, buffers[s][i]);
            }
        }
        return pilot;
    }

    private static void fold(double[] totals, double[] block) {
        for (int k = 0; k < totals.length; k++) {
            totals[k] += block[k];
        }
    }

    /**
     * Runs iterations {@code from .. to-1} in blocks taken in index order, polling cancellation
     * before each; folds the finished blocks into {@code totals} in block order and returns the
     * end of the iterations done (a block taken is always finished, so there are no gaps).
     */
    private static int runRound(ExecutorService pool, PortfolioWorker[] workers, int from, int to, int length,
                                double[] totals, ProgressListener listener) {
        int blocks = (to - from + BLOCK - 1) / BLOCK;
        double[][] sums = new double[blocks][length];
        AtomicInteger next = new AtomicInteger(0);
        runTasks(pool, workers, w -> {
            while (!listener.isCancelled()) {
                int b = next.getAndIncrement();
                if (b >= blocks) {
                    return;
                }
                int start = from + b * BLOCK;
                w.run(start, Math.min(to, start + BLOCK), sums[b]);
            }
        });
        int taken = Math.min(blocks, next.get());
        for (int b = 0; b < taken; b++) {
            fold(totals, sums[b]);
        }
        return Math.min(to, from + taken * BLOCK);
    }

    /**
     * Each site's shortfall valued at year 0 summed over the {@code ⌈0.05 n⌉} iterations with
     * the largest total shortfall (ties to the lower index), by simulating those again; the
     * sums are made in blocks of them and folded in order, as in the main pass.
     */
    private static double[] attributeTail(ExecutorService pool, PortfolioWorker[] workers, PortfolioPlan plan,
                                          PortfolioRecords rec, int n) {
        int[] tail = TailSet.worst(rec.totalShortfall, n);
        int sites = plan.sites.length;
        int blocks = (tail.length + BLOCK - 1) / BLOCK;
        double[][] sums = new double[blocks][sites];
        AtomicInteger next = new AtomicInteger(0);
        runTasks(pool, workers, w -> {
            for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
                int start = b * BLOCK;
                w.attribute(tail, start, Math.min(tail.length, start + BLOCK), sums[b]);
            }
        });
        double[] bySite = new double[sites];
        for (double[] s : sums) {
            fold(bySite, s);
        }
        return bySite;
    }

    /** A piece of work a worker does in a round. */
    private interface Task {
        void run(PortfolioWorker w);
    }

    /** Runs {@code task} once on every worker, on the pool (or inline with one thread), and waits. */
    private static void runTasks(ExecutorService pool, PortfolioWorker[] workers, Task task) {
        if (pool == null) {
            task.run(workers[0]);
            return;
        }
        List<Future<?>> futures = new ArrayList<>(workers.length);
        for (PortfolioWorker w : workers) {
            futures.add(pool.submit(() -> task.run(w)));
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("portfolio run interrupted", e);
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
    }
}
