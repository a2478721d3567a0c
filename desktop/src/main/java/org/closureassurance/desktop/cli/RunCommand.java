package org.closureassurance.desktop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.closureassurance.charts.AssuranceReport;
import org.closureassurance.charts.ChartSet;
import org.closureassurance.charts.ReportContext;
import org.closureassurance.desktop.ToolVersion;
import org.closureassurance.scenarios.AtomicFile;
import org.closureassurance.scenarios.results.ResultsJson;
import org.closureassurance.simulator.engine.InputSweep;
import org.closureassurance.simulator.engine.MonteCarloEngine;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.engine.ModelOverflowException;
import org.closureassurance.simulator.engine.RunTooLargeException;
import org.closureassurance.simulator.model.Drivers;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.sweep.Sweep;
import org.closureassurance.simulator.sweep.SweepRuns;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code run FILE}: simulates a scenario and prints the answer, or writes the results file.
 * Overrides on the command line win over the scenario's own simulation settings. With
 * {@code --sweep-input}, the report gets a sweep section: the scenario run again once per value
 * of that input, on the same engine, with common random numbers. A portfolio file (recognised
 * by its {@code format}) is handed to {@link PortfolioCommand}.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a scenario's Monte Carlo simulation and print the summary or write the results JSON.")
final class RunCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "Scenario file, bundled scenario name, or '-' for standard input "
                    + "(default: the bundled default scenario); a portfolio file or name runs as 'portfolio'.")
    private String file;

    @picocli.CommandLine.Mixin
    private SimulationOptions simulation = new SimulationOptions();

    @picocli.CommandLine.Mixin
    private ResultOutputOptions outputs = new ResultOutputOptions();

    @Option(names = "--report", paramLabel = "FILE.html",
            description = "Write the self-contained HTML assurance report (charts embedded, no network needed).")
    private Path report;

    @Option(names = "--sweep-input", paramLabel = "PATH",
            description = "Add a sweep section to the --report: the scenario run again once per value of this input "
                    + "(--values a,b,c or --from/--to/--steps), common random numbers.")
    private String sweepInput;

    @picocli.CommandLine.Mixin
    private SweepValues.First sweepValues = new SweepValues.First();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (PortfolioSource.names(file)) {
            if (sweepInput != null || sweepValues.given()) {
                err.println("error: --sweep-input and its values sweep one scenario's input; " + file
                        + " is a portfolio");
                err.flush();
                return ExitCodes.INVALID;
            }
            return PortfolioCommand.of(file, simulation, outputs, report, spec).execute(out, err);
        }
        ScenarioSource src = ScenarioSource.resolveOrDefault(file);
        if (!src.result().isValid()) {
            src.printErrors(err);
            return ExitCodes.INVALID;
        }
        Scenario scenario;
        int k;
        SweepInput sweepIn = null;
        double[] sweepAt = null;
        try {
            scenario = simulation.apply(src.result().scenarioOrThrow());
            k = simulation.threadCount();
            outputs.check();
            if (sweepInput != null) {
                if (report == null) {
                    throw new IllegalArgumentException("--sweep-input adds a section to the report: give --report "
                            + "FILE.html too");
                }
                sweepIn = SweepInput.of("--sweep-input", sweepInput, scenario);
                sweepAt = SweepCommand.checked(scenario, sweepIn, sweepValues.get());
            } else if (sweepValues.given()) {
                throw new IllegalArgumentException("--values/--from/--to/--steps need --sweep-input");
            }
        } catch (IllegalArgumentException e) {
            return CommandErrors.invalid(err, e);
        }
        if (!outputs.targets(report).report(err)) {
            return ExitCodes.INVALID;
        }
        ProgressBar bar = outputs.progressBar();
        SimulationResults results;
        Sweep sweep = null;
        long started = System.nanoTime();
        try {
            MonteCarloEngine engine = new MonteCarloEngine(k, ToolVersion.current());
            results = engine.run(scenario, bar == null ? ProgressListener.NONE : bar);
            if (sweepIn != null) {
                sweep = SweepRuns.line(new InputSweep(engine, scenario, List.of(sweepIn.key())), sweepAt,
                        bar == null ? ProgressListener.NONE : bar);
            }
        } catch (RunTooLargeException | ModelOverflowException | IllegalArgumentException e) {
            if (bar != null) {
                bar.finish();
            }
            return CommandErrors.invalid(err, e);
        }
        double totalSeconds = (System.nanoTime() - started) / 1e9;
        if (bar != null) {
            bar.finish();
        }
        String summary = SummaryTable.of(results, totalSeconds);
        try {
            writeOutputs(src, scenario, results, summary, k, sweep);
        } catch (IOException e) {
            return CommandErrors.writeFailed(err, e);
        }
        outputs.finish(out, err, summary, results.run().iterationsPerSecond());
        return ExitCodes.OK;
    }

    /** Writes every output asked for; {@code sweep} (nullable) is the report's sweep section. */
    private void writeOutputs(ScenarioSource src, Scenario scenario, SimulationResults results, String summary,
                              int threads, Sweep sweep) throws IOException {
        Supplier<String> resultsJson = () -> ResultsJson.write(results);
        outputs.writeJson(resultsJson);
        outputs.writeCharts(() -> ChartSet.of(results).charts());
        if (report != null) {
            ReportContext ctx = new ReportContext(Sha256.hex(src.bytes()), ToolVersion.current(),
                    java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
            SimulationResults independent = Drivers.anyWeighted(scenario) ? independentRun(scenario, threads) : null;
            AtomicFile.write(report, sweep != null ? AssuranceReport.html(scenario, results, independent, ctx, sweep)
                    : independent != null ? AssuranceReport.html(scenario, results, independent, ctx)
                    : AssuranceReport.html(scenario, results, ctx));
        }
        outputs.writeFolder(resultsJson, summary);
    }

    /**
     * The scenario run again with every driver's weight 0 on the same seed, for the report's
     * sentence on systemic risk: the same random numbers with every event independent.
     */
    private static SimulationResults independentRun(Scenario scenario, int threads) {
        return new MonteCarloEngine(threads, ToolVersion.current()).run(Drivers.unweighted(scenario),
                ProgressListener.NONE);
    }
}
