package org.closureassurance.simulator.statistics;

import java.util.function.IntToDoubleFunction;
import org.closureassurance.simulator.results.Stats;

/**
 * Builds {@link Stats} from samples: mean and standard deviation ({@code n - 1}) summed in
 * index order (so the result never depends on threads), standard error {@code sd / sqrt(n)},
 * and type-7 percentiles of the ordered samples.
 */
public final class Summary {
    private Summary() {
    }

    /** The percentiles a {@link Stats} reports, in its order. */
    private static final double[] LEVELS = {0.05, 0.10, 0.50, 0.80, 0.90, 0.95, 0.99};

    /**
     * Stats of the first {@code n} entries of {@code values} (not modified). The order
     * statistics come from {@link OrderStatistics} (two passes, no sort): the same values a
     * sort would give.
     */
    public static Stats of(double[] values, int n) {
        if (n == 0) {
            return Stats.EMPTY;
        }
        int[] positions = new int[2 + 2 * LEVELS.length];
        positions[0] = 0;
        positions[1] = n - 1;
        for (int j = 0; j < LEVELS.length; j++) {
            int lo = (int) Math.floor((n - 1) * LEVELS[j]);
            positions[2 + 2 * j] = lo;
            positions[3 + 2 * j] = Math.min(lo + 1, n - 1);
        }
        double[] at = OrderStatistics.at(values, n, positions);
        return build(values, n, k -> {
            for (int j = 0; j < positions.length; j++) {
                if (positions[j] == k) {
                    return at[j];
                }
            }
            throw new IllegalStateException("order statistic " + k + " was not selected");
        });
    }

    /** Stats given both the samples in index order and the same samples sorted. */
    public static Stats ofSorted(double[] inOrder, double[] sorted, int n) {
        return build(inOrder, n, k -> sorted[k]);
    }

    /** Stats from the samples in index order and a way to read their {@code k}-th smallest. */
    private static Stats build(double[] inOrder, int n, IntToDoubleFunction order) {
        if (n == 0) {
            return Stats.EMPTY;
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += inOrder[i];
        }
        double mean = sum / n;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double d = inOrder[i] - mean;
            ss += d * d;
        }
        double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0.0;
        double min = order.applyAsDouble(0);
        double max = order.applyAsDouble(n - 1);
        if (min == max) {
            mean = min;
            sd = 0.0;
        }
        double[] p = new double[LEVELS.length];
        for (int j = 0; j < p.length; j++) {
            p[j] = Percentiles.type7(order, n, LEVELS[j]);
        }
        return new Stats(n, mean, sd, sd / Math.sqrt(n), min, p[0], p[1], p[2], p[3], p[4], p[5], p[6], max);
    }
}
