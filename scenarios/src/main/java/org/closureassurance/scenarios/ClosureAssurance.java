package org.closureassurance.scenarios;

import java.nio.file.Path;
import org.closureassurance.scenarios.json.JsonNode;
import org.closureassurance.scenarios.results.ResultsJson;
import org.closureassurance.simulator.engine.ModelOverflowException;
import org.closureassurance.simulator.engine.MonteCarloEngine;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.engine.RunTooLargeException;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.results.SimulationResults;

/**
 * The entry point for a program that runs the simulator in-process (a regulator's register
 * system, a consultant's tool): read a scenario from a file, text or JSON tree, run it with
 * {@link RunOptions} and a {@link ProgressListener}, and take the results as a record or as
 * the JSON of a results file. It reads with the same reader and runs the same engine as the
 * command line: the same scenario, seed and iterations give the same results, byte for byte, as
 * {@code closure-assurance run --json}.
 */
public final class ClosureAssurance {
    private ClosureAssurance() {
    }

    /** The scenario in {@code file}, or every problem found in it (never an exception). */
    public static LoadResult read(Path file) {
        return ScenarioReader.read(file);
    }

    /** The scenario in the JSON text {@code json}, or every problem found in it. */
    public static LoadResult read(String json) {
        return ScenarioReader.readString(json);
    }

    /** The scenario in a JSON tree built in memory, or every problem found in it. */
    public static LoadResult read(JsonNode tree) {
        return ScenarioReader.read(tree);
    }

    /**
     * Runs {@code scenario} with {@code options}; {@code listener} (called from the engine's
     * threads) follows the progress and may cancel, in which case the results cover the
     * iterations completed.
     *
     * @throws RunTooLargeException if the run would not fit in the memory the JVM may use
     * @throws ModelOverflowException if a draw carries a cost past what a double holds
     */
    public static SimulationResults run(Scenario scenario, RunOptions options, ProgressListener listener) {
        return new MonteCarloEngine(options.threads(), options.toolVersion()).run(options.applyTo(scenario), listener);
    }

    /** {@code results} as the text of a results file ({@code closure-assurance-results/1}). */
    public static String json(SimulationResults results) {
        return ResultsJson.write(results);
    }
}
