package org.closureassurance.charts;

import java.awt.Font;
import org.closureassurance.simulator.results.BondSizingPoint;
import org.closureassurance.simulator.results.RequiredAssurance;
import org.closureassurance.simulator.results.SimulationResults;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The bond sizing curve: the probability that the assurance covers the walk-away liability
 * if the regulator adds {@code x} in cash, {@code x -> P(A + x >= L)} over forfeiting
 * iterations. It answers "how much more security buys how much more certainty"; the amounts
 * needed for 80, 90 and 95 % cover are marked and labelled, and each regulatory rule's coverage
 * is a level the curve crosses ({@link RuleMarkers}).
 */
public final class BondSizingCurveChart {

    static final String CURVE_SERIES = "Coverage with added cash";
    static final String POINTS_SERIES = "Additional assurance needed for 80, 90, 95 % cover";

    /** The confidence levels marked on the curve, and their indices in {@link RequiredAssurance#LEVELS}. */
    private static final int[] MARKED_LEVELS = {1, 2, 3};

    private BondSizingCurveChart() {
    }

    /** The chart with default options. */
    public static JFreeChart create(SimulationResults results) {
        return create(results, ChartOptions.DEFAULT);
    }

    /** The bond sizing curve of {@code results} with the P80, P90 and P95 amounts marked. */
    public static JFreeChart create(SimulationResults results, ChartOptions options) {
        String currency = options.currencyFor(results);
        MoneyFormat money = new MoneyFormat(currency);
        XYSeries curve = new XYSeries(CURVE_SERIES, true, true);
        for (BondSizingPoint p : results.bondSizingCurve()) {
            curve.add(p.additional(), p.coverageProbability());
        }
        RequiredAssurance required = results.requiredAdditionalAssurance() == null
                ? RequiredAssurance.UNDEFINED : results.requiredAdditionalAssurance();
        XYSeries points = new XYSeries(POINTS_SERIES, false, true);
        boolean hasData = !curve.isEmpty();
        if (hasData) {
            for (int level : MARKED_LEVELS) {
                double x = required.at(level);
                if (Double.isFinite(x)) {
                    points.add(x, RequiredAssurance.LEVELS[level]);
                }
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(curve);
        data.addSeries(points);

        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        renderer.setSeriesLinesVisible(0, true);
        renderer.setSeriesShapesVisible(0, false);
        renderer.setSeriesPaint(0, ChartPalette.ASSURANCE);
        renderer.setSeriesStroke(0, ChartPalette.line(0));
        renderer.setSeriesLinesVisible(1, false);
        renderer.setSeriesShapesVisible(1, true);
        renderer.setSeriesPaint(1, ChartPalette.REQUIRED);
        renderer.setSeriesShape(1, ChartPalette.shape(1));

        NumberAxis x = ChartParts.moneyAxis("Additional assurance added in cash (" + currency
                + ", at the forfeiture year)", currency);
        x.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(data, x,
                ChartParts.probabilityAxis("Probability assurance covers liability"), renderer);

        JFreeChart chart = ChartParts.chart("Bond sizing curve: cover bought by additional assurance", plot, results);
        if (!hasData) {
            ChartParts.note(chart, ChartParts.NO_FORFEITURE);
            return chart;
        }
        for (int i = 0; i < points.getItemCount(); i++) {
            double px = points.getX(i).doubleValue();
            double py = points.getY(i).doubleValue();
            String text = "P" + Math.round(py * 100) + ": " + money.format(px);
            XYPointerAnnotation a = new XYPointerAnnotation(text, px, py, Math.toRadians(45));
            a.setFont(new Font(ChartPalette.FONT_FAMILY, Font.BOLD, 11));
            a.setPaint(ChartPalette.REQUIRED.darker());
            a.setArrowPaint(ChartPalette.REQUIRED.darker());
            a.setTextAnchor(TextAnchor.CENTER_LEFT);
            a.setBaseRadius(40);
            a.setTipRadius(6);
            plot.addAnnotation(a);
        }
        RuleMarkers.addCoverageLevels(plot, results, money);
        return chart;
    }
}
