package org.closureassurance.simulator.engine;

import java.util.stream.Stream;
import org.closureassurance.simulator.model.RehabilitationDomain;
import org.closureassurance.simulator.model.Scenario;

/**
 * The heap a run needs, counted allocation by allocation from the scenario's shape: the
 * per-iteration records, each worker's timeline batch and percentile sketch, the pilot, and
 * the summary's working arrays (gathered, sorted and ranked copies, one task's scratch per
 * thread). The run peaks either while the pilot is laid out or while the summary runs; the
 * larger of the two is the estimate. Every array is counted as {@link HeapShape} says this
 * JVM stores it. The counts were checked against the smallest heap each run completes in
 * (docs/reliability.md, "Memory").
 */
final class RunFootprint {
    /** Doubles per iteration of the one-dimensional records: liability, assurance, public cost, ... */
    private static final int RECORD_SERIES = 7;
    /** Arrays of iteration length a summary task holds at most at once (a water stream's). */
    private static final int TASK_ARRAYS = 5;

    private final HeapShape heap;
    private final int threads;
    private final int batch;
    private final int horizon;
    private final int[] domainYears;
    private final int series;
    private final int water;
    private final int domains;
    private final int instruments;
    private final int factors;
    private final int sampled;
    private final int correlated;
    /** Per-iteration requirement records: the forfeiture value (when there are rules) and each pooled scheme's row. */
    private final int requirementSeries;

    RunFootprint(Scenario scenario, int threads, int batch, HeapShape heap) {
        this.heap = heap;
        this.threads = threads;
        this.batch = batch;
        this.horizon = scenario.simulation().horizonYears();
        this.water = scenario.waterTreatment().size();
        this.domains = scenario.rehabilitation().size();
        this.instruments = scenario.assurance().size();
        this.factors = scenario.economy().factors().size();
        this.sampled = scenario.sampledInputs().size();
        this.correlated = (int) scenario.correlations().stream()
                .flatMap(c -> Stream.of(c.a(), c.b())).distinct().count();
        this.requirementSeries = (scenario.requirements().isEmpty() ? 0 : 1)
                + RequirementsPlan.pooledCount(scenario.requirements());
        this.domainYears = new int[domains];
        int earliestClosure = RunPlan.floorClamp(scenario.closureYear().lowerBound(), 0, horizon - 1);
        int total = 2 * horizon;
        for (int d = 0; d < domains; d++) {
            RehabilitationDomain r = scenario.rehabilitation().get(d);
            domainYears[d] = horizon - DomainPlan.earliestStart(r, earliestClosure, horizon);
            total += domainYears[d];
        }
        this.series = total;
    }

    /** Timeline series (per-year liability, assurance and domain conditions). */
    int series() {
        return series;
    }

    /**
     * Heap bytes a run of {@code n} iterations needs at its peak: the arrays counted, the
     * collector's slack, and a margin of 1/25 of the arrays for what is not counted (the run's
     * plan, mostly), measured on runs of 3 to 500 domains.
     */
    long bytes(int n) {
        long counted = counted(n);
        return counted + counted / 25 + heap.slackBytes();
    }

    /** The arrays the run holds at its peak: while the pilot is laid out, or while it is summarised. */
    private long counted(int n) {
        long common = records(n) + threads * worker() + layout();
        long pilot = pilot(MonteCarloEngine.pilotCount(series, n));
        return common + Math.max(pilot, sketch() + summary(n) + results());
    }

    /** The largest iteration count whose run needs at most {@code bytes}; 0 when none does. */
    int largestFitting(long bytes) {
        return MemoryBudget.largestIterations(this::bytes, bytes, Integer.MAX_VALUE);
    }

    /** IterationRecords: one array per outcome, each of iteration length, and the tables of them. */
    long records(int n) {
        long doubles = RECORD_SERIES + 2L * water + 2L * domains + 2L * instruments + factors + requirementSeries;
        long tables = 3 * heap.arrayBytes(water, Integer.BYTES) + 2 * heap.arrayBytes(domains, Integer.BYTES)
                + 2 * heap.arrayBytes(instruments, Integer.BYTES) + heap.arrayBytes(sampled, Integer.BYTES);
        return doubles * heap.arrayBytes(n, Double.BYTES) + (1L + sampled) * heap.arrayBytes(n, Integer.BYTES)
                + water * heap.arrayBytes(n, 1) + tables;
    }

    /**
     * One worker: its batch of timeline values, its batch of input draws (a value per sampled
     * input, a normal score per correlated input, one scratch row), its sketch and its per-year
     * scratch.
     */
    long worker() {
        long scratch = (5L + factors) * heap.arrayBytes(horizon, Double.BYTES)
                + heap.arrayBytes(horizon + 1, Double.BYTES);
        for (int years : domainYears) {
            scratch += heap.arrayBytes(years, Double.BYTES);
        }
        long draws = (1L + sampled + correlated) * heap.arrayBytes(batch, Double.BYTES);
        return heap.arrayBytes((long) series * batch, Double.BYTES) + draws + sketch() + scratch;
    }

    /**
     * One percentile sketch: an array of bin counts per series, and six arrays across the series
     * (the table of those, the outside values' table and counts, totals, minima and maxima).
     */
    long sketch() {
        int bins = MonteCarloEngine.bins(series);
        return series * heap.arrayBytes(bins, Integer.BYTES) + 3 * heap.arrayBytes(series, Integer.BYTES)
                + 3 * heap.arrayBytes(series, Double.BYTES);
    }

    private long layout() {
        return 3 * heap.arrayBytes(series, Double.BYTES);
    }

    /** The pilot's buffers: one array of pilot length per series. */
    private long pilot(int count) {
        return series * heap.arrayBytes(count, Double.BYTES) + heap.arrayBytes(series, Integer.BYTES);
    }

    /**
     * The summary's arrays, all of at most iteration length: the forfeiting indices, the
     * gathered liability, assurance and shortfall, four sorted copies kept to the end, the
     * liability's ranking, and one task's scratch per thread (a water stream's five arrays;
     * on one thread the tasks and the ranking take turns).
     */
    private long summary(int n) {
        long ints = heap.arrayBytes(n, Integer.BYTES);
        long doubles = heap.arrayBytes(n, Double.BYTES);
        long kept = 2 * ints + 3 * doubles + 4 * doubles;
        long ranking = 3 * ints + 3 * doubles + heap.arrayBytes(1 << 16, Integer.BYTES);
        long task = TASK_ARRAYS * doubles;
        return kept + (threads == 1 ? Math.max(ranking, task) : ranking + threads * task);
    }

    /** The results: percentiles and per-year fans (small beside the records, counted all the same). */
    private long results() {
        long hundredths = heap.arrayBytes(101, Double.BYTES);
        long year = heap.arrayBytes(horizon, Double.BYTES);
        long perDomain = 2 * hundredths + 4 * year;
        return domains * perDomain + water * 2L * hundredths + 4 * hundredths + 8 * year;
    }
}
