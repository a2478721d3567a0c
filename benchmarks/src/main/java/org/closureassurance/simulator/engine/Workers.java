package org.closureassurance.simulator.engine;

import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.statistics.SketchLayout;

/**
 * Builds a warm {@link IterationWorker} the way {@link MonteCarloEngine#run} does (plan,
 * records, pilot, sketch layout), so a benchmark can time iterations without the run around
 * them. Lives in the engine's package name because the engine classes are package-private;
 * on the class path that is allowed.
 */
final class Workers {
    /** Iterations one benchmark call runs: the engine's chunk size. */
    static final int CHUNK = 1024;
    /** Chunks cycled through, so consecutive calls run different iterations. */
    static final int CHUNKS = 8;

    private Workers() {
    }

    /** A worker for {@code scenario} whose records hold {@code CHUNK * CHUNKS} iterations, past its pilot. */
    static IterationWorker warm(Scenario scenario) {
        Scenario s = scenario.withSimulation(scenario.simulation().withIterations(CHUNK * CHUNKS));
        RunPlan plan = new RunPlan(s);
        IterationRecords rec = new IterationRecords(plan);
        IterationWorker w = new IterationWorker(plan, rec);
        int series = w.timelineSeries;
        int pilot = (int) Math.min(plan.iterations, Math.max(256, Math.min(2048, (1L << 22) / Math.max(1, series))));
        double[][] buffers = new double[series][pilot];
        w.collectPilot(buffers);
        w.run(0, pilot);
        w.useSketch(SketchLayout.fromPilot(buffers, pilot, MonteCarloEngine.bins(series)));
        return w;
    }
}
