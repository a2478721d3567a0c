package org.closureassurance.benchmarks;

import java.util.concurrent.TimeUnit;
import org.closureassurance.simulator.random.GaussianCopula;
import org.closureassurance.simulator.random.RandomStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link GaussianCopula#correlate} for one iteration's vector of normal scores, with the
 * performance scenario's structure (rank correlation 0.3 within groups of ten, 0.1 across).
 * {@code copyOnly} is the cost of refilling the vector, included in {@code correlate}:
 * subtract it. ns per iteration (per vector).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class CopulaBench {
    static final int ROWS = 64;

    @Param({"40", "6"})
    public int dimension;

    private GaussianCopula copula;
    private double[][] independent;
    private double[] z;
    private int row;

    /** Rank correlations 0.3 within consecutive groups of ten inputs, 0.1 across groups. */
    static double[][] groupedSpearman(int n) {
        double[][] rho = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                rho[i][j] = i == j ? 1.0 : (i / 10 == j / 10 ? 0.3 : 0.1);
            }
        }
        return rho;
    }

    @Setup
    public void setup() {
        copula = new GaussianCopula(groupedSpearman(dimension));
        RandomStream s = new RandomStream();
        s.reset(99L);
        independent = new double[ROWS][dimension];
        for (double[] r : independent) {
            for (int j = 0; j < dimension; j++) {
                r[j] = s.nextStandardNormal();
            }
        }
        z = new double[dimension];
    }

    @Benchmark
    public double[] correlate() {
        double[] src = independent[row++ & (ROWS - 1)];
        System.arraycopy(src, 0, z, 0, z.length);
        copula.correlate(z);
        return z;
    }

    @Benchmark
    public double[] copyOnly() {
        double[] src = independent[row++ & (ROWS - 1)];
        System.arraycopy(src, 0, z, 0, z.length);
        return z;
    }
}
