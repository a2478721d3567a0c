package org.closureassurance.desktop.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.closureassurance.charts.ChartExport;
import org.closureassurance.charts.NamedChart;
import org.closureassurance.scenarios.AtomicFile;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The outputs {@code run} and {@code portfolio} share: the results JSON, the {@code --out}
 * folder, the charts and the progress bar. One declaration, so that {@code run} can hand a
 * portfolio file to {@code portfolio} with the very options it parsed.
 */
final class ResultOutputOptions {
    private static final String RESULTS_FILE = "results.json";
    private static final String SUMMARY_FILE = "summary.txt";

    @ArgGroup(exclusive = false)
    ChartOutputOptions charts;

    @Option(names = "--json", paramLabel = "OUT", description = "Write the results JSON to OUT ('-' for standard output).")
    String json;

    @Option(names = "--out", paramLabel = "DIR", description = "Write results.json and summary.txt into DIR.")
    Path outDir;

    @Option(names = "--quiet", description = "No progress bar and no throughput line.")
    boolean quiet;

    /** Checks the chart options, if any were given. */
    void check() {
        if (charts != null) {
            charts.check();
        }
    }

    /** Every output this run will write, {@code report} (nullable) among them, to check before it starts. */
    OutputTargets targets(Path report) {
        OutputTargets targets = new OutputTargets();
        if (json != null && !toStdout()) {
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

    /** Whether the results JSON goes to standard output (then the summary is not printed). */
    boolean toStdout() {
        return "-".equals(json);
    }

    /** The progress bar on the console, or null when quiet or not on a console. */
    ProgressBar progressBar() {
        return !quiet && System.console() != null ? new ProgressBar(System.err) : null;
    }

    /** Writes the results JSON ({@code --json}), made by {@code resultsJson} only when asked for. */
    void writeJson(Supplier<String> resultsJson) throws IOException {
        if (toStdout()) {
            Writer w = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
            w.write(resultsJson.get());
            w.flush();
        } else if (json != null) {
            AtomicFile.write(Path.of(json), resultsJson.get());
        }
    }

    /** Writes the charts ({@code --charts}), made by {@code named} only when asked for. */
    void writeCharts(Supplier<List<NamedChart>> named) throws IOException {
        if (charts != null && charts.directory != null) {
            ChartExport.writeAll(named.get(), charts.directory, charts.width(),
                    charts.height(), charts.dpi());
        }
    }

    /** Writes results.json and summary.txt ({@code --out}). */
    void writeFolder(Supplier<String> resultsJson, String summary) throws IOException {
        if (outDir != null) {
            Files.createDirectories(outDir);
            AtomicFile.write(outDir.resolve(RESULTS_FILE), resultsJson.get());
            AtomicFile.write(outDir.resolve(SUMMARY_FILE), summary);
        }
    }

    /** Prints the summary, or, when the JSON went to standard output, the throughput on {@code err}. */
    void finish(PrintWriter out, PrintWriter err, String summary, double iterationsPerSecond) {
        if (!toStdout()) {
            out.print(summary);
            out.flush();
        } else if (!quiet) {
            err.printf("%,.0f iterations/s%n", iterationsPerSecond);
            err.flush();
        }
    }
}
