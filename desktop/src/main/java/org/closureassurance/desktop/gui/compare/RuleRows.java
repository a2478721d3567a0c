package org.closureassurance.desktop.gui.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.closureassurance.desktop.gui.results.Figures;
import org.closureassurance.simulator.results.RequiredAdditional;
import org.closureassurance.simulator.results.RequirementResult;
import org.closureassurance.simulator.results.SimulationResults;

/**
 * The regulatory rules of two runs side by side, matched by name: each rule's required amount
 * (its mean over forfeiting iterations), its coverage with the 95 % interval, and the cash that
 * 90 % cover would need on top of it. A rule only one run has shows a dash on the other side.
 */
final class RuleRows {
    private RuleRows() {
    }

    /** Three rows per rule, in A's order of rules and then B's new ones. */
    static List<Comparison.Row> between(SimulationResults a, SimulationResults b, String ca, String cb) {
        Map<String, RequirementResult[]> byName = new LinkedHashMap<>();
        a.requirements().forEach(r -> byName.computeIfAbsent(r.name(), k -> new RequirementResult[2])[0] = r);
        b.requirements().forEach(r -> byName.computeIfAbsent(r.name(), k -> new RequirementResult[2])[1] = r);
        boolean sameCurrency = ca.equals(cb);
        List<Comparison.Row> rows = new ArrayList<>();
        byName.forEach((name, pair) -> {
            double reqA = required(pair[0]);
            double reqB = required(pair[1]);
            rows.add(new Comparison.Row(name + ": required amount", Figures.money(reqA, ca), Figures.money(reqB, cb),
                    sameCurrency ? Figures.moneyChange(reqA, reqB, ca) : Figures.UNDEFINED));
            double covA = coverage(pair[0]);
            double covB = coverage(pair[1]);
            rows.add(new Comparison.Row(name + ": coverage (95 % interval)", coverageText(pair[0]),
                    coverageText(pair[1]), Figures.pointsChange(covA, covB)));
            double addA = additional90(pair[0]);
            double addB = additional90(pair[1]);
            rows.add(new Comparison.Row(name + ": additional cash for 90 % cover", Figures.money(addA, ca),
                    Figures.money(addB, cb), sameCurrency ? Figures.moneyChange(addA, addB, ca) : Figures.UNDEFINED));
        });
        return rows;
    }

    private static double required(RequirementResult r) {
        return r == null || r.required() == null || r.required().isEmpty() ? Double.NaN : r.required().mean();
    }

    private static double coverage(RequirementResult r) {
        return r == null ? Double.NaN : r.coverageProbability();
    }

    private static String coverageText(RequirementResult r) {
        if (r == null || Double.isNaN(r.coverageProbability())) {
            return Figures.UNDEFINED;
        }
        return Figures.percent(r.coverageProbability()) + " (" + Figures.percentRange(r.coverageProbabilityCI95())
                + ")";
    }

    private static double additional90(RequirementResult r) {
        RequiredAdditional add = r == null || r.requiredAdditional() == null ? RequiredAdditional.UNDEFINED
                : r.requiredAdditional();
        return add.p90();
    }
}
