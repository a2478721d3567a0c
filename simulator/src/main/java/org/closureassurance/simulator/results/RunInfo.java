package org.closureassurance.simulator.results;

/**
 * How a run went: iterations asked for and completed (fewer when cancelled), threads,
 * wall-clock seconds and throughput, the random generator and the tool version.
 */
public record RunInfo(int requestedIterations, int completedIterations, boolean cancelled, int threads,
                      double elapsedSeconds, double iterationsPerSecond, String generator, String toolVersion) {
}
