package org.closureassurance.benchmarks;

import java.util.concurrent.TimeUnit;
import org.closureassurance.simulator.engine.MonteCarloEngine;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.results.SimulationResults;
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
 * A whole {@link MonteCarloEngine#run} of 10^5 iterations (plan, iterations, timeline sketch,
 * reduction), warm, on 1 and 2 threads. Reported as iterations per second (one JMH operation
 * is one Monte Carlo iteration), so the 2-thread figure compares directly with the target of
 * 10^6 iterations/s for the 40-item scenario.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Benchmark)
public class EngineRunBench {
    static final int ITERATIONS = 100_000;

    @Param({BenchScenarios.DEFAULT, BenchScenarios.PERFORMANCE})
    public String scenario;

    @Param({"1", "2"})
    public int threads;

    private Scenario loaded;
    private MonteCarloEngine engine;

    @Setup
    public void setup() {
        loaded = BenchScenarios.load(scenario, ITERATIONS);
        engine = new MonteCarloEngine(threads);
    }

    @Benchmark
    @OperationsPerInvocation(ITERATIONS)
    public SimulationResults run() {
        return engine.run(loaded, ProgressListener.NONE);
    }
}
