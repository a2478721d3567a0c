package org.closureassurance.charts;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.closureassurance.simulator.results.Sensitivity;
import org.closureassurance.simulator.results.SimulationResults;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A tornado chart of the inputs that move the walk-away liability most: the top {@code N}
 * inputs by the magnitude of their Spearman rank correlation with the liability over
 * forfeiting iterations, largest at the top, as signed bars labelled in plain words
 * ({@link InputLabels}). It tells a reviewer which assumptions deserve the hardest look.
 *
 * <p>Positive and negative correlations are two series ("raises" and "lowers" the liability)
 * so that they differ in colour and in the legend; a correlation too small to tell from zero
 * at this iteration count ({@link SpearmanSignificance}) goes into a third, grey series that
 * claims no direction. Each input has a value in exactly one of them. Inputs with an
 * undefined (NaN) correlation are left out.
 */
public final class SensitivityTornadoChart {

    static final String RAISES = "Higher input, higher liability";
    static final String LOWERS = "Higher input, lower liability";
    static final String UNCLEAR = "Not distinguishable from 0";
    /** Lines an input's label may wrap onto before it is cut: enough for any section — field label. */
    static final int LABEL_LINES = 3;

    private SensitivityTornadoChart() {
    }

    /** The chart with default options (top ten inputs). */
    public static JFreeChart create(SimulationResults results) {
        return create(results, ChartOptions.DEFAULT);
    }

    /** The tornado of the top {@code options.sensitivityInputs()} inputs of {@code results}. */
    public static JFreeChart create(SimulationResults results, ChartOptions options) {
        List<Sensitivity> top = top(results.sensitivity(), options.sensitivityInputs());
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Set<String> used = new HashSet<>();
        double largest = 0;
        long n = results.liability() == null ? 0 : results.liability().count();
        String unclear = unclearKey(n);
        for (Sensitivity s : top) {
            String label = uniqueLabel(s.input(), used);
            boolean clear = SpearmanSignificance.isDistinguishable(s.spearman(), n);
            data.addValue(clear && s.spearman() >= 0 ? s.spearman() : null, RAISES, label);
            data.addValue(clear && s.spearman() < 0 ? s.spearman() : null, LOWERS, label);
            data.addValue(clear ? null : s.spearman(), unclear, label);
            largest = Math.max(largest, Math.abs(s.spearman()));
        }

        StackedBarRenderer bars = new StackedBarRenderer();
        bars.setSeriesPaint(0, ChartPalette.LIABILITY);
        bars.setSeriesPaint(1, ChartPalette.ASSURANCE);
        bars.setSeriesPaint(2, ChartPalette.tint(ChartPalette.REFERENCE, 0.55));
        bars.setDrawBarOutline(false);
        bars.setMaximumBarWidth(0.08);
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        bars.setDefaultNegativeItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.ROOT))));

        CategoryAxis inputs = new CategoryAxis("Input");
        inputs.setMaximumCategoryLabelWidthRatio(0.45f);
        inputs.setMaximumCategoryLabelLines(LABEL_LINES);
        NumberAxis rho = new NumberAxis("Spearman rank correlation with the walk-away liability");
        double bound = Math.min(1.0, Math.ceil(largest * 10) / 10 + 0.1);
        rho.setRange(-bound, bound);
        CategoryPlot plot = new CategoryPlot(data, inputs, rho, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setRangeZeroBaselineVisible(true);

        String title = "Sensitivity: the " + (top.isEmpty() ? "" : top.size() + " ")
                + "inputs that move the liability most";
        JFreeChart chart = ChartParts.chart(title, plot, results);
        if (top.isEmpty()) {
            boolean forfeited = results.liability() != null && !results.liability().isEmpty();
            ChartParts.note(chart, forfeited ? "No sampled input has a defined rank correlation with the liability."
                    : ChartParts.NO_FORFEITURE);
        }
        return chart;
    }

    /** The legend text of the grey series: what "not distinguishable" means for {@code n} iterations. */
    static String unclearKey(long n) {
        return n < 2 ? UNCLEAR : UNCLEAR + String.format(Locale.ROOT, " (|rank correlation| < %.3f over %,d forfeiting iterations)",
                SpearmanSignificance.threshold(n), n);
    }

    /** The {@code n} entries of largest |Spearman|, NaN left out, largest first (stable on ties). */
    static List<Sensitivity> top(List<Sensitivity> all, int n) {
        List<Sensitivity> ranked = new ArrayList<>();
        for (Sensitivity s : all) {
            if (Double.isFinite(s.spearman())) {
                ranked.add(s);
            }
        }
        ranked.sort(Comparator.comparingDouble((Sensitivity s) -> Math.abs(s.spearman())).reversed());
        return ranked.subList(0, Math.min(n, ranked.size()));
    }

    private static String uniqueLabel(String path, Set<String> used) {
        String label = InputLabels.label(path);
        if (!used.add(label)) {
            label = label + " (" + InputLabels.section(path) + ")";
            if (!used.add(label)) {
                label = path;
                used.add(label);
            }
        }
        return label;
    }
}
