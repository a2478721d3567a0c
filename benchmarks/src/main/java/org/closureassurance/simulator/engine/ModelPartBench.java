package org.closureassurance.simulator.engine;

import java.util.concurrent.TimeUnit;
import org.closureassurance.benchmarks.BenchScenarios;
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

/**
 * One engine iteration of the performance scenario cut down to one part of the model
 * ({@link BenchScenarios#part}): {@code baseline} is discount rate, closure year, hazard
 * forfeiture, liabilities and the 2 x 150-series timeline with nothing in the package; each
 * other part adds its own inputs, flows and (for rehabilitation) condition-index series.
 * A part's own cost is its figure minus {@code baseline}. µs per iteration.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class ModelPartBench {
    @Param({"baseline", "cost-items", "water", "rehabilitation", "risk-events", "assurance", "full"})
    public String part;

    private IterationWorker worker;
    private int chunk;

    @Setup
    public void setup() {
        worker = Workers.warm(BenchScenarios.part(BenchScenarios.load(BenchScenarios.PERFORMANCE), part));
    }

    @Benchmark
    @OperationsPerInvocation(Workers.CHUNK)
    public IterationWorker iteration() {
        int from = (chunk++ % Workers.CHUNKS) * Workers.CHUNK;
        worker.run(from, from + Workers.CHUNK);
        return worker;
    }
}
