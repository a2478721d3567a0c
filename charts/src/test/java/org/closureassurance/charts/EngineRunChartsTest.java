package org.closureassurance.charts;

import static org.closureassurance.charts.ChartInspection.domainMarker;
import static org.closureassurance.charts.ChartInspection.xyPlot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.closureassurance.scenarios.bundled.BundledScenarios;
import org.closureassurance.simulator.engine.MonteCarloEngine;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.results.BondSizingPoint;
import org.closureassurance.simulator.results.Sensitivity;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.results.Timeline;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every chart built from a real engine run of each bundled scenario: the datasets and
 * markers hold the run's own figures, every chart has a title, labelled axes and a legend,
 * and renders to a non-blank PNG of the requested size.
 */
class EngineRunChartsTest {
    private static final Map<String, SimulationResults> RUNS = new HashMap<>();

    static List<String> scenarios() {
        return BundledScenarios.names();
    }

    private static synchronized SimulationResults run(String name) {
        return RUNS.computeIfAbsent(name, n -> {
            Scenario s = BundledScenarios.load(n);
            s = s.withSimulation(s.simulation().withIterations(3000).withSeed(5));
            return new MonteCarloEngine(2).run(s, ProgressListener.NONE);
        });
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void everyChartHasATitleLabelledAxesALegendAndDrawsSomething(String name) throws IOException {
        ChartSet set = ChartSet.of(run(name));
        assertTrue(set.names().containsAll(List.of(ChartSet.LIABILITY_DISTRIBUTION, ChartSet.COVERAGE_TIMELINE,
                ChartSet.BOND_SIZING_CURVE, ChartSet.SENSITIVITY)), name);
        for (NamedChart c : set.charts()) {
            JFreeChart chart = c.chart();
            assertFalse(chart.getTitle().getText().isBlank(), c.name());
            assertNotNull(chart.getLegend(), c.name());
            Plot plot = chart.getPlot();
            if (plot instanceof XYPlot xy) {
                assertFalse(xy.getDomainAxis().getLabel().isBlank(), c.name());
                assertFalse(xy.getRangeAxis().getLabel().isBlank(), c.name());
            } else if (plot instanceof CategoryPlot cat) {
                assertFalse(cat.getRangeAxis().getLabel().isBlank(), c.name());
            }
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartExport.png(chart, 480, 300, 72)));
            assertEquals(480, image.getWidth());
            assertEquals(300, image.getHeight());
            assertTrue(distinctColours(image) > 8, c.name() + " draws more than a blank canvas");
        }
    }

    private static int distinctColours(BufferedImage image) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void liabilityChartMarksTheRunsOwnFigures(String name) {
        SimulationResults r = run(name);
        XYPlot plot = xyPlot(LiabilityDistributionChart.create(r));
        assertMarker(plot, LiabilityDistributionChart.MEDIAN_ASSURANCE, r.assurance().p50());
        assertMarker(plot, LiabilityDistributionChart.LIABILITY_P50, r.liability().p50());
        assertMarker(plot, LiabilityDistributionChart.LIABILITY_P90, r.liability().p90());
        assertMarker(plot, LiabilityDistributionChart.LIABILITY_P95, r.liability().p95());
        assertMarker(plot, LiabilityDistributionChart.BOND_P90,
                r.assurance().p50() + r.requiredAdditionalAssurance().p90());
    }

    private static void assertMarker(XYPlot plot, String label, double value) {
        ValueMarker m = domainMarker(plot, label);
        assertNotNull(m, label);
        assertEquals(value, m.getValue(), 0, label);
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void bondSizingCurveIsTheRunsCurve(String name) {
        SimulationResults r = run(name);
        XYDataset data = xyPlot(BondSizingCurveChart.create(r)).getDataset();
        List<BondSizingPoint> curve = r.bondSizingCurve();
        assertEquals(curve.size(), data.getItemCount(0));
        for (int i = 0; i < curve.size(); i++) {
            assertEquals(curve.get(i).additional(), data.getXValue(0, i), 0);
            assertEquals(curve.get(i).coverageProbability(), data.getYValue(0, i), 0);
        }
        assertEquals(r.requiredAdditionalAssurance().p90(), data.getXValue(1, 1), 0);
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void coverageTimelineHoldsTheYearlyPercentilesAndCoverage(String name) {
        SimulationResults r = run(name);
        XYPlot plot = xyPlot(CoverageTimelineChart.create(r));
        YIntervalSeriesCollection fans = (YIntervalSeriesCollection) plot.getDataset(0);
        Timeline t = r.timeline();
        assertEquals(t.years().length, fans.getItemCount(0));
        for (int i = 0; i < t.years().length; i++) {
            assertEquals(t.liability().p50()[i], fans.getYValue(0, i), 0);
            assertEquals(t.liability().p10()[i], fans.getStartYValue(0, i), 0);
            assertEquals(t.assurance().p90()[i], fans.getEndYValue(1, i), 0);
            assertEquals(t.coverageProbability()[i], plot.getDataset(1).getYValue(0, i), 0);
        }
        assertEquals(r.closureYear().p50(), domainMarker(plot, CoverageTimelineChart.CLOSURE_MARKER).getValue(), 0);
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void tornadoShowsTheStrongestSensitivitiesSignedOrUndirected(String name) {
        SimulationResults r = run(name);
        CategoryDataset data = ((CategoryPlot) SensitivityTornadoChart.create(r).getPlot()).getDataset();
        int shown = Math.min(10, r.sensitivity().size());
        assertEquals(shown, data.getColumnCount());
        for (int i = 0; i < shown; i++) {
            Sensitivity s = r.sensitivity().get(i);
            assertEquals(InputLabels.label(s.input()), data.getColumnKey(i));
            boolean clear = SpearmanSignificance.isDistinguishable(s.spearman(), r.liability().count());
            Number bar = data.getValue(!clear ? 2 : s.spearman() >= 0 ? 0 : 1, i);
            assertEquals(s.spearman(), bar.doubleValue(), 0);
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void waterAndLandChartsHaveOneSeriesPerStreamAndDomain(String name) {
        SimulationResults r = run(name);
        ChartSet set = ChartSet.of(r);
        if (!r.waterTreatment().isEmpty()) {
            XYPlot duration = xyPlot(set.get(ChartSet.WATER_TREATMENT_DURATION).orElseThrow().chart());
            assertTrue(duration.getDataset().getSeriesCount() >= 1);
            XYPlot value = xyPlot(set.get(ChartSet.WATER_TREATMENT_VALUE).orElseThrow().chart());
            assertEquals(r.waterTreatment().size(), value.getDataset().getSeriesCount());
        }
        if (!r.rehabilitation().isEmpty()) {
            XYPlot fan = xyPlot(set.get(ChartSet.CONDITION_RECOVERY).orElseThrow().chart());
            YIntervalSeriesCollection fans = (YIntervalSeriesCollection) fan.getDataset(0);
            assertEquals(r.rehabilitation().size(), fans.getSeriesCount());
            for (int d = 0; d < r.rehabilitation().size(); d++) {
                double[] p50 = r.rehabilitation().get(d).conditionIndex().p50();
                assertEquals(p50.length, fans.getItemCount(d));
                assertEquals(p50[p50.length - 1], fans.getYValue(d, p50.length - 1), 0);
            }
        }
    }
}
