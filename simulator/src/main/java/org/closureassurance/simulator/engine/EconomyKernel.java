package org.closureassurance.simulator.engine;

import org.closureassurance.simulator.random.RandomStream;

/**
 * The economy kernel (docs/model.md, "Economic factors"): each factor's path {@code M_0 ..
 * M_(H-1)} of the iteration, with innovations correlated across factors within a year, and
 * each named provider's failure year, which every bond naming it shares. Runs before the
 * forfeiture year is drawn; records each factor's state at forfeiture afterwards.
 */
final class EconomyKernel {
    private final IterationContext ctx;
    private final EconomyPlan plan;
    private final double[] innovations;

    EconomyKernel(IterationContext ctx) {
        this.ctx = ctx;
        this.plan = ctx.plan.economy;
        this.innovations = new double[plan.factorCount()];
    }

    /** Draws the factor paths, then the providers' failure years. */
    void apply() {
        if (plan.factorCount() > 0) {
            paths();
        }
        ProviderPlan[] providers = plan.providers;
        for (int p = 0; p < providers.length; p++) {
            ProviderPlan v = providers[p];
            RandomStream own = ctx.own(EconomyPlan.providerPurpose(p));
            double probability = ctx.x[v.defaultSlot()];
            ctx.providerFailYear[p] = v.driver() == null ? IterationContext.geometric(own.nextUniform(), probability)
                    : v.driver().firstYear(ctx.factors, ctx.horizon, probability, own);
        }
    }

    /**
     * {@code M_0 = e_0}, {@code M_t = phi M_(t-1) + sqrt(1-phi^2) e_t}, where each year's
     * innovations {@code e} are independent standard normals times the Cholesky factor.
     */
    private void paths() {
        RandomStream s = ctx.own(EconomyPlan.PURPOSE_FACTORS);
        double[][] m = ctx.factors;
        double[][] lower = plan.lower;
        int k = innovations.length;
        for (int t = 0; t < ctx.horizon; t++) {
            for (int f = 0; f < k; f++) {
                innovations[f] = s.nextStandardNormal();
            }
            for (int f = k - 1; f >= 0; f--) {
                double e = 0;
                for (int g = 0; g <= f; g++) {
                    e += lower[f][g] * innovations[g];
                }
                innovations[f] = e;
            }
            for (int f = 0; f < k; f++) {
                m[f][t] = t == 0 ? innovations[f]
                        : plan.persistence[f] * m[f][t - 1] + plan.innovationScale[f] * innovations[f];
            }
        }
    }

    /** Each factor's state in the forfeiture year, NaN without forfeiture. */
    void recordAtForfeiture() {
        int forfeit = ctx.forfeit;
        for (int f = 0; f < innovations.length; f++) {
            ctx.rec.factorAtForfeiture[f][ctx.i] = forfeit >= 0 ? ctx.factors[f][forfeit] : Double.NaN;
        }
    }
}
