package org.closureassurance.desktop.gui.form;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.closureassurance.simulator.value.Discrete;
import org.closureassurance.simulator.value.LogNormal;
import org.closureassurance.simulator.value.Normal;
import org.closureassurance.simulator.value.Pert;
import org.closureassurance.simulator.value.Triangular;
import org.closureassurance.simulator.value.Uniform;
import org.closureassurance.simulator.value.Value;

/**
 * The standard deviation of a Value in closed form, which the editor keeps, with the mean, when
 * the user changes a distribution's kind.
 */
final class Spread {
    private Spread() {
    }

    /** The standard deviation of {@code v} (0 for a plain number and every other degenerate Value). */
    static double of(Value v) {
        return Math.sqrt(Math.max(0, variance(v)));
    }

    private static double variance(Value v) {
        if (v instanceof Uniform u) {
            // (max - min)^2 / 12
            return square(u.max() - u.min()) / 12;
        }
        if (v instanceof Triangular t) {
            // (a^2 + b^2 + c^2 - ab - ac - bc) / 18
            return (square(t.min()) + square(t.mode()) + square(t.max()) - t.min() * t.mode()
                    - t.min() * t.max() - t.mode() * t.max()) / 18;
        }
        if (v instanceof Pert p) {
            // a scaled Beta(alpha, beta): alpha beta (max - min)^2 / ((alpha + beta)^2 (alpha + beta + 1))
            double ab = p.alpha() + p.beta();
            return p.alpha() * p.beta() * square(p.max() - p.min()) / (square(ab) * (ab + 1));
        }
        if (v instanceof Normal n) {
            return truncatedNormalVariance(n);
        }
        if (v instanceof LogNormal l) {
            return square(l.sd());
        }
        if (v instanceof Discrete d) {
            return discreteVariance(d);
        }
        return 0;
    }

    /**
     * sd^2 [1 + (a phi(a) - b phi(b)) / Z - ((phi(a) - phi(b)) / Z)^2] with a, b the standardised
     * bounds and Z = Phi(b) - Phi(a) (Johnson, Kotz and Balakrishnan, Continuous Univariate
     * Distributions, vol. 1, section 10.1).
     */
    private static double truncatedNormalVariance(Normal n) {
        if (!n.isTruncated() || n.sd() == 0) {
            return n.isDegenerate() ? 0 : square(n.sd());
        }
        NormalDistribution unit = new NormalDistribution(null, 0, 1);
        double a = (n.min() - n.mean()) / n.sd();
        double b = (n.max() - n.mean()) / n.sd();
        double z = unit.cumulativeProbability(b) - unit.cumulativeProbability(a);
        if (z <= 0) {
            return 0;
        }
        double phiA = unit.density(a);
        double phiB = unit.density(b);
        double aPhiA = Double.isInfinite(a) ? 0 : a * phiA;
        double bPhiB = Double.isInfinite(b) ? 0 : b * phiB;
        return square(n.sd()) * (1 + (aPhiA - bPhiB) / z - square((phiA - phiB) / z));
    }

    private static double discreteVariance(Discrete d) {
        double mean = d.expectedValue();
        double[] values = d.values();
        double[] weights = d.weights();
        double total = 0;
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            total += weights[i];
            sum += weights[i] * square(values[i] - mean);
        }
        return sum / total;
    }

    private static double square(double x) {
        return x * x;
    }
}
