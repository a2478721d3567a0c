package org.closureassurance.benchmarks;

import java.util.concurrent.TimeUnit;
import org.closureassurance.simulator.random.KeyedPermutation;
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
 * The Latin hypercube stratum of an iteration: {@link KeyedPermutation#apply} (a 4-round
 * Feistel network with cycle-walking) and {@link KeyedPermutation#stratifiedUniform}, which
 * the engine calls once per sampled input per iteration under Latin hypercube sampling.
 * ns per call; {@code n} = 10^6 needs 20 bits (2^20 = 1,048,576, little cycle-walking),
 * 600,000 also 20 bits (walks 1.75 passes on average).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class PermutationBench {
    @Param({"1000000", "600000"})
    public int n;

    private KeyedPermutation permutation;
    private int i;

    @Setup
    public void setup() {
        permutation = new KeyedPermutation(n, 0x5DEECE66DL);
    }

    @Benchmark
    public int apply() {
        int k = i;
        i = k + 1 == n ? 0 : k + 1;
        return permutation.apply(k);
    }

    @Benchmark
    public double stratifiedUniform() {
        int k = i;
        i = k + 1 == n ? 0 : k + 1;
        return permutation.stratifiedUniform(k, 0.5);
    }
}
