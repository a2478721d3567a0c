package org.closureassurance.simulator.portfolio;

import org.closureassurance.simulator.random.InverseCdf;
import org.closureassurance.simulator.random.InverseCdfs;
import org.closureassurance.simulator.random.KeyedPermutation;
import org.closureassurance.simulator.random.RandomStream;
import org.closureassurance.simulator.value.Value;

/**
 * A simple site's Value compiled for drawing: a constant takes no uniform, a distribution one
 * uniform through its inverse CDF, stratified across iterations by {@code strata} under Latin
 * hypercube sampling (null under Monte Carlo, and for per-year draws). Immutable, shared by
 * every worker.
 */
record ValueDraw(boolean constant, double value, InverseCdf cdf, KeyedPermutation strata) {

    /** {@code v} drawn afresh every time (per-year draws: never stratified). */
    static ValueDraw of(Value v) {
        return of(v, Strata.NONE);
    }

    /** {@code v} drawn once per iteration, stratified when {@code strata} stratifies. */
    static ValueDraw of(Value v, Strata strata) {
        return v.isDegenerate() ? new ValueDraw(true, v.lowerBound(), null, null)
                : new ValueDraw(false, Double.NaN, InverseCdfs.of(v), strata.next());
    }

    /** A fresh value: the constant, or the inverse CDF of the stream's next uniform. */
    double next(RandomStream s) {
        return constant ? value : cdf.quantile(s.nextUniform());
    }

    /**
     * Iteration {@code iteration}'s value: the constant, or the inverse CDF of the stream's next
     * uniform, moved into the iteration's stratum under Latin hypercube sampling.
     */
    double next(RandomStream s, int iteration) {
        if (constant) {
            return value;
        }
        double u = s.nextUniform();
        return cdf.quantile(strata == null ? u : strata.stratifiedUniform(iteration, u));
    }
}
