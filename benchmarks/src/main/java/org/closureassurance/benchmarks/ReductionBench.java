package org.closureassurance.benchmarks;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.closureassurance.simulator.random.RandomStream;
import org.closureassurance.simulator.results.Stats;
import org.closureassurance.simulator.statistics.RankWorkspace;
import org.closureassurance.simulator.statistics.RankedSample;
import org.closureassurance.simulator.statistics.Ranks;
import org.closureassurance.simulator.statistics.SampleSummary;
import org.closureassurance.simulator.statistics.SortOrder;
import org.closureassurance.simulator.statistics.Summary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The reduction after the iterations: {@link Summary#of} and {@link Summary#withHundredths}
 * (selection, then moments and percentiles), {@link Ranks#ranked} (the liability's one sort for
 * its percentiles and ranks), {@link Ranks#spearmanOfKeys} (one sensitivity input),
 * {@link Ranks#of}, {@link SortOrder#sort} and {@link SortOrder#ascending}, with
 * {@link Arrays#sort} for comparison, on 10^6 log-normal doubles (liability-like, few ties).
 * The in-place sorts get a fresh unsorted copy before each call, outside the measurement. ms
 * per call.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Thread)
public class ReductionBench {
    @Param({"1000000"})
    public int n;

    private double[] values;
    private double[] scratch;
    private int[] keys;
    private int[] all;
    private int[] twiceRanks;
    private RankWorkspace workspace;

    @Setup(Level.Trial)
    public void setup() {
        RandomStream s = new RandomStream();
        s.reset(2024L);
        values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = Math.exp(17.5 + 0.6 * s.nextStandardNormal());
        }
        scratch = new double[n];
        // Order keys of a uniform input (32 bits, as the engine keeps them), every iteration selected.
        keys = new int[n];
        all = new int[n];
        for (int i = 0; i < n; i++) {
            keys[i] = (int) (s.nextLong() >>> 32);
            all[i] = i;
        }
        twiceRanks = Ranks.twiceAverageRanks(values, n);
        workspace = new RankWorkspace();
    }

    /** Only for the in-place sorts; JMH warns about Level.Invocation, harmless at milliseconds per call. */
    @Setup(Level.Invocation)
    public void refill() {
        System.arraycopy(values, 0, scratch, 0, n);
    }

    @Benchmark
    public Stats summaryOf() {
        return Summary.of(values, n);
    }

    @Benchmark
    public double[] ranksOf() {
        return Ranks.of(values, n);
    }

    @Benchmark
    public int[] sortOrderAscending() {
        return SortOrder.ascending(values, n);
    }

    @Benchmark
    public double[] sortOrderSort() {
        SortOrder.sort(scratch);
        return scratch;
    }

    @Benchmark
    public SampleSummary summaryWithHundredths() {
        return Summary.withHundredths(values, n);
    }

    @Benchmark
    public RankedSample ranked() {
        return Ranks.ranked(values, n, workspace);
    }

    /** One sampled input's sensitivity: its keys ranked against the liability's ranks. */
    @Benchmark
    public double spearmanOfKeys() {
        return Ranks.spearmanOfKeys(keys, all, twiceRanks, workspace);
    }

    @Benchmark
    public double[] arraysSort() {
        Arrays.sort(scratch);
        return scratch;
    }
}
