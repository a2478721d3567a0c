package org.closureassurance.simulator.engine;

import java.util.ArrayList;
import java.util.List;
import org.closureassurance.simulator.random.StandardNormal;
import org.closureassurance.simulator.results.FactorResult;
import org.closureassurance.simulator.statistics.Summary;

/**
 * Each economic factor's state in the forfeiture year, over forfeiting iterations in index
 * order: its mean, and by the factor's decile the share of walk-aways and their coverage
 * probability (the wrong-way chart's figures).
 */
final class FactorSummary {
    private FactorSummary() {
    }

    static List<FactorResult> of(RunPlan plan, IterationRecords rec, int[] forfeiting) {
        double[] cuts = new double[FactorResult.DECILES - 1];
        for (int d = 0; d < cuts.length; d++) {
            cuts[d] = StandardNormal.quantile((d + 1.0) / FactorResult.DECILES);
        }
        List<FactorResult> out = new ArrayList<>();
        for (int k = 0; k < plan.economy.factorCount(); k++) {
            double[] atForfeiture = new double[forfeiting.length];
            long[] walkAways = new long[FactorResult.DECILES];
            long[] covered = new long[FactorResult.DECILES];
            for (int f = 0; f < forfeiting.length; f++) {
                int i = forfeiting[f];
                atForfeiture[f] = rec.factorAtForfeiture[k][i];
                int d = 0;
                while (d < cuts.length && atForfeiture[f] >= cuts[d]) {
                    d++;
                }
                walkAways[d]++;
                covered[d] += rec.assurance[i] >= rec.liability[i] ? 1 : 0;
            }
            double[] share = new double[FactorResult.DECILES];
            double[] coverage = new double[FactorResult.DECILES];
            for (int d = 0; d < share.length; d++) {
                share[d] = forfeiting.length == 0 ? Double.NaN : (double) walkAways[d] / forfeiting.length;
                coverage[d] = walkAways[d] == 0 ? Double.NaN : (double) covered[d] / walkAways[d];
            }
            out.add(new FactorResult(plan.economy.factorNames[k], Summary.of(atForfeiture, atForfeiture.length).mean(),
                    share, coverage));
        }
        return out;
    }
}
