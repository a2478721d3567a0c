package org.closureassurance.simulator.engine;

import java.util.concurrent.TimeUnit;
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
 * The closure package's per-iteration operations on a 150-year horizon, closure in year 12:
 * {@code reset} (clears the flows and rebuilds the table of v^k, a serial chain of
 * multiplications), and the adds every cost item, water stream and domain makes.
 * Each add benchmark includes one {@code reset} (so the flows do not grow without bound):
 * subtract {@code reset}. ns per call.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class ClosurePackageBench {
    @Param({"150"})
    public int horizon;

    private ClosurePackage pkg;
    private double rate;

    @Setup
    public void setup() {
        pkg = new ClosurePackage(horizon);
        rate = 0.03;
    }

    private void reset() {
        // vary the rate a little so the JIT cannot hoist the power table
        rate = rate > 0.05 ? 0.01 : rate + 1e-6;
        pkg.reset(12, rate);
    }

    @Benchmark
    public ClosurePackage reset12() {
        reset();
        return pkg;
    }

    /** A cost item: 4 years from relative year 2. */
    @Benchmark
    public double addLevelItem() {
        reset();
        return pkg.addLevel(2, 4, 1.0e6, true);
    }

    /** Maintenance: 40 years, some beyond nothing. */
    @Benchmark
    public double addLevelLong() {
        reset();
        return pkg.addLevel(3, 40, 2.0e5, true);
    }

    /** A perpetual stream from relative year 5: every year to the horizon, then the closed-form tail. */
    @Benchmark
    public double addPerpetual() {
        reset();
        return pkg.addPerpetual(5, 1.0e6);
    }

    /** Capital every 20 years forever. */
    @Benchmark
    public double addPeriodicForever() {
        reset();
        return pkg.addPeriodic(5, 20, Long.MAX_VALUE, 5.0e6, false);
    }

    @Benchmark
    public double addAt() {
        reset();
        return pkg.addAt(7, 3.0e5, true);
    }
}
