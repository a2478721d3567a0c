package org.closureassurance.benchmarks;

import java.util.concurrent.TimeUnit;
import org.closureassurance.simulator.random.InverseCdf;
import org.closureassurance.simulator.random.InverseCdfs;
import org.closureassurance.simulator.random.RandomStream;
import org.closureassurance.simulator.random.StandardNormal;
import org.closureassurance.simulator.value.Discrete;
import org.closureassurance.simulator.value.LogNormal;
import org.closureassurance.simulator.value.Normal;
import org.closureassurance.simulator.value.Pert;
import org.closureassurance.simulator.value.Triangular;
import org.closureassurance.simulator.value.Uniform;
import org.closureassurance.simulator.value.Value;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Each compiled inverse CDF, from a uniform ({@code quantile}: independent inputs) and from a
 * normal score ({@code fromNormalScore}: inputs under the copula). Parameters are those of the
 * performance scenario. ns per call.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class InverseCdfBench {
    static final int BATCH = 4096;

    /**
     * One distribution (a monomorphic call site), or {@code mixed}: triangular, PERT, log-normal
     * and uniform in turn, as the engine's {@code sampler[j]} call site sees them (megamorphic).
     */
    @Param({"uniform", "triangular", "pert", "normal", "truncated-normal", "lognormal", "discrete", "mixed"})
    public String dist;

    /** Four samplers used in turn: four times the same one unless {@code mixed}. */
    private InverseCdf[] cdfs;
    private double[] uniforms;
    private double[] scores;

    static Value value(String dist) {
        switch (dist) {
            case "uniform": return new Uniform(0.01, 0.05);
            case "triangular": return new Triangular(1.2e6, 1.5e6, 2.85e6);
            case "pert": return new Pert(1.87e6, 2.2e6, 4.84e6);
            case "normal": return new Normal(0.03, 0.08);
            case "truncated-normal": return new Normal(0.02, 0.09, -0.6, Double.POSITIVE_INFINITY);
            case "lognormal": return new LogNormal(1.8e6, 0.63e6);
            case "discrete": return new Discrete(new double[] {60, 80, 110}, new double[] {0.5, 0.3, 0.2});
            default: throw new IllegalArgumentException(dist);
        }
    }

    @Setup
    public void setup() {
        cdfs = new InverseCdf[4];
        String[] mixed = {"triangular", "pert", "lognormal", "uniform"};
        for (int k = 0; k < 4; k++) {
            cdfs[k] = InverseCdfs.of(value(dist.equals("mixed") ? mixed[k] : dist));
        }
        RandomStream s = new RandomStream();
        s.reset(777L);
        uniforms = new double[BATCH];
        scores = new double[BATCH];
        for (int i = 0; i < BATCH; i++) {
            uniforms[i] = s.nextUniform();
            scores[i] = StandardNormal.quantile(s.nextUniform());
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void quantile(Blackhole bh) {
        InverseCdf[] f = cdfs;
        double[] u = uniforms;
        for (int i = 0; i < u.length; i++) {
            bh.consume(f[i & 3].quantile(u[i]));
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void fromNormalScore(Blackhole bh) {
        InverseCdf[] f = cdfs;
        double[] z = scores;
        for (int i = 0; i < z.length; i++) {
            bh.consume(f[i & 3].fromNormalScore(z[i]));
        }
    }
}
