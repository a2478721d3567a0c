package org.closureassurance.simulator.random;

import java.util.Arrays;
import java.util.Comparator;
import org.closureassurance.simulator.value.Discrete;
import org.closureassurance.simulator.value.Value;

/**
 * The median of a Value, as the base estimate's median world takes it (docs/model.md,
 * "Regulatory requirements"): the sampler's inverse CDF at 0.5, which is closed form for every
 * continuous distribution and a table node solved to about 1e-15 for PERT; for a discrete
 * Value the smallest value whose cumulative weight reaches 0.5, compared with a tolerance of
 * 1e-12 so that weights such as 0.1, 0.2, 0.2 (whose float sum is not exactly 0.5) reach it.
 */
public final class Median {
    /** Tolerance on cumulative discrete weights. */
    static final double TOLERANCE = 1e-12;

    private Median() {
    }

    /** The median of {@code value}. */
    public static double of(Value value) {
        if (value.isDegenerate()) {
            return value.lowerBound();
        }
        if (value instanceof Discrete d) {
            return discrete(d);
        }
        return InverseCdfs.of(value).quantile(0.5);
    }

    private static double discrete(Discrete d) {
        Integer[] order = new Integer[d.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(d::value));
        double total = 0;
        for (int i = 0; i < d.size(); i++) {
            total += d.weight(i);
        }
        double sum = 0;
        for (Integer i : order) {
            sum += d.weight(i);
            if (d.weight(i) > 0 && sum / total >= 0.5 - TOLERANCE) {
                return d.value(i);
            }
        }
        return d.value(order[order.length - 1]);
    }
}
