package org.closureassurance.desktop.cli;

import org.closureassurance.scenarios.RunOptions;
import org.closureassurance.simulator.model.Sampling;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.model.SimulationSettings;
import org.closureassurance.simulator.portfolio.Portfolio;
import picocli.CommandLine.Option;

/** The simulation overrides shared by {@code run}, {@code compare} and {@code portfolio}. */
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
        return s.withSimulation(apply(s.simulation()));
    }

    /** The portfolio with the overrides applied (they replace every scenario site's settings too). */
    Portfolio apply(Portfolio p) {
        return new Portfolio(p.name(), p.description(), p.currency(), p.baseYear(), apply(p.simulation()),
                p.economics(), p.economy(), p.providers(), p.sites(), p.fund());
    }

    private SimulationSettings apply(SimulationSettings settings) {
        SimulationSettings sim = settings;
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
        return sim;
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
