package org.closureassurance.desktop.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.closureassurance.charts.AssuranceReport;
import org.closureassurance.charts.ChartExport;
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
    private static final String RESULTS_FILE = "results.json";
    private static final String SUMMARY_FILE = "summary.txt";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "Scenario file, bundled scenario name, or '-' for standard input "
                    + "(default: the bundled default scenario); a portfolio file or name runs as 'portfolio'.")
    private String file;

    @picocli.CommandLine.Mixin
    private SimulationOptions simulation = new SimulationOptions();

    @picocli.CommandLine.ArgGroup(exclusive = false)
    private ChartOutputOptions charts;

    @Option(names = "--report", paramLabel = "FILE.html",
            description = "Write the self-contained HTML assurance report (charts embedded, no network needed).")
    private Path report;

    @Option(names = "--json", paramLabel = "OUT", description = "Write the results JSON to OUT ('-' for standard output).")
    private String json;

    @Option(names = "--out", paramLabel = "DIR", description = "Write results.json and summary.txt into DIR.")
    private Path outDir;

    @Option(names = "--quiet", description = "No progress bar and no throughput line.")
    private boolean quiet;

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
            return PortfolioCommand.of(file, simulation, charts, report, json, outDir, quiet, spec).execute(out, err);
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
            if (charts != null) {
                charts.check();
            }
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
            err.println("error: " + e.getMessage());
            err.flush();
            return ExitCodes.INVALID;
        }
        if (!outputTargets().report(err)) {
            return ExitCodes.INVALID;
        }
        boolean toStdout = "-".equals(json);
        ProgressBar bar = !quiet && System.console() != null ? new ProgressBar(System.err) : null;
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
            err.println("error: " + e.getMessage());
            err.flush();
            return ExitCodes.INVALID;
        }
        double totalSeconds = (System.nanoTime() - started) / 1e9;
        if (bar != null) {
            bar.finish();
        }
        String summary = SummaryTable.of(results, totalSeconds);
        try {
            writeOutputs(src, scenario, results, summary, k, sweep);
        } catch (IOException e) {
            err.println("error: could not write the outputs: " + AtomicFile.reason(e));
            err.flush();
            return ExitCodes.FAILED;
        }
        if (!toStdout) {
            out.print(summary);
            out.flush();
        } else if (!quiet) {
            err.printf("%,.0f iterations/s%n", results.run().iterationsPerSecond());
            err.flush();
        }
        return ExitCodes.OK;
    }

    /** Every output this run will write, to check before it starts. */
    private OutputTargets outputTargets() {
        OutputTargets targets = new OutputTargets();
        if (json != null && !"-".equals(json)) {
            targets.file("--json", Path.of(json));
        }
        if (report != null) {
            targets.file("--report", report);
        }
        if (outDir != null) {
            targets.folder("--out", outDir, List.of(RESULTS_FILE, SUMMARY_FILE));
        }
        if (charts != null && charts.directory != null) {
            targets.folder("--charts", charts.directory, List.of());
        }
        return targets;
    }

    /** Writes every output asked for; {@code sweep} (nullable) is the report's sweep section. */
    private void writeOutputs(ScenarioSource src, Scenario scenario, SimulationResults results, String summary,
                              int threads, Sweep sweep) throws IOException {
        if ("-".equals(json)) {
            Writer w = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
            ResultsJson.write(results, w);
            w.flush();
        } else if (json != null) {
            AtomicFile.write(Path.of(json), ResultsJson.write(results));
        }
        if (charts != null && charts.directory != null) {
            ChartExport.writeAll(ChartSet.of(results), charts.directory, charts.width(), charts.height(), charts.dpi());
        }
        if (report != null) {
            ReportContext ctx = new ReportContext(Sha256.hex(src.bytes()), ToolVersion.current(),
                    java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
            SimulationResults independent = Drivers.anyWeighted(scenario) ? independentRun(scenario, threads) : null;
            AtomicFile.write(report, sweep != null ? AssuranceReport.html(scenario, results, independent, ctx, sweep)
                    : independent != null ? AssuranceReport.html(scenario, results, independent, ctx)
                    : AssuranceReport.html(scenario, results, ctx));
        }
        if (outDir != null) {
            Files.createDirectories(outDir);
            AtomicFile.write(outDir.resolve(RESULTS_FILE), ResultsJson.write(results));
            AtomicFile.write(outDir.resolve(SUMMARY_FILE), summary);
        }
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
