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
 * One engine iteration of each scenario, on one thread, warm: draws, closure package,
 * liabilities, assurance and the timeline sketch, as {@link IterationWorker#run} does them
 * for a chunk of 1,024 iterations. Excludes the plan, the pilot and the reduction.
 * µs per iteration.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class IterationBench {
    @Param({"regulator-base-case", "company-rehabilitation-plan", "ngo-stress-case", "performance-40-items"})
    public String scenario;

    private IterationWorker worker;
    private int chunk;

    @Setup
    public void setup() {
        worker = Workers.warm(BenchScenarios.load(scenario));
    }

    @Benchmark
    @OperationsPerInvocation(Workers.CHUNK)
    public IterationWorker iteration() {
        int from = (chunk++ % Workers.CHUNKS) * Workers.CHUNK;
        worker.run(from, from + Workers.CHUNK);
        return worker;
    }
}
