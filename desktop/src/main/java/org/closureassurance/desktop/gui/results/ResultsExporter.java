package org.closureassurance.desktop.gui.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Executor;
import org.closureassurance.scenarios.AtomicFile;
import org.closureassurance.charts.AssuranceReport;
import org.closureassurance.charts.ChartExport;
import org.closureassurance.charts.ChartOptions;
import org.closureassurance.charts.ChartSet;
import org.closureassurance.charts.NamedChart;
import org.closureassurance.charts.ReportContext;
import org.closureassurance.desktop.gui.run.CompletedRun;
import org.closureassurance.desktop.gui.run.RunController;
import org.closureassurance.scenarios.results.ResultsJson;

/**
 * The presenter behind File › Export and the charts' Export menu: writes the last complete
 * run's results JSON, statistics and timeline CSV, HTML report, or one chart as PNG or SVG, on
 * the background executor. Nothing is exported while the scenario has been edited since that
 * run, or after another document replaced it, so no file passes off old results as current.
 * Charts are drawn afresh for export, so a file is never drawn from a chart the window is
 * painting at the same time.
 */
public final class ResultsExporter implements RunController.Listener {
    /** What the window shows about exports. */
    public interface View {
        void exportsAvailable(boolean available);

        void exported(Path file);

        void exportFailed(String message);
    }

    /** What can be exported from the File menu. */
    public enum Export {
        RESULTS_JSON("results", "json"),
        STATISTICS_CSV("statistics", "csv"),
        TIMELINE_CSV("timeline", "csv"),
        HTML_REPORT("report", "html");

        private final String suffix;
        private final String extension;

        Export(String suffix, String extension) {
            this.suffix = suffix;
            this.extension = extension;
        }

        /** The file extension, without the dot. */
        public String extension() {
            return extension;
        }
    }

    /** Chart file formats. */
    public enum ChartFormat { PNG, SVG }

    /** Exported chart size in points; PNGs are drawn at twice that many pixels for sharp prints and screens. */
    static final int CHART_WIDTH = 960;
    static final int CHART_HEIGHT = 600;

    private final String toolVersion;
    private final Clock clock;
    private final Executor background;
    private final Executor ui;
    private final View view;
    private CompletedRun run;
    private boolean outdated;

    public ResultsExporter(String toolVersion, Clock clock, Executor background, Executor ui, View view) {
        this.toolVersion = toolVersion;
        this.clock = clock;
        this.background = background;
        this.ui = ui;
        this.view = view;
        view.exportsAvailable(false);
    }

    @Override
    public void runCompleted(CompletedRun completed) {
        run = completed;
        outdated = false;
        view.exportsAvailable(true);
    }

    @Override
    public void runOutdated(boolean isOutdated) {
        outdated = isOutdated;
        view.exportsAvailable(run != null && !outdated);
    }

    @Override
    public void runsCleared() {
        run = null;
        outdated = false;
        view.exportsAvailable(false);
    }

    /** Why nothing can be exported now. */
    private String nothingToExport() {
        return outdated ? "The results are out of date: the scenario has changed since they were run. Run it again "
                + "to export them." : "There are no results to export: run the scenario first.";
    }

    /** The run to export, or null when there is none current. */
    private CompletedRun current() {
        return outdated ? null : run;
    }

    /** A file name for {@code kind}: {@code copper-mine-regulator-base-case-report.html}. */
    public String suggestedName(Export kind) {
        return slug() + "-" + kind.suffix + "." + kind.extension;
    }

    /** A file name for a chart: {@code copper-mine-...-coverage-timeline.png}. */
    public String suggestedName(String chart, ChartFormat format) {
        return slug() + "-" + chart + "." + format.name().toLowerCase(java.util.Locale.ROOT);
    }

    private String slug() {
        String name = run == null ? "results" : run.scenario().name();
        String s = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "scenario" : s;
    }

    /** Writes {@code kind} of the last complete run to {@code file}. */
    public void export(Export kind, Path file) {
        CompletedRun r = current();
        if (r == null) {
            view.exportFailed(nothingToExport());
            return;
        }
        String generatedAt = ZonedDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        write(file, () -> switch (kind) {
            case RESULTS_JSON -> ResultsJson.write(r.results()).getBytes(StandardCharsets.UTF_8);
            case STATISTICS_CSV -> ResultsCsv.statistics(r.results(), r.currency()).getBytes(StandardCharsets.UTF_8);
            case TIMELINE_CSV -> ResultsCsv.timeline(r.results(), r.scenario().baseYear())
                    .getBytes(StandardCharsets.UTF_8);
            case HTML_REPORT -> AssuranceReport.html(r.scenario(), r.results(),
                    new ReportContext(r.sha256(), toolVersion, generatedAt)).getBytes(StandardCharsets.UTF_8);
        });
    }

    /** Writes chart {@code name} of the last complete run to {@code file}. */
    public void exportChart(String name, ChartFormat format, Path file) {
        CompletedRun r = current();
        if (r == null) {
            view.exportFailed(nothingToExport());
            return;
        }
        write(file, () -> {
            NamedChart chart = ChartSet.of(r.results(), ChartOptions.DEFAULT.withCurrency(r.currency())).get(name)
                    .orElseThrow(() -> new IOException("the run has no chart " + name));
            return chartBytes(chart.chart(), format);
        });
    }

    /**
     * Writes a chart that {@code make} draws afresh (on the background executor) to {@code file}:
     * for charts that are not one run's, such as the comparison's.
     */
    public void exportChart(java.util.function.Supplier<org.jfree.chart.JFreeChart> make, ChartFormat format,
                            Path file) {
        write(file, () -> {
            org.jfree.chart.JFreeChart chart = make.get();
            if (chart == null) {
                throw new IOException("there is no chart to export yet");
            }
            return chartBytes(chart, format);
        });
    }

    /** A chart as an exported file's bytes: an SVG, or a PNG at twice the points in pixels (144 dpi). */
    public static byte[] chartBytes(org.jfree.chart.JFreeChart chart, ChartFormat format) throws IOException {
        return format == ChartFormat.PNG ? ChartExport.png(chart, CHART_WIDTH, CHART_HEIGHT, 144)
                : ChartExport.svg(chart, CHART_WIDTH, CHART_HEIGHT).getBytes(StandardCharsets.UTF_8);
    }

    /** Content made on the background executor. */
    @FunctionalInterface
    private interface Content {
        byte[] make() throws IOException;
    }

    private void write(Path file, Content content) {
        background.execute(() -> {
            try {
                AtomicFile.write(file, content.make(), false);
                ui.execute(() -> view.exported(file));
            } catch (IOException | RuntimeException e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                ui.execute(() -> view.exportFailed("Could not write " + file.getFileName() + ": " + why));
            }
        });
    }
}
