package org.closureassurance.simulator.model;

import java.util.Objects;

/**
 * How a scenario is simulated: iteration count, master seed, horizon {@code H} in years
 * (year 0 is the base year, the last simulated year is {@code H - 1}) and sampling method.
 */
public record SimulationSettings(int iterations, long seed, int horizonYears, Sampling sampling) {
    /** Iterations when a scenario names none. */
    public static final int DEFAULT_ITERATIONS = 10_000;
    /** The largest horizon a scenario may ask for. */
    public static final int MAX_HORIZON_YEARS = 1000;

    public SimulationSettings {
        Objects.requireNonNull(sampling, "sampling");
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be >= 1, was " + iterations);
        }
        if (horizonYears < 1 || horizonYears > MAX_HORIZON_YEARS) {
            throw new IllegalArgumentException("horizonYears must be in 1.." + MAX_HORIZON_YEARS + ", was " + horizonYears);
        }
    }

    /** The same settings with another iteration count. */
    public SimulationSettings withIterations(int n) {
        return new SimulationSettings(n, seed, horizonYears, sampling);
    }

    /** The same settings with another seed. */
    public SimulationSettings withSeed(long s) {
        return new SimulationSettings(iterations, s, horizonYears, sampling);
    }

    /** The same settings with another sampling method. */
    public SimulationSettings withSampling(Sampling s) {
        return new SimulationSettings(iterations, seed, horizonYears, s);
    }
}
