package org.closureassurance.simulator.engine;

import java.util.ArrayList;
import java.util.List;
import org.closureassurance.simulator.model.Requirement;
import org.closureassurance.simulator.results.RequiredAdditional;
import org.closureassurance.simulator.results.RequirementResult;
import org.closureassurance.simulator.results.Stats;
import org.closureassurance.simulator.statistics.Summary;
import org.closureassurance.simulator.statistics.WilsonInterval;

/**
 * Each regulatory rule's figures from the per-iteration records (docs/model.md, "Regulatory
 * requirements"), computed in iteration order: the rule's required amount at forfeiture
 * {@code R_T}, its coverage {@code P(R_T >= L)} with a Wilson interval and the cash it would
 * need on top, over forfeiting iterations; its expected public cost, and for a pooled scheme
 * the contributions' value and fairness, over all iterations.
 */
final class RequirementsSummary {
    private final RequirementsPlan plan;
    private final IterationRecords rec;
    private final int done;
    private final int[] forfeiting;

    RequirementsSummary(RequirementsPlan plan, IterationRecords rec, int done, int[] forfeiting) {
        this.plan = plan;
        this.rec = rec;
        this.done = done;
        this.forfeiting = forfeiting;
    }

    List<RequirementResult> results() {
        List<RequirementResult> out = new ArrayList<>(plan.rules.length);
        for (int r = 0; r < plan.rules.length; r++) {
            out.add(result(r));
        }
        return out;
    }

    private RequirementResult result(int r) {
        int nf = forfeiting.length;
        double[] required = new double[nf];
        double[] gap = new double[nf];
        double[] publicCost = new double[done];
        long covered = apply(r, required, gap, publicCost);
        Requirement rule = plan.rules[r];
        RequiredAdditional additional = additional(gap, nf);
        double expectedPublicCost = done == 0 ? Double.NaN : Summary.of(publicCost, done).mean();
        int row = plan.pooledRow[r];
        Stats contributions = row < 0 ? null : Summary.of(rec.contributionPV[row], done);
        double fairness = row < 0 ? Double.NaN : fairness(r, contributions);
        return new RequirementResult(rule.name(), rule.rule(), plan.estimate[r], Summary.of(required, nf),
                nf == 0 ? Double.NaN : (double) covered / nf, WilsonInterval.of95(covered, nf), additional,
                expectedPublicCost, contributions, fairness);
    }

    /**
     * Fills each forfeiting iteration's required amount under rule {@code r}, its gap and its
     * public cost; returns how many iterations the rule covers. A method of its own, so the
     * JIT compiles this pass over the iterations once and small.
     */
    private long apply(int r, double[] required, double[] gap, double[] publicCost) {
        long covered = 0;
        for (int k = 0; k < forfeiting.length; k++) {
            int i = forfeiting[k];
            double rt = plan.required(r, (int) rec.closureYear[i], rec.forfeitureYear[i]);
            double l = rec.liability[i];
            required[k] = rt;
            gap[k] = Math.max(0.0, l - rt);
            if (rt >= l) {
                covered++;
            }
            publicCost[i] = gap[k] * rec.forfeitValue[i];
        }
        return covered;
    }

    /**
     * The 80, 90 and 95 % levels of the smallest extra cash on top of the rule's amount: the
     * order statistics of the gaps that {@link ResultsSummary#required} would read from them
     * sorted, selected without sorting (the same values).
     */
    private static RequiredAdditional additional(double[] gap, int n) {
        if (n == 0) {
            return RequiredAdditional.UNDEFINED;
        }
        double[] at = Summary.orderStatistics(gap, n, ResultsSummary.requiredPositions(n));
        return new RequiredAdditional(at[1], at[2], at[3]);
    }

    /**
     * Mean contribution value over the expected public cost were nothing held ({@code R = 0});
     * NaN when the holder gives surety or that cost is 0.
     */
    private double fairness(int r, Stats contributions) {
        if (!(plan.rules[r] instanceof Requirement.PooledContribution p) || !p.contributes(plan.estimate[r])
                || done == 0) {
            return Double.NaN;
        }
        double[] unheld = new double[done];
        for (int i : forfeiting) {
            unheld[i] = Math.max(0.0, rec.liability[i]) * rec.forfeitValue[i];
        }
        double cost = Summary.of(unheld, done).mean();
        return cost > 0 ? contributions.mean() / cost : Double.NaN;
    }
}
