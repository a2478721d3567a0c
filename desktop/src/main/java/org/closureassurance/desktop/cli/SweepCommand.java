package org.closureassurance.desktop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.closureassurance.charts.ChartExport;
import org.closureassurance.charts.NamedChart;
import org.closureassurance.charts.ReportContext;
import org.closureassurance.charts.SweepCharts;
import org.closureassurance.charts.SweepReport;
import org.closureassurance.desktop.ToolVersion;
import org.closureassurance.scenarios.AtomicFile;
import org.closureassurance.scenarios.results.SweepJson;
import org.closureassurance.simulator.engine.InputSweep;
import org.closureassurance.simulator.engine.ModelOverflowException;
import org.closureassurance.simulator.engine.MonteCarloEngine;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.engine.RunTooLargeException;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.sweep.Sweep;
import org.closureassurance.simulator.sweep.SweepGrid;
import org.closureassurance.simulator.sweep.SweepRuns;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sweep FILE --input PATH --values a,b,c}: runs the scenario once per value of one input
 * (or per pair of values of two, {@code --input2}), every other input drawn identically in every
 * run, and prints the headline figures against the value; writes them as JSON, charts and a
 * report on request.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run a scenario once per value of an input (common random numbers) and print the headline "
                + "figures against the value.")
final class SweepCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "Scenario or portfolio file, bundled scenario or portfolio name, or '-' for standard "
                    + "input (default: the bundled default scenario).")
    private String file;

    @Option(names = "--input", required = true, paramLabel = "PATH",
            description = "The input to sweep, by its path (economics/discountRate, assurance/NAME/amount, ...; "
                    + "for a portfolio, a number of its file: fund/contributionPercent, ...).")
    private String input;

    @Mixin
    private SweepValues.First values = new SweepValues.First();

    @Option(names = "--input2", paramLabel = "PATH", description = "A second input: sweeps the grid of both.")
    private String input2;

    @Mixin
    private SweepValues.Second values2 = new SweepValues.Second();

    @Mixin
    private SimulationOptions simulation = new SimulationOptions();

    @ArgGroup(exclusive = false)
    private ChartOutputOptions charts;

    @Option(names = "--report", paramLabel = "FILE.html", description = "Write an HTML report of the sweep.")
    private Path report;

    @Option(names = "--json", paramLabel = "OUT", description = "Write the sweep as JSON to OUT.")
    private Path json;

    @Option(names = "--quiet", description = "No progress bar.")
    private boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (PortfolioSource.names(file)) {
            return portfolio(out, err);
        }
        ScenarioSource src = ScenarioSource.resolveOrDefault(file);
        if (!src.result().isValid()) {
            src.printErrors(err);
            return ExitCodes.INVALID;
        }
        Scenario scenario;
        List<SweepInput> inputs = new ArrayList<>();
        List<double[]> valueLists = new ArrayList<>();
        int threads;
        try {
            scenario = simulation.apply(src.result().scenarioOrThrow());
            threads = simulation.threadCount();
            inputs.add(SweepInput.of("--input", input, scenario));
            valueLists.add(checked(scenario, inputs.get(0), values.get()));
            if (input2 != null) {
                inputs.add(SweepInput.of("--input2", input2, scenario));
                if (inputs.get(1).key().equals(inputs.get(0).key())) {
                    throw new IllegalArgumentException("--input2 " + input2 + " is the same input as --input");
                }
                valueLists.add(checked(scenario, inputs.get(1), values2.get()));
            } else if (values2.values != null || values2.from != null || values2.to != null) {
                throw new IllegalArgumentException("--values2/--from2/--to2 need --input2");
            }
            if (charts != null) {
                charts.check();
            }
        } catch (IllegalArgumentException e) {
            return CommandErrors.invalid(err, e);
        }
        if (!outputTargets().report(err)) {
            return ExitCodes.INVALID;
        }
        ProgressBar bar = !quiet && System.console() != null ? new ProgressBar(System.err) : null;
        ProgressListener listener = bar == null ? ProgressListener.NONE : bar;
        MonteCarloEngine engine = new MonteCarloEngine(threads, ToolVersion.current());
        Object result;
        try {
            InputSweep sweep = new InputSweep(engine, scenario, inputs.stream().map(SweepInput::key).toList());
            result = inputs.size() == 1 ? SweepRuns.line(sweep, valueLists.get(0), listener)
                    : SweepRuns.grid(sweep, valueLists.get(0), valueLists.get(1), listener);
        } catch (RunTooLargeException | ModelOverflowException | IllegalArgumentException e) {
            return CommandErrors.invalid(err, e);
        } finally {
            if (bar != null) {
                bar.finish();
            }
        }
        try {
            writeOutputs(src, scenario, result);
        } catch (IOException e) {
            return CommandErrors.writeFailed(err, e);
        }
        String currency = scenario.currencyOrDefault();
        out.print(result instanceof Sweep s ? SweepTable.of(s, currency) : SweepTable.of((SweepGrid) result));
        out.flush();
        return ExitCodes.OK;
    }

    /** The sweep of a portfolio file: one input, with its table, JSON, charts and report page. */
    private int portfolio(PrintWriter out, PrintWriter err) {
        double[] vs;
        try {
            if (input2 != null) {
                throw new IllegalArgumentException("--input2 is for scenarios; a portfolio sweep holds one input");
            }
            vs = values.get().values();
        } catch (IllegalArgumentException e) {
            return CommandErrors.invalid(err, e);
        }
        return PortfolioSweeping.sweep(new PortfolioSweeping.Request(file, input, simulation, charts, json, report,
                PortfolioCommand.commandText(spec), quiet), vs,
                out, err);
    }

    /** The values {@code given} to {@code in}, each checked as the scenario file would check it there. */
    static double[] checked(Scenario scenario, SweepInput in, SweepValues given) {
        double[] vs = given.values();
        for (double v : vs) {
            in.check(scenario, given.option("values"), v);
        }
        return vs;
    }

    private OutputTargets outputTargets() {
        OutputTargets targets = new OutputTargets();
        if (json != null) {
            targets.file("--json", json);
        }
        if (report != null) {
            targets.file("--report", report);
        }
        if (charts != null && charts.directory != null) {
            targets.folder("--charts", charts.directory, List.of());
        }
        return targets;
    }

    private void writeOutputs(ScenarioSource src, Scenario scenario, Object result) throws IOException {
        String currency = scenario.currencyOrDefault();
        List<NamedChart> named = result instanceof Sweep s ? SweepCharts.of(s, currency)
                : SweepCharts.of((SweepGrid) result);
        if (json != null) {
            AtomicFile.write(json, result instanceof Sweep s ? SweepJson.write(scenario, s)
                    : SweepJson.write(scenario, (SweepGrid) result));
        }
        if (charts != null && charts.directory != null) {
            ChartExport.writeAll(named, charts.directory, charts.width(), charts.height(), charts.dpi());
        }
        if (report != null) {
            ReportContext ctx = new ReportContext(Sha256.hex(src.bytes()), ToolVersion.current(),
                    Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            String table = result instanceof Sweep s ? SweepTable.of(s, currency) : SweepTable.of((SweepGrid) result);
            AtomicFile.write(report, SweepReport.html(scenario, table, named, ctx));
        }
    }
}
