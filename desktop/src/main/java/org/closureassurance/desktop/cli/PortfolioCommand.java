package org.closureassurance.desktop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.closureassurance.charts.PortfolioCharts;
import org.closureassurance.charts.PortfolioReport;
import org.closureassurance.charts.PortfolioReportContext;
import org.closureassurance.charts.SourceFile;
import org.closureassurance.desktop.ToolVersion;
import org.closureassurance.scenarios.AtomicFile;
import org.closureassurance.scenarios.PortfolioInput;
import org.closureassurance.scenarios.PortfolioLoad;
import org.closureassurance.scenarios.results.PortfolioResultsJson;
import org.closureassurance.simulator.engine.ModelOverflowException;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.engine.RunTooLargeException;
import org.closureassurance.simulator.portfolio.Portfolio;
import org.closureassurance.simulator.portfolio.PortfolioEngine;
import org.closureassurance.simulator.portfolio.PortfolioResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code portfolio FILE}: simulates a register of sites with its shared economy, providers and
 * pooled fund, and prints the summary or writes the results file. {@code run} hands a portfolio
 * file to it, so both take the same options. Overrides on the command line win over the
 * portfolio's simulation settings, which replace every scenario site's own.
 */
@Command(name = "portfolio", mixinStandardHelpOptions = true,
        description = "Run a portfolio (many sites, shared factors and providers, an optional pooled fund) and print "
                + "the summary or write the results JSON.")
final class PortfolioCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE",
            description = "Portfolio file, or the name of a bundled portfolio (illustrative-register).")
    private String file;

    @picocli.CommandLine.Mixin
    private SimulationOptions simulation = new SimulationOptions();

    @picocli.CommandLine.Mixin
    private ResultOutputOptions outputs = new ResultOutputOptions();

    @Option(names = "--report", paramLabel = "FILE.html",
            description = "Write the self-contained HTML portfolio report (charts embedded, no network needed).")
    private Path report;

    /** The command as typed, which the report states; set from the parse result. */
    private String commandText;

    /** The command for {@code run FILE} when FILE is a portfolio, with {@code run}'s options. */
    static PortfolioCommand of(String file, SimulationOptions simulation, ResultOutputOptions outputs, Path report,
                               CommandSpec spec) {
        PortfolioCommand c = new PortfolioCommand();
        c.file = file;
        c.simulation = simulation;
        c.outputs = outputs;
        c.report = report;
        c.commandText = commandText(spec);
        return c;
    }

    @Override
    public Integer call() {
        commandText = commandText(spec);
        return execute(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** {@code closure-assurance} and the arguments as given, for the report. */
    static String commandText(CommandSpec spec) {
        return "closure-assurance " + String.join(" ", spec.root().commandLine().getParseResult().originalArgs());
    }

    /** Reads, checks, runs and writes; nothing is run when the portfolio or an option is invalid. */
    int execute(PrintWriter out, PrintWriter err) {
        PortfolioSource src = PortfolioSource.resolve(file);
        if (!(src.load() instanceof PortfolioLoad.Loaded loaded)) {
            src.printErrors(err);
            return ExitCodes.INVALID;
        }
        Portfolio portfolio;
        int threads;
        try {
            portfolio = simulation.apply(loaded.portfolio());
            threads = simulation.threadCount();
            outputs.check();
        } catch (IllegalArgumentException e) {
            return CommandErrors.invalid(err, e);
        }
        if (!outputs.targets(report).report(err)) {
            return ExitCodes.INVALID;
        }
        ProgressBar bar = outputs.progressBar();
        PortfolioResults results;
        long started = System.nanoTime();
        try {
            results = new PortfolioEngine(threads, ToolVersion.current())
                    .run(portfolio, bar == null ? ProgressListener.NONE : bar);
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
        String summary = PortfolioSummary.of(results, totalSeconds);
        try {
            writeOutputs(portfolio, loaded.inputs(), results, summary);
        } catch (IOException e) {
            return CommandErrors.writeFailed(err, e);
        }
        outputs.finish(out, err, summary, results.run().iterationsPerSecond());
        return ExitCodes.OK;
    }

    private void writeOutputs(Portfolio portfolio, List<PortfolioInput> inputs, PortfolioResults results,
                              String summary) throws IOException {
        Supplier<String> resultsJson = () -> PortfolioResultsJson.write(results);
        outputs.writeJson(resultsJson);
        outputs.writeCharts(() -> PortfolioCharts.of(portfolio, results).charts());
        if (report != null) {
            List<SourceFile> files = inputs.stream().map(i -> new SourceFile(i.role(), i.path(), i.sha256())).toList();
            PortfolioReportContext ctx = new PortfolioReportContext(files, commandText, ToolVersion.current(),
                    Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            AtomicFile.write(report, PortfolioReport.html(portfolio, results, ctx));
        }
        outputs.writeFolder(resultsJson, summary);
    }
}
