package org.closureassurance.desktop.cli;

import org.closureassurance.scenarios.RunOptions;
import org.closureassurance.simulator.model.Sampling;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.model.SimulationSettings;
import picocli.CommandLine.Option;

/** The simulation overrides shared by {@code run} and {@code compare}. */
final class SimulationOptions {
    @Option(names = "--iterations", paramLabel = "N", description = "Iterations (overrides the scenario).")
    Integer iterations;

    @Option(names = "--seed", paramLabel = "S", description = "Master random seed (overrides the scenario).")
    Long seed;

    @Option(names = "--threads", paramLabel = "K", description = "Worker threads (default: available processors).")
    Integer threads;

    @Option(names = "--sampling", paramLabel = "METHOD",
            description = "monte-carlo or latin-hypercube (overrides the scenario).")
    String sampling;

    /** The scenario with the overrides applied. */
    Scenario apply(Scenario s) {
        SimulationSettings sim = s.simulation();
        if (iterations != null) {
            if (iterations < 1) {
                throw new IllegalArgumentException("--iterations must be >= 1, was " + iterations);
            }
            sim = sim.withIterations(iterations);
        }
        if (seed != null) {
            sim = sim.withSeed(seed);
        }
        if (sampling != null) {
            Sampling m = Sampling.byId(sampling);
            if (m == null) {
                throw new IllegalArgumentException("--sampling must be monte-carlo or latin-hypercube, was " + sampling);
            }
            sim = sim.withSampling(m);
        }
        return s.withSimulation(sim);
    }

    /** Worker threads to use. */
    int threadCount() {
        int k = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (k < 1 || k > RunOptions.MAX_THREADS) {
            throw new IllegalArgumentException("--threads must be between 1 and " + RunOptions.MAX_THREADS + ", was " + k);
        }
        return k;
    }
}
