package org.closureassurance.charts;

import java.util.List;
import org.closureassurance.simulator.sweep.PortfolioBreakEven;
import org.closureassurance.simulator.sweep.PortfolioSweep;
import org.closureassurance.simulator.sweep.PortfolioSweepPoint;
import org.closureassurance.simulator.sweep.PortfolioTarget;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Charts of a portfolio sweep, in the style of the scenario sweep's: the pooled fund's
 * exhaustion probability with its 95 % interval, and the expected unfunded public cost, against
 * the swept value.
 */
public final class PortfolioSweepCharts {
    /** File name of the exhaustion-probability curve. */
    public static final String EXHAUSTION = "portfolio-sweep-fund-exhaustion";
    /** File name of the expected unfunded public cost. */
    public static final String UNFUNDED_COST = "portfolio-sweep-expected-unfunded-public-cost";

    private PortfolioSweepCharts() {
    }

    /** Both curves, in reading order; the exhaustion curve only when the portfolio has a fund. */
    public static List<NamedChart> of(PortfolioSweep sweep, String currency) {
        NamedChart cost = new NamedChart(UNFUNDED_COST, "Expected public cost the fund does not pay (valued at "
                + "year 0) against " + sweep.input() + "; every run draws the other inputs alike.",
                cost(sweep, currency));
        if (sweep.points().stream().noneMatch(p -> Double.isFinite(p.exhaustionProbability()))) {
            return List.of(cost);
        }
        return List.of(new NamedChart(EXHAUSTION, "Probability that the pooled fund leaves some payout unfunded "
                + "against " + sweep.input() + ", with its 95 % interval.", exhaustion(sweep)), cost);
    }

    /**
     * Both curves with a break-even search's finding marked on each, as the scenario sweep's
     * are: a line at the crossing with a band over its 95 % interval (when the target was
     * crossed), and the target as a horizontal line on the chart of its figure.
     */
    public static List<NamedChart> of(PortfolioSweep sweep, String currency, PortfolioBreakEven found) {
        List<NamedChart> charts = of(sweep, currency);
        String figureChart = found.target().figure() == PortfolioTarget.Figure.EXHAUSTION_PROBABILITY ? EXHAUSTION
                : UNFUNDED_COST;
        for (NamedChart c : charts) {
            XYPlot plot = c.chart().getXYPlot();
            SweepCharts.markCrossing(plot, found.outcome(), found.value(), found.interval());
            if (c.name().equals(figureChart)) {
                SweepCharts.markTarget(plot, found.target().value(), found.target().toString());
            }
        }
        return charts;
    }

    static JFreeChart exhaustion(PortfolioSweep sweep) {
        XYSeries p = new XYSeries("Fund exhaustion probability", true, true);
        XYSeries lower = new XYSeries(SweepCharts.LOWER_SERIES, true, true);
        XYSeries upper = new XYSeries(SweepCharts.UPPER_SERIES, true, true);
        for (PortfolioSweepPoint pt : sweep.points()) {
            p.add(pt.value(), pt.exhaustionProbability());
            lower.add(pt.value(), pt.exhaustionProbabilityCI95().lower());
            upper.add(pt.value(), pt.exhaustionProbabilityCI95().upper());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(p);
        data.addSeries(lower);
        data.addSeries(upper);
        XYLineAndShapeRenderer r = renderer(ChartPalette.PROBABILITY);
        for (int s = 1; s <= 2; s++) {
            r.setSeriesPaint(s, ChartPalette.ASSURANCE);
            r.setSeriesStroke(s, ChartPalette.thinLine(1));
            r.setSeriesShapesVisible(s, false);
        }
        XYPlot plot = new XYPlot(data, SweepCharts.valueAxis(sweep.input()),
                ChartParts.probabilityAxis("Fund exhaustion probability"), r);
        return titled("Fund exhaustion probability against " + sweep.input(), plot, sweep);
    }

    static JFreeChart cost(PortfolioSweep sweep, String currency) {
        XYSeries series = new XYSeries("Expected unfunded public cost", true, true);
        for (PortfolioSweepPoint pt : sweep.points()) {
            series.add(pt.value(), pt.expectedUnfundedPublicCost());
        }
        NumberAxis y = ChartParts.moneyAxis("Expected unfunded public cost (" + currency + ")", currency);
        y.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(new XYSeriesCollection(series), SweepCharts.valueAxis(sweep.input()), y,
                renderer(ChartPalette.REQUIRED));
        return titled("Expected unfunded public cost against " + sweep.input(), plot, sweep);
    }

    private static XYLineAndShapeRenderer renderer(java.awt.Paint paint) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        r.setSeriesPaint(0, paint);
        r.setSeriesStroke(0, ChartPalette.line(0));
        r.setSeriesShape(0, ChartPalette.shape(0));
        return r;
    }

    private static JFreeChart titled(String title, XYPlot plot, PortfolioSweep sweep) {
        JFreeChart chart = ChartParts.chart(title, plot, List.of());
        chart.addSubtitle(new TextTitle("Portfolio sweep of " + sweep.input() + ", common random numbers"));
        return chart;
    }
}
