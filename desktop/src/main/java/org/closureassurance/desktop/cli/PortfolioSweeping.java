package org.closureassurance.desktop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.closureassurance.charts.BreakEvenSentence;
import org.closureassurance.charts.ChartExport;
import org.closureassurance.charts.NamedChart;
import org.closureassurance.charts.PortfolioReportContext;
import org.closureassurance.charts.PortfolioSweepCharts;
import org.closureassurance.charts.PortfolioSweepReport;
import org.closureassurance.charts.SourceFile;
import org.closureassurance.desktop.ToolVersion;
import org.closureassurance.scenarios.AtomicFile;
import org.closureassurance.scenarios.PortfolioLoad;
import org.closureassurance.scenarios.results.PortfolioSweepJson;
import org.closureassurance.simulator.engine.ModelOverflowException;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.engine.RunTooLargeException;
import org.closureassurance.simulator.portfolio.Portfolio;
import org.closureassurance.simulator.sweep.PortfolioBreakEven;
import org.closureassurance.simulator.sweep.PortfolioBreakEvenSearch;
import org.closureassurance.simulator.sweep.PortfolioSweep;
import org.closureassurance.simulator.sweep.PortfolioSweepPoint;
import org.closureassurance.simulator.sweep.PortfolioTarget;
import org.closureassurance.simulator.sweep.SweepProgress;

/**
 * What {@code sweep} and {@code breakeven} do when their file is a portfolio: set one number of
 * the portfolio file ({@code --input fund/contributionPercent}) to each value, run the portfolio
 * with the same seed each time, and print, write and chart the portfolio's headline figures
 * against the value; or bisect for the value where the fund's exhaustion probability or the
 * expected unfunded public cost crosses a target. A sweep's report page states every file read
 * with its SHA-256, as the portfolio report does.
 */
final class PortfolioSweeping {
    private PortfolioSweeping() {
    }

    /**
     * The options of either command this class reads; {@code report} (null for none) and the
     * {@code command} as typed, which the report states, are the sweep's only.
     */
    record Request(String file, String input, SimulationOptions simulation, ChartOutputOptions charts, Path json,
                   Path report, String command, boolean quiet) {
    }

    /** Runs the sweep of {@code values}; nothing is run when the portfolio, the input or a value is invalid. */
    static int sweep(Request r, double[] values, PrintWriter out, PrintWriter err) {
        PortfolioSource src = PortfolioSource.resolve(r.file());
        if (!(src.load() instanceof PortfolioLoad.Loaded loaded)) {
            src.printErrors(err);
            return ExitCodes.INVALID;
        }
        List<Portfolio> portfolios;
        PortfolioInputRuns runs;
        try {
            runs = new PortfolioInputRuns(r.file(), r.input(), r.simulation(), r.simulation().threadCount());
            portfolios = runs.all("--values", values);
            if (r.charts() != null) {
                r.charts().check();
            }
        } catch (IllegalArgumentException e) {
            return CommandErrors.invalid(err, e);
        }
        if (!targets(r).report(err)) {
            return ExitCodes.INVALID;
        }
        ProgressBar bar = bar(r);
        List<PortfolioSweepPoint> points = new ArrayList<>();
        try {
            for (int i = 0; i < values.length; i++) {
                points.add(runs.run(values[i], portfolios.get(i), progress(bar, i, values.length, portfolios.get(i))));
            }
        } catch (RunTooLargeException | ModelOverflowException | IllegalArgumentException e) {
            return CommandErrors.invalid(err, e);
        } finally {
            finish(bar);
        }
        PortfolioSweep sweep = new PortfolioSweep(r.input(), points);
        Portfolio first = portfolios.get(0);
        String currency = first.currency() == null ? "" : first.currency();
        try {
            if (r.json() != null) {
                AtomicFile.write(r.json(), PortfolioSweepJson.write(first, sweep));
            }
            List<NamedChart> charts = PortfolioSweepCharts.of(sweep, currency);
            if (r.charts() != null && r.charts().directory != null) {
                ChartExport.writeAll(charts, r.charts().directory, r.charts().width(), r.charts().height(),
                        r.charts().dpi());
            }
            if (r.report() != null) {
                writeReport(r, loaded, sweep, charts, PortfolioSweepTable.of(sweep, currency));
            }
        } catch (IOException e) {
            return CommandErrors.writeFailed(err, e);
        }
        out.print(PortfolioSweepTable.of(sweep, currency));
        out.flush();
        return ExitCodes.OK;
    }

    /** Runs the break-even search of {@code target} between {@code from} and {@code to}. */
    static int breakeven(Request r, String target, double from, double to, int steps, PrintWriter out,
                         PrintWriter err) {
        PortfolioSource src = PortfolioSource.resolve(r.file());
        if (!src.load().errors().isEmpty()) {
            src.printErrors(err);
            return ExitCodes.INVALID;
        }
        PortfolioTarget goal;
        PortfolioInputRuns runs;
        Portfolio first;
        try {
            goal = PortfolioTarget.parse(target);
            if (!(from < to)) {
                throw new IllegalArgumentException("the range is empty: --from " + SweepValues.text(from)
                        + " must be below --to " + SweepValues.text(to));
            }
            runs = new PortfolioInputRuns(r.file(), r.input(), r.simulation(), r.simulation().threadCount());
            first = runs.at("--from", from);
            runs.at("--to", to);
        } catch (IllegalArgumentException e) {
            return CommandErrors.invalid(err, e);
        }
        if (!targets(r).report(err)) {
            return ExitCodes.INVALID;
        }
        ProgressBar bar = bar(r);
        PortfolioBreakEven found;
        int most = 2 + 3 * steps;
        int[] made = {0};
        try {
            found = new PortfolioBreakEvenSearch(r.input(), goal, steps, v -> {
                Portfolio p = runs.at("--from/--to", v);
                return runs.run(v, p, progress(bar, Math.min(made[0]++, most - 1), most, p));
            }).search(from, to);
        } catch (RunTooLargeException | ModelOverflowException | IllegalArgumentException e) {
            return CommandErrors.invalid(err, e);
        } finally {
            finish(bar);
        }
        if (r.json() != null) {
            try {
                AtomicFile.write(r.json(), PortfolioSweepJson.write(first, found));
            } catch (IOException e) {
                return CommandErrors.writeFailed(err, e);
            }
        }
        out.print(String.join(System.lineSeparator(), BreakEvenSentence.lines(found)) + System.lineSeparator());
        out.flush();
        return ExitCodes.OK;
    }

    /** The report page: the portfolio as read (with the command's overrides) and every file read with its SHA-256. */
    private static void writeReport(Request r, PortfolioLoad.Loaded loaded, PortfolioSweep sweep,
                                    List<NamedChart> charts, String table) throws IOException {
        List<SourceFile> files = loaded.inputs().stream()
                .map(i -> new SourceFile(i.role(), i.path(), i.sha256())).toList();
        PortfolioReportContext ctx = new PortfolioReportContext(files, r.command(), ToolVersion.current(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        AtomicFile.write(r.report(), PortfolioSweepReport.html(r.simulation().apply(loaded.portfolio()), sweep, table,
                charts, ctx));
    }

    private static OutputTargets targets(Request r) {
        OutputTargets targets = new OutputTargets();
        if (r.json() != null) {
            targets.file("--json", r.json());
        }
        if (r.report() != null) {
            targets.file("--report", r.report());
        }
        if (r.charts() != null && r.charts().directory != null) {
            targets.folder("--charts", r.charts().directory, List.of());
        }
        return targets;
    }

    private static ProgressBar bar(Request r) {
        return !r.quiet() && System.console() != null ? new ProgressBar(System.err) : null;
    }

    private static ProgressListener progress(ProgressBar bar, int index, int runs, Portfolio p) {
        return bar == null ? ProgressListener.NONE
                : new SweepProgress(bar, index, runs, p.simulation().iterations());
    }

    private static void finish(ProgressBar bar) {
        if (bar != null) {
            bar.finish();
        }
    }
}
