package org.closureassurance.desktop.gui.form;

import org.closureassurance.simulator.random.InverseCdf;
import org.closureassurance.simulator.random.InverseCdfs;
import org.closureassurance.simulator.value.Discrete;
import org.closureassurance.simulator.value.Value;

/**
 * What the distribution editor draws beside a Value: its 10th, 50th and 90th percentiles and a
 * sketch of its density, both from the same inverse CDF the engine samples with, so the
 * preview shows exactly what a run will draw. The density between two neighbouring quantiles
 * is the probability between them over their distance; a discrete Value gives its
 * probabilities at its points instead.
 *
 * @param p10     10th percentile
 * @param p50     median
 * @param p90     90th percentile
 * @param mean    expected value
 * @param x       sketch abscissae, ascending
 * @param density sketch ordinates (density, or probability for a discrete Value)
 * @param points  whether the sketch is a set of point probabilities (discrete or fixed)
 */
public record DistributionPreview(double p10, double p50, double p90, double mean, double[] x, double[] density,
                                  boolean points) {
    /** Quantile steps in the sketch. */
    private static final int STEPS = 96;
    /** The sketch covers the middle 99 % so that long tails do not flatten it. */
    private static final double TAIL = 0.005;

    /** The preview of {@code value}. */
    public static DistributionPreview of(Value value) {
        InverseCdf cdf = InverseCdfs.of(value);
        double p10 = cdf.quantile(0.10);
        double p50 = cdf.quantile(0.50);
        double p90 = cdf.quantile(0.90);
        if (value.isDegenerate()) {
            return new DistributionPreview(p10, p50, p90, value.expectedValue(), new double[] {value.lowerBound()},
                    new double[] {1}, true);
        }
        if (value instanceof Discrete d) {
            double total = 0;
            for (double w : d.weights()) {
                total += w;
            }
            double[] xs = d.values();
            double[] ps = d.weights();
            for (int i = 0; i < ps.length; i++) {
                ps[i] /= total;
            }
            return new DistributionPreview(p10, p50, p90, value.expectedValue(), xs, ps, true);
        }
        double[] xs = new double[STEPS];
        double[] ds = new double[STEPS];
        double du = (1 - 2 * TAIL) / STEPS;
        double previous = cdf.quantile(TAIL);
        for (int i = 0; i < STEPS; i++) {
            double next = cdf.quantile(TAIL + (i + 1) * du);
            xs[i] = 0.5 * (previous + next);
            ds[i] = next > previous ? du / (next - previous) : 0;
            previous = next;
        }
        return new DistributionPreview(p10, p50, p90, value.expectedValue(), xs, ds, false);
    }
}
