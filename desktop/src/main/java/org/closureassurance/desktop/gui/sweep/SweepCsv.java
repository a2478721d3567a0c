package org.closureassurance.desktop.gui.sweep;

import org.closureassurance.desktop.gui.form.NumberText;
import org.closureassurance.simulator.sweep.Sweep;
import org.closureassurance.simulator.sweep.SweepPoint;

/**
 * A sweep as CSV for spreadsheets (comma-separated, CRLF line ends): one row per value with
 * the headline figures under the results file's names, numbers written exactly with {@code .}
 * as the decimal point, an undefined figure as an empty cell.
 */
final class SweepCsv {
    static final String HEADER = "value,forfeitureProbability,coverageProbability,coverageProbabilityCI95Lower,"
            + "coverageProbabilityCI95Upper,requiredAdditionalAssuranceP50,requiredAdditionalAssuranceP80,"
            + "requiredAdditionalAssuranceP90,requiredAdditionalAssuranceP95,requiredAdditionalAssuranceP99,"
            + "expectedPublicCost";

    private SweepCsv() {
    }

    /** The sweep's rows under a header naming the figures; the input's path is not a column (every row has it). */
    static String of(Sweep sweep) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (SweepPoint p : sweep.points()) {
            double[] cells = {p.value(), p.forfeitureProbability(), p.coverageProbability(),
                p.coverageProbabilityCI95().lower(), p.coverageProbabilityCI95().upper(),
                p.requiredAdditionalAssurance().p50(), p.requiredAdditionalAssurance().p80(),
                p.requiredAdditionalAssurance().p90(), p.requiredAdditionalAssurance().p95(),
                p.requiredAdditionalAssurance().p99(), p.expectedPublicCost()};
            for (int i = 0; i < cells.length; i++) {
                out.append(i == 0 ? "" : ",").append(Double.isNaN(cells[i]) ? "" : NumberText.of(cells[i]));
            }
            out.append("\r\n");
        }
        return out.toString();
    }
}
