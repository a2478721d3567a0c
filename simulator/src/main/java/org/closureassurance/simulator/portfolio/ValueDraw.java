package org.closureassurance.simulator.portfolio;

import org.closureassurance.simulator.random.InverseCdf;
import org.closureassurance.simulator.random.InverseCdfs;
import org.closureassurance.simulator.random.RandomStream;
import org.closureassurance.simulator.value.Value;

/**
 * A simple site's Value compiled for drawing: a constant takes no uniform, a distribution one
 * uniform through its inverse CDF. Immutable, shared by every worker.
 */
record ValueDraw(boolean constant, double value, InverseCdf cdf) {

    static ValueDraw of(Value v) {
        return v.isDegenerate() ? new ValueDraw(true, v.lowerBound(), null)
                : new ValueDraw(false, Double.NaN, InverseCdfs.of(v));
    }

    /** This iteration's value: the constant, or the inverse CDF of the stream's next uniform. */
    double next(RandomStream s) {
        return constant ? value : cdf.quantile(s.nextUniform());
    }
}
