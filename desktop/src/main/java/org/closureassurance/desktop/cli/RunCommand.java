package org.closureassurance.desktop.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.closureassurance.desktop.ToolVersion;
import org.closureassurance.scenarios.ValidationError;
import org.closureassurance.scenarios.results.ResultsJson;
import org.closureassurance.simulator.engine.MonteCarloEngine;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.engine.RunTooLargeException;
import org.closureassurance.simulator.model.Sampling;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.model.SimulationSettings;
import org.closureassurance.simulator.results.SimulationResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code run FILE}: simulates a scenario and prints the answer, or writes the results file.
 * Overrides on the command line win over the scenario's own simulation settings.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a scenario's Monte Carlo simulation and print the summary or write the results JSON.")
final class RunCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", defaultValue = "",
            description = "Scenario file or bundled scenario name (default: the bundled default scenario).")
    private String file;

    @Option(names = "--iterations", paramLabel = "N", description = "Iterations (overrides the scenario).")
    private Integer iterations;

    @Option(names = "--seed", paramLabel = "S", description = "Master random seed (overrides the scenario).")
    private Long seed;

    @Option(names = "--threads", paramLabel = "K", description = "Worker threads (default: available processors).")
    private Integer threads;

    @Option(names = "--sampling", paramLabel = "METHOD",
            description = "monte-carlo or latin-hypercube (overrides the scenario).")
    private String sampling;

    @Option(names = "--json", paramLabel = "OUT", description = "Write the results JSON to OUT ('-' for standard output).")
    private String json;

    @Option(names = "--out", paramLabel = "DIR", description = "Write results.json and summary.txt into DIR.")
    private Path outDir;

    @Option(names = "--quiet", description = "No progress bar.")
    private boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String name = file == null || file.isEmpty()
                ? org.closureassurance.scenarios.bundled.BundledScenarios.defaultName() : file;
        ScenarioSource src = ScenarioSource.resolve(name);
        if (!src.result().isValid()) {
            err.println(src.label() + ": " + src.result().errors().size() + " error(s)");
            for (ValidationError e : src.result().errors()) {
                err.println("  " + e);
            }
            err.flush();
            return ExitCodes.INVALID;
        }
        Scenario scenario;
        try {
            scenario = withOverrides(src.result().scenarioOrThrow());
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return ExitCodes.INVALID;
        }
        int k = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (k < 1 || k > 256) {
            err.println("error: --threads must be between 1 and 256, was " + k);
            err.flush();
            return ExitCodes.INVALID;
        }
        boolean toStdout = "-".equals(json);
        ProgressBar bar = !quiet && System.console() != null ? new ProgressBar(System.err) : null;
        SimulationResults results;
        try {
            results = new MonteCarloEngine(k, ToolVersion.current())
                    .run(scenario, bar == null ? ProgressListener.NONE : bar);
        } catch (RunTooLargeException e) {
            if (bar != null) {
                bar.finish();
            }
            err.println("error: " + e.getMessage());
            err.flush();
            return ExitCodes.INVALID;
        }
        if (bar != null) {
            bar.finish();
        }
        if (json != null) {
            if (toStdout) {
                Writer w = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
                ResultsJson.write(results, w);
                w.flush();
            } else {
                writeAtomically(Path.of(json), ResultsJson.write(results));
            }
        }
        String summary = SummaryTable.of(results);
        if (outDir != null) {
            Files.createDirectories(outDir);
            writeAtomically(outDir.resolve("results.json"), ResultsJson.write(results));
            writeAtomically(outDir.resolve("summary.txt"), summary);
        }
        if (!toStdout) {
            out.print(summary);
            out.flush();
        } else {
            err.printf("%,.0f iterations/s%n", results.run().iterationsPerSecond());
            err.flush();
        }
        return ExitCodes.OK;
    }

    private Scenario withOverrides(Scenario s) {
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

    /** Writes to a temporary file beside {@code target}, then moves it into place. */
    static void writeAtomically(Path target, String text) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path tmp = Files.createTempFile(dir, abs.getFileName().toString(), ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, abs, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
