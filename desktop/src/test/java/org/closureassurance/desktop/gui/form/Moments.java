package org.closureassurance.desktop.gui.form;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.apache.commons.math3.distribution.AbstractRealDistribution;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.EnumeratedRealDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.closureassurance.simulator.value.Constant;
import org.closureassurance.simulator.value.Discrete;
import org.closureassurance.simulator.value.LogNormal;
import org.closureassurance.simulator.value.Normal;
import org.closureassurance.simulator.value.Pert;
import org.closureassurance.simulator.value.Triangular;
import org.closureassurance.simulator.value.Uniform;
import org.closureassurance.simulator.value.Value;

/**
 * The mean and standard deviation of a Value read from Commons Math's distributions, an oracle
 * independent of the editor's own formulas.
 */
final class Moments {
    private Moments() {
    }

    /** {mean, sd} of {@code v}; a normal must be untruncated. */
    static double[] of(Value v) {
        if (v instanceof Constant c) {
            return new double[] {c.value(), 0};
        }
        if (v instanceof Normal n) {
            assertFalse(n.isTruncated(), "a kind change gives an untruncated normal");
            return new double[] {n.mean(), n.sd()};
        }
        if (v instanceof Pert p) {
            double width = p.max() - p.min();
            BetaDistribution beta = new BetaDistribution(null, p.alpha(), p.beta());
            return new double[] {p.min() + width * beta.getNumericalMean(),
                width * Math.sqrt(beta.getNumericalVariance())};
        }
        if (v instanceof Discrete d) {
            EnumeratedRealDistribution e = new EnumeratedRealDistribution(null, d.values(), d.weights());
            return new double[] {e.getNumericalMean(), Math.sqrt(e.getNumericalVariance())};
        }
        AbstractRealDistribution r = continuous(v);
        return new double[] {r.getNumericalMean(), Math.sqrt(r.getNumericalVariance())};
    }

    private static AbstractRealDistribution continuous(Value v) {
        if (v instanceof Uniform u) {
            return new UniformRealDistribution(null, u.min(), u.max());
        }
        if (v instanceof Triangular t) {
            return new TriangularDistribution(null, t.min(), t.mode(), t.max());
        }
        LogNormal l = (LogNormal) v;
        return new LogNormalDistribution(null, l.mu(), l.sigma());
    }
}
