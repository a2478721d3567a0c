package org.closureassurance.simulator.engine;

import org.closureassurance.simulator.model.Driver;
import org.closureassurance.simulator.model.Economy;
import org.closureassurance.simulator.random.RandomStream;
import org.closureassurance.simulator.random.StandardNormal;

/**
 * A compiled {@link Driver}: the factor's index and the one-factor model's loadings
 * {@code sqrt(w)} on the factor and {@code sqrt(1-w)} on the event's own normal {@code eps}.
 * A yearly event of probability {@code p} happens in year {@code t} exactly when
 * {@code sqrt(w) M_t + sqrt(1-w) eps < Phi^-1(p)} (Vasicek 2002).
 */
record DriverPlan(int factor, double loading, double residual) {

    /** The compiled {@code driver}, or null when there is none. */
    static DriverPlan of(Driver driver, Economy economy) {
        if (driver == null) {
            return null;
        }
        int k = economy.indexOf(driver.factor());
        if (k < 0) {
            throw new IllegalArgumentException("driver names " + driver.factor() + ", which is not a factor");
        }
        return new DriverPlan(k, Math.sqrt(driver.weight()), Math.sqrt(1.0 - driver.weight()));
    }

    /** {@code Phi^-1(p)}, with {@code p <= 0} never happening and {@code p >= 1} always. */
    static double threshold(double p) {
        if (!(p > 0)) {
            return Double.NEGATIVE_INFINITY;
        }
        return p >= 1 ? Double.POSITIVE_INFINITY : StandardNormal.quantile(p);
    }

    /** The event's latent normal in year {@code t}: {@code sqrt(w) M_t + sqrt(1-w) eps}. */
    double score(double[][] factors, int t, double eps) {
        return loading * factors[factor][t] + residual * eps;
    }

    /**
     * The first year {@code t} in {@code 0 .. horizon-1} in which a yearly event of probability
     * {@code p} happens, each year's {@code eps} drawn from {@code own}; {@link Long#MAX_VALUE}
     * when it never does.
     */
    long firstYear(double[][] factors, int horizon, double p, RandomStream own) {
        double threshold = threshold(p);
        for (int t = 0; t < horizon; t++) {
            if (score(factors, t, own.nextStandardNormal()) < threshold) {
                return t;
            }
        }
        return Long.MAX_VALUE;
    }
}
