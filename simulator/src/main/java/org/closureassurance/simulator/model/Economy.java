package org.closureassurance.simulator.model;

import java.util.List;
import org.closureassurance.simulator.random.GaussianCopula;

/**
 * The scenario's economic factors and the correlations of their yearly innovations
 * (docs/model.md, "Economic factors"); {@link #NONE} when it names none, which keeps every
 * event independent as before.
 */
public record Economy(List<EconomicFactor> factors, List<FactorCorrelation> correlations) {
    /** No factors: nothing systemic. */
    public static final Economy NONE = new Economy(List.of(), List.of());

    public Economy {
        factors = factors == null ? List.of() : List.copyOf(factors);
        correlations = correlations == null ? List.of() : List.copyOf(correlations);
    }

    /** The position of the factor called {@code name}, or -1 when there is none. */
    public int indexOf(String name) {
        for (int k = 0; k < factors.size(); k++) {
            if (factors.get(k).name().equals(name)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The lower Cholesky factor of the factors' yearly innovation correlations (ones on the
     * diagonal, each declared pair's {@code rho} used as it is): the scenario engine and the
     * portfolio's shared world both multiply each year's independent normals by it, so both
     * compile it here, once per run.
     *
     * @throws IllegalArgumentException if a correlation names an unknown factor, or the
     *         correlations are not positive definite
     */
    public double[][] innovationLower() {
        int k = factors.size();
        double[][] rho = new double[k][k];
        for (int f = 0; f < k; f++) {
            rho[f][f] = 1.0;
        }
        for (FactorCorrelation c : correlations) {
            int a = indexOf(c.a());
            int b = indexOf(c.b());
            if (a < 0 || b < 0) {
                throw new IllegalArgumentException("factor correlation names an unknown factor: " + c);
            }
            rho[a][b] = c.rho();
            rho[b][a] = c.rho();
        }
        double[][] l = GaussianCopula.cholesky(rho);
        if (l == null) {
            throw new IllegalArgumentException("the factor correlations are not positive definite");
        }
        return l;
    }
}
