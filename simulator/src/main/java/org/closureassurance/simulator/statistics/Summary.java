package org.closureassurance.simulator.statistics;

import java.util.Arrays;
import org.closureassurance.simulator.results.Stats;

/**
 * Builds {@link Stats} from samples: mean and standard deviation ({@code n - 1}) summed in
 * index order (so the result never depends on threads), standard error {@code sd / sqrt(n)},
 * and type-7 percentiles of the sorted samples (sorted by {@link SortOrder}, a radix sort).
 */
public final class Summary {
    private Summary() {
    }

    /** Stats of the first {@code n} entries of {@code values} (not modified). */
    public static Stats of(double[] values, int n) {
        if (n == 0) {
            return Stats.EMPTY;
        }
        double[] sorted = Arrays.copyOf(values, n);
        SortOrder.sort(sorted);
        return ofSorted(values, sorted, n);
    }

    /** Stats given both the samples in index order and the same samples sorted. */
    public static Stats ofSorted(double[] inOrder, double[] sorted, int n) {
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
        if (sorted[0] == sorted[n - 1]) {
            mean = sorted[0];
            sd = 0.0;
        }
        return new Stats(n, mean, sd, sd / Math.sqrt(n), sorted[0],
                Percentiles.type7(sorted, n, 0.05), Percentiles.type7(sorted, n, 0.10),
                Percentiles.type7(sorted, n, 0.50), Percentiles.type7(sorted, n, 0.80),
                Percentiles.type7(sorted, n, 0.90), Percentiles.type7(sorted, n, 0.95),
                Percentiles.type7(sorted, n, 0.99), sorted[n - 1]);
    }
}
