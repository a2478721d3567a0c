package org.closureassurance.desktop.gui.results;

import java.util.List;
import java.util.Locale;
import org.closureassurance.charts.AssuranceReport;
import org.closureassurance.simulator.results.RequiredAssurance;
import org.closureassurance.simulator.results.SimulationResults;

/**
 * The headline of a run in words, as the Answer tab shows it: the one-sentence answer, the
 * coverage probability with its 95 % interval, the additional assurance a regulator would need
 * for 80, 90 and 95 % cover, the expected public cost, and a line on how the run was made.
 */
public record HeadlineFigures(String answer, String coverage, String coverageInterval, String forfeiture,
                              String requiredP80, String requiredP90, String requiredP95, String expectedPublicCost,
                              String liabilityMean, String liabilityP90, String runLine) {

    /** The headline of {@code r}, money in {@code currency}. */
    public static HeadlineFigures of(SimulationResults r, String currency) {
        RequiredAssurance req = r.requiredAdditionalAssurance() == null ? RequiredAssurance.UNDEFINED
                : r.requiredAdditionalAssurance();
        String run = String.format(Locale.ROOT, "%,d iterations · seed %d · %s · %s%s", r.run().completedIterations(),
                r.seed(), r.sampling().id(), seconds(r.run().elapsedSeconds()),
                r.run().cancelled() ? " · cancelled" : "");
        return new HeadlineFigures(AssuranceReport.answer(r, currency), Figures.percent(r.coverageProbability()),
                "95 % interval " + Figures.percentRange(r.coverageProbabilityCI95()),
                Figures.percent(r.forfeitureProbability()),
                Figures.money(req.p80(), currency), Figures.money(req.p90(), currency), Figures.money(req.p95(), currency),
                Figures.money(r.expectedPublicCost(), currency),
                Figures.money(r.liability().mean(), currency), Figures.money(r.liability().p90(), currency), run);
    }

    private static String seconds(double s) {
        return s < 10 ? String.format(Locale.ROOT, "%.1f s", s) : String.format(Locale.ROOT, "%.0f s", s);
    }

    /** The figures as label and value pairs, in the order the Answer tab lists them. */
    public List<String[]> rows() {
        return List.of(
                new String[] {"Probability the assurance covers the liability", coverage + " (" + coverageInterval + ")"},
                new String[] {"Probability the operator walks away", forfeiture},
                new String[] {"Additional assurance for 80 % cover", requiredP80},
                new String[] {"Additional assurance for 90 % cover", requiredP90},
                new String[] {"Additional assurance for 95 % cover", requiredP95},
                new String[] {"Expected public cost (present value)", expectedPublicCost},
                new String[] {"Walk-away liability, mean / P90", liabilityMean + " / " + liabilityP90});
    }
}
