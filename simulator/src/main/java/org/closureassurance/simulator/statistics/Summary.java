package org.closureassurance.simulator.statistics;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;
import org.closureassurance.simulator.results.Stats;

/**
 * Builds {@link Stats} from samples: mean and standard deviation ({@code n - 1}) summed in
 * index order (so the result never depends on threads), standard error {@code sd / sqrt(n)},
 * and type-7 percentiles of the ordered samples. Finite samples whose plain sums overflow
 * (values near 1e308, or deviations beyond 1e154) are summed again scaled by a power of two, so
 * every figure that is finite in exact arithmetic is finite here.
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
        return build(values, n, selected(values, n, LEVELS));
    }

    /**
     * Stats and percentiles 0, 1, ..., 100 ({@link Percentiles#hundredths}) of the first
     * {@code n} entries of {@code values} (not modified), from one selection of the order
     * statistics they read instead of a sort: the same values as {@link #ofSorted} and
     * {@link Percentiles#hundredths} of the sorted sample.
     */
    public static SampleSummary withHundredths(double[] values, int n) {
        if (n == 0) {
            return new SampleSummary(Stats.EMPTY, new double[0]);
        }
        double[] levels = new double[LEVELS.length + 101];
        System.arraycopy(LEVELS, 0, levels, 0, LEVELS.length);
        for (int k = 0; k <= 100; k++) {
            levels[LEVELS.length + k] = k / 100.0;
        }
        IntToDoubleFunction order = selected(values, n, levels);
        return new SampleSummary(build(values, n, order), Percentiles.hundredths(order, n));
    }

    /**
     * The {@code k}-th smallest of {@code values[0..n-1]} for every {@code k} that a type-7
     * percentile at one of {@code levels}, the minimum or the maximum reads; selected, not sorted.
     */
    private static IntToDoubleFunction selected(double[] values, int n, double[] levels) {
        int[] wanted = new int[2 + 2 * levels.length];
        wanted[0] = 0;
        wanted[1] = n - 1;
        for (int j = 0; j < levels.length; j++) {
            int lo = (int) Math.floor((n - 1) * levels[j]);
            wanted[2 + 2 * j] = lo;
            wanted[3 + 2 * j] = Math.min(lo + 1, n - 1);
        }
        Arrays.sort(wanted);
        int distinct = 1;
        for (int j = 1; j < wanted.length; j++) {
            if (wanted[j] != wanted[distinct - 1]) {
                wanted[distinct++] = wanted[j];
            }
        }
        int[] positions = Arrays.copyOf(wanted, distinct);
        double[] at = OrderStatistics.at(values, n, positions);
        return k -> {
            int j = Arrays.binarySearch(positions, k);
            if (j < 0) {
                throw new IllegalStateException("order statistic " + k + " was not selected");
            }
            return at[j];
        };
    }

    /**
     * The values at 0-based {@code positions} (each in {@code 0..n-1}, {@code n > 0}) of
     * ascending {@code values[0..n-1]} (not modified), selected without a sort: the values
     * {@link Ranks#sortedCopy} would hold there.
     */
    public static double[] orderStatistics(double[] values, int n, int[] positions) {
        return OrderStatistics.at(values, n, positions);
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
        if (!(Double.isFinite(mean) && Double.isFinite(sd)) && Double.isFinite(min) && Double.isFinite(max)) {
            int scale = Math.getExponent(Math.max(Math.abs(min), Math.abs(max)));
            mean = scaledMean(inOrder, n, scale);
            sd = scaledSd(inOrder, n, mean, scale);
        }
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

    /**
     * The mean of finite samples whose plain sum overflows: each sample is scaled by
     * {@code 2^-scale} (exact, a power of two, with {@code 2^scale} about the largest magnitude)
     * so the scaled sum stays below {@code 2n}, compensated for rounding, and the scaled mean is
     * scaled back. The result is
     * finite whenever the true mean is, since it lies between the smallest and largest sample.
     */
    private static double scaledMean(double[] values, int n, int scale) {
        double sum = 0;
        double lost = 0;
        for (int i = 0; i < n; i++) {
            // Neumaier's compensated sum: what each addition rounds away is kept in lost.
            double x = Math.scalb(values[i], -scale);
            double t = sum + x;
            lost += Math.abs(sum) >= Math.abs(x) ? (sum - t) + x : (x - t) + sum;
            sum = t;
        }
        return Math.scalb((sum + lost) / n, scale);
    }

    /**
     * The standard deviation ({@code n - 1}) of finite samples whose squared deviations
     * overflow (deviations above about 1.3e154), computed on samples scaled by {@code 2^-scale}
     * and scaled back; infinite only when the true value exceeds double precision.
     */
    private static double scaledSd(double[] values, int n, double mean, int scale) {
        if (n < 2) {
            return 0.0;
        }
        double scaledMean = Math.scalb(mean, -scale);
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double d = Math.scalb(values[i], -scale) - scaledMean;
            ss += d * d;
        }
        return Math.scalb(Math.sqrt(ss / (n - 1)), scale);
    }
}
