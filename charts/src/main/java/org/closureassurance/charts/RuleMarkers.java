package org.closureassurance.charts;

import java.util.List;
import org.closureassurance.simulator.results.RequirementResult;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.results.Stats;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * Marks each regulatory rule on the charts: its required amount at the walk-away year on the
 * liability axis (the mean, for a rule whose amount changes with the year), and its coverage
 * as a level on the bond sizing curve, where the curve meets it at the cash that, added to the
 * assurance held, covers as often as the rule's amount alone would.
 */
final class RuleMarkers {
    private RuleMarkers() {
    }

    /** Each rule's required amount at the walk-away year, NaN when none forfeited. */
    static double[] amounts(SimulationResults results) {
        List<RequirementResult> rules = results.requirements();
        double[] out = new double[rules.size()];
        for (int r = 0; r < out.length; r++) {
            Stats s = rules.get(r).required();
            out[r] = s == null ? Double.NaN : s.mean();
        }
        return out;
    }

    /** The marker's label: the rule's name and its coverage. */
    static String label(RequirementResult r) {
        return r.name() + " (covers " + NumberText.percent(r.coverageProbability()) + ")";
    }

    /** A level at each rule's coverage on a probability axis, labelled with the rule's amount. */
    static void addCoverageLevels(XYPlot plot, SimulationResults results, MoneyFormat money) {
        for (RequirementResult r : results.requirements()) {
            double p = r.coverageProbability();
            if (Double.isNaN(p)) {
                continue;
            }
            String text = r.name() + ": " + money.format(r.required().mean()) + " covers "
                    + NumberText.percent(p);
            ValueMarker m = ChartParts.marker(p, text, ChartPalette.RULE, 1, 0);
            // On a horizontal line the label sits above it at the left, where the curve leaves room
            // (it starts at the cover of the assurance held and rises to the right).
            m.setLabelAnchor(RectangleAnchor.LEFT);
            m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            m.setLabelOffset(new RectangleInsets(2, 6, 2, 2));
            plot.addRangeMarker(m, Layer.FOREGROUND);
        }
    }
}
