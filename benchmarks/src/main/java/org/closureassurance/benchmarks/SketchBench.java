package org.closureassurance.benchmarks;

import java.util.concurrent.TimeUnit;
import org.closureassurance.simulator.random.RandomStream;
import org.closureassurance.simulator.statistics.QuantileSketch;
import org.closureassurance.simulator.statistics.SketchLayout;
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

/**
 * The per-year timeline sketch: a batch of 256 values into one series of 1,024 bins, as the
 * worker flushes it (every iteration adds one value to each of 2H + domain series, so the
 * per-iteration cost is about 720 of these adds in the performance scenario). ns per value.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class SketchBench {
    static final int BATCH = 256;
    static final int SERIES = 300;

    private QuantileSketch sketch;
    private double[] values;
    private int series;

    @Setup
    public void setup() {
        RandomStream s = new RandomStream();
        s.reset(5L);
        int pilot = 2048;
        double[][] buffers = new double[SERIES][pilot];
        for (double[] row : buffers) {
            for (int i = 0; i < pilot; i++) {
                row[i] = Math.exp(17.5 + 0.6 * s.nextStandardNormal());
            }
        }
        sketch = new QuantileSketch(SketchLayout.fromPilot(buffers, pilot, 1024));
        values = new double[SERIES * BATCH];
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.exp(17.5 + 0.6 * s.nextStandardNormal());
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public QuantileSketch addAll() {
        int k = series;
        series = k + 1 == SERIES ? 0 : k + 1;
        sketch.addAll(k, values, k * BATCH, 1, BATCH);
        return sketch;
    }
}
