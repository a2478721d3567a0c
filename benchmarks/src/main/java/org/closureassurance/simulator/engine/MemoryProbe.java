package org.closureassurance.simulator.engine;

import java.nio.file.Path;
import java.util.Locale;
import org.closureassurance.benchmarks.BenchScenarios;
import org.closureassurance.scenarios.LoadResult;
import org.closureassurance.scenarios.ScenarioReader;
import org.closureassurance.simulator.model.Scenario;

/**
 * One run of the engine without its memory check, to find the smallest heap a run really
 * completes in: {@code scripts/memory-peak} starts it in fresh JVMs with ever closer
 * {@code -Xmx} values. Prints {@code ok BASELINE ESTIMATE MAXHEAP} (bytes: the heap in use
 * after a collection just before the run, the engine's estimate in this JVM, the JVM's
 * maximum heap) and exits 0, or prints {@code oom} and exits 3 when the run ran out of memory.
 *
 * <p>Arguments: {@code SCENARIO ITERATIONS THREADS}, where SCENARIO is a bundled scenario's
 * name (the performance scenarios included), a file, or {@code domains:D:H} for D identical rehabilitation domains over H years.
 */
public final class MemoryProbe {
    private MemoryProbe() {
    }

    public static void main(String[] args) {
        Scenario s = scenario(args[0]);
        s = s.withSimulation(s.simulation().withIterations(Integer.parseInt(args[1])));
        MonteCarloEngine engine = new MonteCarloEngine(Integer.parseInt(args[2]));
        long estimate = engine.estimateBytes(s);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long baseline = rt.totalMemory() - rt.freeMemory();
        try {
            engine.simulate(s, ProgressListener.NONE);
        } catch (OutOfMemoryError e) {
            System.out.println("oom");
            // Where it ran out, for whoever reads the probe's error output.
            for (StackTraceElement frame : e.getStackTrace()) {
                System.err.println("  at " + frame);
            }
            System.exit(3);
        }
        System.out.printf(Locale.ROOT, "ok %d %d %d%n", baseline, estimate, rt.maxMemory());
    }

    private static Scenario scenario(String spec) {
        if (spec.startsWith("domains:")) {
            String[] p = spec.split(":");
            return read(ScenarioReader.readString(manyDomains(Integer.parseInt(p[1]), Integer.parseInt(p[2]))));
        }
        if (Path.of(spec).toFile().isFile()) {
            return read(ScenarioReader.read(Path.of(spec)));
        }
        return BenchScenarios.load(spec);
    }

    private static Scenario read(LoadResult result) {
        if (!result.isValid()) {
            throw new IllegalArgumentException("invalid scenario: " + result);
        }
        return result.scenarioOrThrow();
    }

    /** {@code domains} rehabilitation domains with uncertain start and recovery, over {@code horizon} years. */
    static String manyDomains(int domains, int horizon) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < domains; i++) {
            list.append(i == 0 ? "" : ", ").append("{\"name\": \"D").append(i)
                    .append("\", \"area\": {\"value\": 10, \"unit\": \"ha\"}, "
                            + "\"startYear\": {\"dist\": \"triangular\", \"min\": 0, \"mode\": 2, \"max\": 6}, "
                            + "\"establishmentCost\": {\"value\": {\"dist\": \"pert\", \"min\": 8000, "
                            + "\"mode\": 12000, \"max\": 20000}, \"per\": \"ha\"}, "
                            + "\"recovery\": {\"model\": \"exponential\", "
                            + "\"rate\": {\"dist\": \"uniform\", \"min\": 0.05, \"max\": 0.15}, \"target\": 0.8}}");
        }
        return "{\"format\": \"closure-assurance/1\", \"name\": \"" + domains + " domains\", \"simulation\": "
                + "{\"horizonYears\": " + horizon + ", \"iterations\": 1000, \"seed\": 1}, "
                + "\"economics\": {\"discountRate\": 0.03}, \"closureYear\": 0, "
                + "\"forfeiture\": {\"mode\": \"at-closure\"}, \"rehabilitation\": [" + list + "]}";
    }
}
