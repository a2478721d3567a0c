package org.closureassurance.simulator.engine;

import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.results.SimulationResults;

/**
 * Runs a scenario's Monte Carlo simulation (MODEL.md) on a fixed number of threads and
 * summarises it. Iteration {@code i} draws only from streams derived from
 * {@code (seed, i)} and results are reduced in iteration order, so any thread count gives
 * bit-identical results.
 */
public final class MonteCarloEngine {
    private final int threads;

    /** An engine that uses {@code threads} worker threads (at least 1). */
    public MonteCarloEngine(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        this.threads = threads;
    }

    /** Worker threads used. */
    public int threads() {
        return threads;
    }

    /**
     * Simulates {@code scenario} with its own simulation settings. A cancelled run returns
     * the results of the iterations completed, with {@code run().cancelled()} set.
     */
    public SimulationResults run(Scenario scenario, ProgressListener listener) {
        throw new UnsupportedOperationException("stub");
    }
}
