package org.closureassurance.desktop.gui.sweep;

import org.closureassurance.desktop.gui.form.NumberText;
import org.closureassurance.simulator.sweep.PortfolioSweep;
import org.closureassurance.simulator.sweep.PortfolioSweepPoint;

/**
 * A portfolio sweep as CSV for spreadsheets (comma-separated, CRLF line ends): one row per
 * value with the portfolio's headline figures under the results file's names, numbers written
 * exactly with {@code .} as the decimal point, an undefined figure as an empty cell and a
 * contribution that no percent makes sufficient as {@code none}.
 */
final class PortfolioSweepCsv {
    static final String HEADER = "value,fund.exhaustionProbability,fund.exhaustionProbabilityCI95Lower,"
            + "fund.exhaustionProbabilityCI95Upper,fund.requiredContributionPercent.p90,expectedUnfundedPublicCost,"
            + "totalShortfall.mean,forfeitures.mean";

    private PortfolioSweepCsv() {
    }

    /** The sweep's rows under a header naming the figures. */
    static String of(PortfolioSweep sweep) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (PortfolioSweepPoint p : sweep.points()) {
            double[] cells = {p.value(), p.exhaustionProbability(), p.exhaustionProbabilityCI95().lower(),
                p.exhaustionProbabilityCI95().upper(), p.requiredContributionPercentP90(),
                p.expectedUnfundedPublicCost(), p.totalShortfallMean(), p.forfeituresMean()};
            for (int i = 0; i < cells.length; i++) {
                out.append(i == 0 ? "" : ",").append(cell(cells[i]));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static String cell(double x) {
        return Double.isNaN(x) ? "" : Double.isInfinite(x) ? "none" : NumberText.of(x);
    }
}
