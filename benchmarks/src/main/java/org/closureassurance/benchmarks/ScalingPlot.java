package org.closureassurance.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.closureassurance.charts.ChartExport;
import org.closureassurance.charts.ScalingChart;
import org.jfree.chart.JFreeChart;

/**
 * Draws the scaling plots of docs/performance.md with the tool's own charts from the CSV that
 * {@code scripts/bench --scaling --csv FILE} writes: one PNG per measured dimension.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.closureassurance.benchmarks.ScalingPlot FILE.csv DIR</pre>
 *
 * <p>The CSV has a header {@code chart,line,x,y} and one row per measured point; lines that
 * start with {@code # machine:} give the subtitle. Charts: {@code iterations} (whole process,
 * wall seconds), {@code horizon}, {@code items} and {@code correlated} (simulation
 * microseconds per iteration).
 */
public final class ScalingPlot {
    private static final int WIDTH = 900;
    private static final int HEIGHT = 520;

    private record Kind(String file, String title, String xLabel, String yLabel, boolean logX) {
    }

    private static final Map<String, Kind> KINDS = Map.of(
            "iterations", new Kind("scaling-iterations.png", "Whole run against iterations (default scenario)",
                    "Iterations", "Wall-clock seconds, whole process", true),
            "horizon", new Kind("scaling-horizon.png", "Simulation cost against horizon years (40-item scenario)",
                    "Horizon years", "Microseconds per iteration", false),
            "items", new Kind("scaling-items.png", "Simulation cost against cost items (40-item scenario cut down)",
                    "Cost items", "Microseconds per iteration", false),
            "correlated", new Kind("scaling-correlated.png",
                    "Simulation cost against correlated inputs (40-item scenario)",
                    "Inputs under the rank-correlation copula", "Microseconds per iteration", false));

    private ScalingPlot() {
    }

    /** {@code args}: the CSV file and the folder for the PNGs. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ScalingPlot FILE.csv OUTPUT-DIRECTORY");
            System.exit(2);
        }
        List<String> rows = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        String machine = null;
        Map<String, Map<String, List<double[]>>> charts = new LinkedHashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            String row = rows.get(r).strip();
            if (row.startsWith("# machine:")) {
                machine = row.substring("# machine:".length()).strip();
                continue;
            }
            if (row.isEmpty() || row.startsWith("#") || row.startsWith("chart,")) {
                continue;
            }
            String[] f = row.split(",");
            if (f.length != 4 || !KINDS.containsKey(f[0])) {
                throw new IllegalArgumentException(args[0] + " line " + (r + 1) + ": expected chart,line,x,y with chart one of "
                        + KINDS.keySet() + ", got: " + row);
            }
            charts.computeIfAbsent(f[0], k -> new LinkedHashMap<>())
                    .computeIfAbsent(f[1], k -> new ArrayList<>())
                    .add(new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3])});
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        for (Map.Entry<String, Map<String, List<double[]>>> e : charts.entrySet()) {
            Kind kind = KINDS.get(e.getKey());
            List<ScalingChart.Line> lines = new ArrayList<>();
            for (Map.Entry<String, List<double[]>> line : e.getValue().entrySet()) {
                List<double[]> points = line.getValue();
                points.sort((a, b) -> Double.compare(a[0], b[0]));
                double[] x = new double[points.size()];
                double[] y = new double[points.size()];
                for (int i = 0; i < x.length; i++) {
                    x[i] = points.get(i)[0];
                    y[i] = points.get(i)[1];
                }
                lines.add(new ScalingChart.Line(line.getKey(), x, y));
            }
            JFreeChart chart = ScalingChart.of(kind.title(), machine, kind.xLabel(), kind.yLabel(), lines, kind.logX());
            Path file = out.resolve(kind.file());
            ChartExport.writePng(chart, file, WIDTH, HEIGHT, 96);
            System.out.println("wrote " + file);
        }
    }
}
