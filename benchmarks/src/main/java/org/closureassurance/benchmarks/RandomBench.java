package org.closureassurance.benchmarks;

import java.util.concurrent.TimeUnit;
import org.closureassurance.simulator.random.RandomStream;
import org.closureassurance.simulator.random.StandardNormal;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Uniform and normal draws: SplitMix64 words and uniforms, the per-iteration re-seeding the
 * engine does three times an iteration, and the AS241 normal quantile on a realistic mix of
 * uniforms (about 15 % of them take its tail branch). ns per call.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class RandomBench {
    static final int BATCH = 4096;

    private final RandomStream stream = new RandomStream();
    private long iteration;
    private double[] uniforms;
    private double[] scores;

    @Setup
    public void setup() {
        stream.reset(RandomStream.seedFor(20260101L, 0, 0));
        RandomStream s = new RandomStream();
        s.reset(12345L);
        uniforms = new double[BATCH];
        scores = new double[BATCH];
        for (int i = 0; i < BATCH; i++) {
            uniforms[i] = s.nextUniform();
            scores[i] = StandardNormal.quantile(s.nextUniform());
        }
    }

    @Benchmark
    public long nextLong() {
        return stream.nextLong();
    }

    @Benchmark
    public double nextUniform() {
        return stream.nextUniform();
    }

    @Benchmark
    public double nextStandardNormal() {
        return stream.nextStandardNormal();
    }

    /** The seed mix of one (seed, iteration, purpose). */
    @Benchmark
    public long seedFor() {
        return RandomStream.seedFor(20260101L, iteration++, 0);
    }

    /** What every iteration pays per purpose: re-seed, then the first uniform. */
    @Benchmark
    public double reseedAndDraw() {
        stream.reset(RandomStream.seedFor(20260101L, iteration++, 0));
        return stream.nextUniform();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void normalQuantile(Blackhole bh) {
        double[] u = uniforms;
        for (int i = 0; i < u.length; i++) {
            bh.consume(StandardNormal.quantile(u[i]));
        }
    }

    /** Phi(z), which every non-normal correlated input pays in {@code fromNormalScore}. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void normalCdf(Blackhole bh) {
        double[] z = scores;
        for (int i = 0; i < z.length; i++) {
            bh.consume(StandardNormal.cdf(z[i]));
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void normalComplementaryCdf(Blackhole bh) {
        double[] z = scores;
        for (int i = 0; i < z.length; i++) {
            bh.consume(StandardNormal.complementaryCdf(z[i]));
        }
    }
}
