package org.closureassurance.simulator.statistics;

/**
 * Percentiles of sorted samples by linear interpolation between order statistics
 * (Hyndman and Fan type 7, the default of R and NumPy): position {@code h = (n - 1) p},
 * value {@code x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h])}.
 */
public final class Percentiles {
    private Percentiles() {
    }

    /** The {@code p}-quantile (0 <= p <= 1) of the first {@code n} entries of ascending {@code sorted}. */
    public static double type7(double[] sorted, int n, double p) {
        return type7(k -> sorted[k], n, p);
    }

    /** As {@link #type7(double[], int, double)}, reading the {@code k}-th smallest through {@code order}. */
    static double type7(java.util.function.IntToDoubleFunction order, int n, double p) {
        if (n == 0) {
            return Double.NaN;
        }
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= n - 1) {
            return order.applyAsDouble(n - 1);
        }
        double frac = h - lo;
        double a = order.applyAsDouble(lo);
        double b = order.applyAsDouble(lo + 1);
        return frac == 0 ? a : a + frac * (b - a);
    }

    /** Percentiles 0, 1, ..., 100 of the first {@code n} sorted entries; empty when {@code n == 0}. */
    public static double[] hundredths(double[] sorted, int n) {
        return hundredths(k -> sorted[k], n);
    }

    /** As {@link #hundredths(double[], int)}, reading the {@code k}-th smallest through {@code order}. */
    static double[] hundredths(java.util.function.IntToDoubleFunction order, int n) {
        if (n == 0) {
            return new double[0];
        }
        double[] out = new double[101];
        for (int k = 0; k <= 100; k++) {
            out[k] = type7(order, n, k / 100.0);
        }
        return out;
    }
}
