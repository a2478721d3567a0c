package org.closureassurance.scenarios;

import org.closureassurance.simulator.model.Sampling;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.model.SimulationSettings;

/**
 * How {@link ClosureAssurance#run} runs a scenario: overrides of the scenario's own simulation
 * settings (null: as the scenario says), the worker threads, and the tool version recorded in
 * the results. The results do not depend on the thread count.
 *
 * @param iterations iterations instead of the scenario's, at least 1; null keeps the scenario's
 * @param seed master seed instead of the scenario's; null keeps the scenario's
 * @param sampling sampling method instead of the scenario's; null keeps the scenario's
 * @param threads worker threads, 1 to 256
 * @param toolVersion the version the results name as having produced them
 */
public record RunOptions(Integer iterations, Long seed, Sampling sampling, int threads, String toolVersion) {
    /** The most worker threads a run may ask for. */
    public static final int MAX_THREADS = 256;

    public RunOptions {
        if (iterations != null && iterations < 1) {
            throw new IllegalArgumentException("iterations must be >= 1, was " + iterations);
        }
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads must be between 1 and " + MAX_THREADS + ", was " + threads);
        }
        if (toolVersion == null || toolVersion.isBlank()) {
            throw new IllegalArgumentException("toolVersion must not be empty");
        }
    }

    /** The scenario's own settings, on every processor, recorded as tool version {@code embedded}. */
    public static RunOptions defaults() {
        return new RunOptions(null, null, null, Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()),
                "embedded");
    }

    /** These options with {@code n} iterations. */
    public RunOptions withIterations(int n) {
        return new RunOptions(n, seed, sampling, threads, toolVersion);
    }

    /** These options with master seed {@code s}. */
    public RunOptions withSeed(long s) {
        return new RunOptions(iterations, s, sampling, threads, toolVersion);
    }

    /** These options with sampling method {@code method}. */
    public RunOptions withSampling(Sampling method) {
        return new RunOptions(iterations, seed, method, threads, toolVersion);
    }

    /** These options on {@code k} worker threads. */
    public RunOptions withThreads(int k) {
        return new RunOptions(iterations, seed, sampling, k, toolVersion);
    }

    /** These options recording {@code version} as the tool version. */
    public RunOptions withToolVersion(String version) {
        return new RunOptions(iterations, seed, sampling, threads, version);
    }

    /** {@code scenario} with these options' overrides of its simulation settings. */
    public Scenario applyTo(Scenario scenario) {
        SimulationSettings sim = scenario.simulation();
        if (iterations != null) {
            sim = sim.withIterations(iterations);
        }
        if (seed != null) {
            sim = sim.withSeed(seed);
        }
        if (sampling != null) {
            sim = sim.withSampling(sampling);
        }
        return scenario.withSimulation(sim);
    }
}
