package org.closureassurance.simulator.statistics;

/**
 * Where the bins of a {@link QuantileSketch} lie for each of its series (one series per
 * year, say): the range seen in a pilot sample widened by half its width on each side, cut
 * into equal bins. Values outside the range are kept exactly. Because the layout is fixed
 * before the main run and counts merge by addition, the estimate does not depend on how
 * iterations were split between threads.
 */
public final class SketchLayout {
    private final int series;
    private final int bins;
    private final double[] lo;
    private final double[] hi;
    private final double[] invWidth;

    private SketchLayout(int series, int bins, double[] lo, double[] hi) {
        this.series = series;
        this.bins = bins;
        this.lo = lo;
        this.hi = hi;
        this.invWidth = new double[series];
        for (int s = 0; s < series; s++) {
            double w = hi[s] - lo[s];
            invWidth[s] = w > 0 ? bins / w : 0.0;
        }
    }

    /**
     * The layout for {@code pilot[s][0..count-1]} (one row per series) with {@code bins}
     * bins per series.
     */
    public static SketchLayout fromPilot(double[][] pilot, int count, int bins) {
        int series = pilot.length;
        double[] lo = new double[series];
        double[] hi = new double[series];
        for (int s = 0; s < series; s++) {
            double mn = Double.POSITIVE_INFINITY;
            double mx = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < count; i++) {
                double v = pilot[s][i];
                if (v < mn) mn = v;
                if (v > mx) mx = v;
            }
            if (count == 0 || !Double.isFinite(mn) || !Double.isFinite(mx)) {
                mn = 0;
                mx = 0;
            }
            double spread = mx - mn;
            lo[s] = mn - 0.5 * spread;
            hi[s] = mx + 0.5 * spread;
            if (!Double.isFinite(lo[s]) || !Double.isFinite(hi[s])) {
                lo[s] = mn;
                hi[s] = mx;
            }
        }
        return new SketchLayout(series, bins, lo, hi);
    }

    /** Number of series. */
    public int series() {
        return series;
    }

    /** Bins per series. */
    public int bins() {
        return bins;
    }

    double lo(int s) {
        return lo[s];
    }

    double hi(int s) {
        return hi[s];
    }

    double invWidth(int s) {
        return invWidth[s];
    }

    /** The bin width of series {@code s} (0 when its pilot values were all equal). */
    public double binWidth(int s) {
        return invWidth[s] == 0 ? 0.0 : 1.0 / invWidth[s];
    }
}
