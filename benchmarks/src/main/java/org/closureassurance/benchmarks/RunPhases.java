package org.closureassurance.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import org.closureassurance.scenarios.bundled.BundledScenarios;
import org.closureassurance.scenarios.results.ResultsJson;
import org.closureassurance.simulator.engine.MonteCarloEngine;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.results.SimulationResults;

/**
 * Where one cold run's time goes, in a fresh JVM as the command line has it: JVM start to
 * {@code main}, loading the bundled scenario, the engine (plan, pilot, iterations; up to its
 * last progress report), the statistics' reduction (from there to the results) and writing
 * the results JSON; wall and process CPU seconds (all threads, the JIT compiler and the
 * collector included) of each. CPU seconds are the figure to compare on a shared machine.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.closureassurance.benchmarks.RunPhases regulator-base-case 1000000 2</pre>
 */
public final class RunPhases {
    private RunPhases() {
    }

    private static long cpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Arguments: bundled scenario name, iterations, threads. */
    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: RunPhases SCENARIO ITERATIONS THREADS");
            System.exit(2);
        }
        long wall0 = System.nanoTime();
        long cpu0 = cpuNanos();
        double toMain = ManagementFactory.getRuntimeMXBean().getUptime() / 1e3;
        Scenario loaded = BundledScenarios.load(args[0]);
        Scenario scenario = loaded.withSimulation(loaded.simulation().withIterations(Integer.parseInt(args[1])));
        long wall1 = System.nanoTime();
        long cpu1 = cpuNanos();
        long[] iterationsDone = new long[2];
        SimulationResults results = new MonteCarloEngine(Integer.parseInt(args[2])).run(scenario, new ProgressListener() {
            @Override
            public void progress(long done, long total) {
                if (done == total) {
                    iterationsDone[0] = System.nanoTime();
                    iterationsDone[1] = cpuNanos();
                }
            }
        });
        long wall2 = System.nanoTime();
        long cpu2 = cpuNanos();
        String json = ResultsJson.write(results);
        long wall3 = System.nanoTime();
        long cpu3 = cpuNanos();
        System.out.printf("JVM to main %.2f s wall | scenario %.2f s wall, %.2f s CPU | engine %.2f s wall, %.2f s CPU"
                        + " | statistics %.2f s wall, %.2f s CPU | JSON (%,d characters) %.3f s wall, %.3f s CPU%n",
                toMain, (wall1 - wall0) / 1e9, (cpu1 - cpu0) / 1e9, (iterationsDone[0] - wall1) / 1e9,
                (iterationsDone[1] - cpu1) / 1e9, (wall2 - iterationsDone[0]) / 1e9, (cpu2 - iterationsDone[1]) / 1e9,
                json.length(), (wall3 - wall2) / 1e9, (cpu3 - cpu2) / 1e9);
    }
}
