package org.closureassurance.desktop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.closureassurance.charts.ChartExport;
import org.closureassurance.charts.ScenarioComparisonChart;
import org.closureassurance.desktop.ToolVersion;
import org.closureassurance.scenarios.AtomicFile;
import org.closureassurance.simulator.engine.MonteCarloEngine;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.engine.ModelOverflowException;
import org.closureassurance.simulator.engine.RunTooLargeException;
import org.closureassurance.simulator.results.SimulationResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code compare A B [...]}: runs several scenarios with the same overrides and shows their
 * headline figures side by side (a regulator's base case against an NGO's stress case), with
 * overlaid S-curves and bond sizing curves when {@code --charts} is given.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Run two or more scenarios and compare their headline figures and curves.")
final class CompareCommand implements Callable<Integer> {
    private static final String LIABILITY = "compare-liability";
    private static final String BOND_SIZING = "compare-bond-sizing";
    private static final List<String> CHART_FILES = List.of(
            LIABILITY + ".png", LIABILITY + ".svg", BOND_SIZING + ".png", BOND_SIZING + ".svg");

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Two or more scenario files or bundled scenario names ('-' reads one from standard input).")
    private List<String> files;

    @Mixin
    private SimulationOptions simulation = new SimulationOptions();

    @picocli.CommandLine.ArgGroup(exclusive = false)
    private ChartOutputOptions charts;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (files.size() < 2) {
            throw new ParameterException(spec.commandLine(), "compare needs two or more scenarios to compare, "
                    + "got only " + files.get(0) + " (for example: compare regulator-base-case ngo-stress-case)");
        }
        List<SimulationResults> runs = new ArrayList<>();
        try {
            if (charts != null) {
                charts.check();
            }
            if (charts != null && charts.directory != null
                    && !new OutputTargets().folder("--charts", charts.directory, CHART_FILES).report(err)) {
                return ExitCodes.INVALID;
            }
            MonteCarloEngine engine = new MonteCarloEngine(simulation.threadCount(), ToolVersion.current());
            for (String f : files) {
                ScenarioSource src = ScenarioSource.resolve(f);
                if (!src.result().isValid()) {
                    src.printErrors(err);
                    return ExitCodes.INVALID;
                }
                runs.add(engine.run(simulation.apply(src.result().scenarioOrThrow()), ProgressListener.NONE));
            }
        } catch (IllegalArgumentException | RunTooLargeException | ModelOverflowException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return ExitCodes.INVALID;
        }
        String currency = runs.get(0).currency();
        boolean sameCurrency = runs.stream().allMatch(r -> r.currency().equals(currency));
        out.print(table(runs));
        if (charts != null && charts.directory != null) {
            if (!sameCurrency) {
                err.println("error: the scenarios use different currencies; curves cannot share an axis");
                err.flush();
                return ExitCodes.INVALID;
            }
            try {
                writeCharts(runs);
            } catch (IOException e) {
                err.println("error: could not write the charts: " + AtomicFile.reason(e));
                err.flush();
                return ExitCodes.FAILED;
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void writeCharts(List<SimulationResults> runs) throws IOException {
        Files.createDirectories(charts.directory);
        ChartExport.writePng(ScenarioComparisonChart.liabilityCurves(runs),
                charts.directory.resolve(LIABILITY + ".png"), charts.width(), charts.height(), charts.dpi());
        ChartExport.writeSvg(ScenarioComparisonChart.liabilityCurves(runs),
                charts.directory.resolve(LIABILITY + ".svg"), charts.width(), charts.height());
        ChartExport.writePng(ScenarioComparisonChart.bondSizingCurves(runs),
                charts.directory.resolve(BOND_SIZING + ".png"), charts.width(), charts.height(), charts.dpi());
        ChartExport.writeSvg(ScenarioComparisonChart.bondSizingCurves(runs),
                charts.directory.resolve(BOND_SIZING + ".svg"), charts.width(), charts.height());
    }

    /** Headline figures, one column per scenario. */
    static String table(List<SimulationResults> runs) {
        StringBuilder s = new StringBuilder();
        String[][] rows = {
                {"Forfeiture probability"}, {"Coverage probability"}, {"Liability P50"}, {"Liability P90"},
                {"Assurance P50"}, {"Required additional P90"}, {"Expected public cost"}, {"Closure cost PV (mean)"}};
        s.append(String.format(Locale.ROOT, "%-26s", ""));
        for (int i = 0; i < runs.size(); i++) {
            s.append(String.format(Locale.ROOT, " %22s", "[" + (i + 1) + "]"));
        }
        s.append('\n');
        for (String[] row : rows) {
            s.append(String.format(Locale.ROOT, "%-26s", row[0]));
            for (SimulationResults r : runs) {
                s.append(String.format(Locale.ROOT, " %22s", cell(row[0], r)));
            }
            s.append('\n');
        }
        s.append('\n');
        for (int i = 0; i < runs.size(); i++) {
            s.append(String.format(Locale.ROOT, "[%d] %s (%,d iterations, seed %d)%n", i + 1, runs.get(i).scenario(),
                    runs.get(i).iterations(), runs.get(i).seed()));
        }
        return s.toString();
    }

    private static String cell(String row, SimulationResults r) {
        String c = r.currency();
        return switch (row) {
            case "Forfeiture probability" -> SummaryTable.percent(r.forfeitureProbability());
            case "Coverage probability" -> SummaryTable.percent(r.coverageProbability());
            case "Liability P50" -> SummaryTable.money(c, r.liability().p50());
            case "Liability P90" -> SummaryTable.money(c, r.liability().p90());
            case "Assurance P50" -> SummaryTable.money(c, r.assurance().p50());
            case "Required additional P90" -> SummaryTable.money(c, r.requiredAdditionalAssurance().p90());
            case "Expected public cost" -> SummaryTable.money(c, r.expectedPublicCost());
            default -> SummaryTable.money(c, r.costPV().mean());
        };
    }
}
