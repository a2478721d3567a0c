package org.closureassurance.simulator.engine;

import java.util.List;
import org.closureassurance.simulator.model.Requirement;

/**
 * The scenario's regulatory requirements compiled for a run: the base estimate, each rule's
 * estimate {@code E} resolved against it, the amount every rule but {@code phased} requires
 * (which depends on {@code E} alone), and where each pooled scheme's contributions are kept.
 */
final class RequirementsPlan {
    final double baseEstimate;
    final Requirement[] rules;
    final double[] estimate;
    /** {@code R_t} of each rule whose amount does not depend on the year; NaN for a phased rule. */
    final double[] fixedRequired;
    /** Each phased rule, else null. */
    final Requirement.Phased[] phased;
    /** Each pooled rule's yearly contribution (0 when it gives surety); 0 for other rules. */
    final double[] contribution;
    /** Each pooled rule's row in {@link IterationRecords#contributionPV}, else -1. */
    final int[] pooledRow;

    private RequirementsPlan(double baseEstimate, List<Requirement> list) {
        this.baseEstimate = baseEstimate;
        int n = list.size();
        this.rules = list.toArray(new Requirement[0]);
        this.estimate = new double[n];
        this.fixedRequired = new double[n];
        this.phased = new Requirement.Phased[n];
        this.contribution = new double[n];
        this.pooledRow = new int[n];
        int pooled = 0;
        for (int r = 0; r < n; r++) {
            Requirement rule = rules[r];
            double e = rule.estimate().resolve(baseEstimate);
            estimate[r] = e;
            pooledRow[r] = -1;
            if (rule instanceof Requirement.Phased p) {
                phased[r] = p;
                fixedRequired[r] = Double.NaN;
            } else {
                fixedRequired[r] = rule.required(e, 0, 0);
            }
            if (rule instanceof Requirement.PooledContribution p) {
                pooledRow[r] = pooled++;
                contribution[r] = p.contribution(e);
            }
        }
    }

    /** The plan of {@code plan}'s requirements; the base estimate is worked out whether or not a rule uses it. */
    static RequirementsPlan of(RunPlan plan) {
        return new RequirementsPlan(MedianWorld.baseEstimate(plan), plan.scenario.requirements());
    }

    /** Pooled rules among {@code rules}: rows of the contribution records. */
    static int pooledCount(List<Requirement> rules) {
        return (int) rules.stream().filter(Requirement.PooledContribution.class::isInstance).count();
    }

    /** {@code R_t} of rule {@code r} in year {@code year} of an iteration closing in {@code closure}. */
    double required(int r, int closure, int year) {
        Requirement.Phased p = phased[r];
        return p == null ? fixedRequired[r] : p.required(estimate[r], closure, year);
    }
}
