package org.closureassurance.desktop.gui.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.closureassurance.charts.NamedChart;
import org.closureassurance.desktop.gui.results.ResultsExporter;
import org.closureassurance.scenarios.AtomicFile;

/**
 * Writes one export of a finished sweep on the background executor (a CSV text, or one of its
 * charts drawn afresh as PNG or SVG at the results' export size, never the one on screen), and
 * tells the view on the UI executor that it was written or why not.
 */
final class SweepExportJob {
    private SweepExportJob() {
    }

    /** A file name for an export: {@code sweep-economics-discountrate.csv}, or the chart's name. */
    static String suggestedName(String inputPath, SweepPresenter.Export kind, String chart) {
        String input = inputPath.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String what = kind == SweepPresenter.Export.CSV ? "sweep-" + input : chart;
        return what + "." + kind.name().toLowerCase(Locale.ROOT);
    }

    /** Writes {@code csv} or the chart {@code chart} of {@code charts} to {@code file}, as {@code kind} says. */
    static void start(Executor background, Executor ui, SweepPresenter.Export kind, String chart, Path file,
                      String csv, Supplier<List<NamedChart>> charts, Consumer<Path> exported, Consumer<String> problem) {
        background.execute(() -> {
            try {
                AtomicFile.write(file, content(kind, chart, csv, charts), false);
                ui.execute(() -> exported.accept(file));
            } catch (IOException | RuntimeException e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                ui.execute(() -> problem.accept("Could not write " + file.getFileName() + ": " + why));
            }
        });
    }

    private static byte[] content(SweepPresenter.Export kind, String chart, String csv,
                                  Supplier<List<NamedChart>> charts)
            throws IOException {
        if (kind == SweepPresenter.Export.CSV) {
            return csv.getBytes(StandardCharsets.UTF_8);
        }
        NamedChart c = charts.get().stream().filter(n -> n.name().equals(chart)).findFirst()
                .orElseThrow(() -> new IOException("the sweep has no chart " + chart));
        return ResultsExporter.chartBytes(c.chart(), kind == SweepPresenter.Export.PNG
                ? ResultsExporter.ChartFormat.PNG : ResultsExporter.ChartFormat.SVG);
    }
}
