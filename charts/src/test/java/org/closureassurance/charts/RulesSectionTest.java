package org.closureassurance.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import org.closureassurance.simulator.results.Interval;
import org.closureassurance.simulator.results.RequiredAdditional;
import org.closureassurance.simulator.results.RequirementResult;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.results.Stats;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;

/** The report's rules sentences and the rule markers on the liability and bond sizing charts. */
class RulesSectionTest {
    private static Stats constant(double x, long n) {
        return new Stats(n, x, 0, 0, x, x, x, x, x, x, x, x, x);
    }

    /** The issue's own example: 52 M, 55 % covered (54–56 %), 23 M more for 90 %. */
    private static final RequirementResult BC = new RequirementResult("BC full-cost security",
            "percent-of-estimate", 52e6, constant(52e6, 9000), 0.55, new Interval(0.54, 0.56),
            new RequiredAdditional(1.1e7, 2.3e7, 3.0e7), 3.2e6, null, Double.NaN);
    private static final RequirementResult POOL = new RequirementResult("Pooled", "pooled-contribution", 52e6,
            constant(0, 9000), 0.05, new Interval(0.04, 0.06), new RequiredAdditional(4e7, 5e7, 6e7), 9e6,
            constant(7.2e6, 10_000), 0.8);

    private static SimulationResults withRules(RequirementResult... rules) {
        ResultsEdit e = new ResultsEdit(Fixtures.copperMineResults());
        e.baseEstimate = 52e6;
        e.requirements = List.of(rules);
        return e.build();
    }

    @Test
    void aRuleReadsAsOneSentence() {
        RulesSection s = new RulesSection(withRules(BC), "USD", new ReportFigures("USD", 2026));
        assertEquals("BC full-cost security: USD 52.0 M, covers 55 % of walk-away outcomes (95 % interval 54–56 %); "
                + "90 % cover needs USD 23.0 M more.", s.sentence(BC));
    }

    @Test
    void aPooledSchemeAddsItsContributionsAndFairness() {
        RulesSection s = new RulesSection(withRules(POOL), "USD", new ReportFigures("USD", 2026));
        assertEquals("Pooled: USD 0, covers 5 % of walk-away outcomes (95 % interval 4–6 %); 90 % cover needs "
                + "USD 50.0 M more. Contributions to the pooled scheme are worth USD 7.2 M at the base year on "
                + "average, 0.8 times the public cost were nothing held (the scheme carries this site).",
                s.sentence(POOL));
    }

    @Test
    void theReportHasARulesSectionWithTheBaseEstimate() {
        String html = new RulesSection(withRules(BC, POOL), "USD", new ReportFigures("USD", 2026)).render();
        assertTrue(html.contains("Base estimate: USD 52.0 M"), html);
        assertTrue(html.contains("BC full-cost security: USD 52.0 M, covers 55 %"), html);
        assertTrue(new RulesSection(Fixtures.copperMineResults(), "USD", new ReportFigures("USD", 2026)).render()
                .contains("The scenario names no regulatory rule."));
    }

    @Test
    void theLiabilityChartMarksEachRulesAmountAndTheSizingCurveItsCoverage() {
        SimulationResults r = withRules(BC);
        JFreeChart liability = LiabilityDistributionChart.create(r);
        XYPlot plot = liability.getXYPlot();
        List<Marker> markers = List.copyOf(plot.getDomainMarkers(Layer.FOREGROUND));
        Marker rule = markers.stream().filter(m -> m.getLabel().startsWith("BC full-cost security (covers 55 %)"))
                .findFirst().orElseThrow();
        assertEquals(52e6, ((org.jfree.chart.plot.ValueMarker) rule).getValue(), 1e-6);
        JFreeChart sizing = BondSizingCurveChart.create(r);
        List<Marker> levels = List.copyOf(sizing.getXYPlot().getRangeMarkers(Layer.FOREGROUND));
        assertEquals(1, levels.size());
        assertEquals(0.55, ((org.jfree.chart.plot.ValueMarker) levels.get(0)).getValue());
        assertEquals("BC full-cost security: USD 52.0 M covers 55 %", levels.get(0).getLabel());
        BufferedImage image = new BufferedImage(700, 400, BufferedImage.TYPE_INT_RGB);
        sizing.draw(image.createGraphics(), new java.awt.geom.Rectangle2D.Double(0, 0, 700, 400));
        liability.draw(image.createGraphics(), new java.awt.geom.Rectangle2D.Double(0, 0, 700, 400));
        assertTrue(Arrays.stream(image.getRGB(0, 0, 700, 400, null, 0, 700)).distinct().count() > 2);
    }
}
