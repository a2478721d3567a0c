package org.closureassurance.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.closureassurance.simulator.engine.InputSweep;
import org.closureassurance.simulator.engine.MonteCarloEngine;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.model.InputField;
import org.closureassurance.simulator.model.InputKey;
import org.closureassurance.simulator.sweep.Sweep;
import org.closureassurance.simulator.sweep.SweepRuns;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A warm sweep of the default scenario's discount rate over 20 values at 20,000 iterations each
 * on 2 threads: the compiled plan reused for every value, each run's reduction included. The
 * sweep target (under 10 s for the whole process) is measured with the command line; this
 * isolates the sweep's own cost from the JVM's start.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Benchmark)
public class SweepBench {
    static final int ITERATIONS = 20_000;
    static final int VALUES = 20;

    private InputSweep sweep;
    private double[] values;

    @Setup
    public void setup() {
        sweep = new InputSweep(new MonteCarloEngine(2), BenchScenarios.load(BenchScenarios.DEFAULT, ITERATIONS),
                List.of(InputKey.of(InputField.DISCOUNT_RATE)));
        values = new double[VALUES];
        for (int i = 0; i < VALUES; i++) {
            values[i] = 0.01 + 0.05 * i / (VALUES - 1);
        }
    }

    @Benchmark
    public Sweep sweep() {
        return SweepRuns.line(sweep, values, ProgressListener.NONE);
    }
}
