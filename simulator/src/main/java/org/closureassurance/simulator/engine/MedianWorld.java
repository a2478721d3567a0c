package org.closureassurance.simulator.engine;

import java.util.List;
import org.closureassurance.simulator.model.InputPaths;
import org.closureassurance.simulator.model.SampledInput;
import org.closureassurance.simulator.random.Median;

/**
 * The base estimate (docs/model.md, "Regulatory requirements"): the walk-away liability at
 * closure {@code L_C} of the median world, what a deterministic estimate built from
 * most-likely figures would say. Every input is set to its median, and the model's own
 * kernels build the closure package from them, so the base estimate follows the same physics
 * as every iteration. Chance is taken out through the inputs rather than the draws: a yes/no
 * draw's probability becomes 1 when it is at least 0.5 and 0 otherwise (a stream needed, a
 * once-only event), a yearly risk event's annual probability likewise (1: it occurs in every
 * year of its window, up to its maximum occurrences; 0: never), and a setback's probability
 * becomes 0. With probabilities of 0 and 1 no uniform can change an outcome, so the random
 * streams the kernels read play no part. Closure is the floor of the closure year's median,
 * so no accrual applies; assurance plays no part. The liability is valued as every iteration's
 * is, so a discount schedule, escalation and the work after forfeiture (its delay, care and
 * premium at their medians) apply: the base estimate is what a third party would charge the
 * regulator at closure in the most-likely world.
 */
final class MedianWorld {
    private MedianWorld() {
    }

    /** {@code L_C} of the median world of {@code plan}'s scenario. */
    static double baseEstimate(RunPlan plan) {
        IterationRecords rec = new IterationRecords(plan, 1);
        IterationContext ctx = new IterationContext(plan, rec);
        setMedians(plan, ctx.x);
        ctx.begin(0);
        new ClosureAndForfeiture(ctx).apply();
        new CostItemsKernel(ctx).apply();
        new WaterKernel(ctx).apply();
        new RehabilitationKernel(ctx).apply();
        new RiskEventsKernel(ctx).apply();
        if (plan.discount.general()) {
            new WalkAwayValuation(ctx).apply();
        } else {
            new LiabilityRecursion(ctx).apply();
        }
        return ctx.liability[ctx.closure];
    }

    /** Every sampled input at its median, every chance decided as the median world decides it. */
    static void setMedians(RunPlan plan, double[] x) {
        List<SampledInput> all = InputPaths.all(plan.scenario);
        for (int slot : plan.sampledSlot) {
            x[slot] = Median.of(all.get(slot).value());
        }
        for (WaterPlan w : plan.water) {
            decide(x, w.probabilitySlot());
        }
        for (RiskPlan r : plan.risks) {
            decide(x, r.probabilitySlot());
        }
        for (DomainPlan d : plan.domains) {
            if (d.setbackProbabilitySlot() >= 0) {
                x[d.setbackProbabilitySlot()] = 0.0;
            }
        }
    }

    /** A probability at or above one half becomes certainty, below it impossibility. */
    private static void decide(double[] x, int slot) {
        x[slot] = x[slot] >= 0.5 ? 1.0 : 0.0;
    }
}
