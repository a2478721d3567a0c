package org.closureassurance.simulator.statistics;

import java.util.Arrays;

/**
 * A deterministic binned estimator of percentiles for many series at once (the per-year
 * timeline), in memory independent of the number of samples. Each bin keeps a count; order
 * statistics inside a bin are spread evenly across it, so the error is below one bin width:
 * 1/1024 (or 1/512) of twice the pilot range, well inside 0.5 % of the year's range. A series
 * whose pilot values were all equal has one zero-width bin and is exact; values outside the
 * layout's range are stored exactly. Each worker fills its own sketch; {@link #merge} adds
 * counts, so the result does not depend on how iterations were split between threads.
 */
public final class QuantileSketch {
    private final SketchLayout layout;
    private final int bins;
    /**
     * Counts per series and bin. One small array per series rather than one for all: a sketch of
     * 50,000 series is 100 MB, which as one array needs that much contiguous heap, and the
     * collector may not find it after the pilot has been collected even when enough is free.
     */
    private final int[][] counts;
    private final double[][] outside;
    private final int[] outsideCount;
    private final long[] total;
    /** Smallest and largest value seen per series: estimates never leave this range. */
    private final double[] seriesMin;
    private final double[] seriesMax;

    /** An empty sketch on {@code layout}. */
    public QuantileSketch(SketchLayout layout) {
        this.layout = layout;
        this.bins = layout.bins();
        counts = new int[layout.series()][bins];
        outside = new double[layout.series()][];
        outsideCount = new int[layout.series()];
        total = new long[layout.series()];
        seriesMin = new double[layout.series()];
        seriesMax = new double[layout.series()];
        Arrays.fill(seriesMin, Double.POSITIVE_INFINITY);
        Arrays.fill(seriesMax, Double.NEGATIVE_INFINITY);
    }

    /** The layout this sketch bins on. */
    public SketchLayout layout() {
        return layout;
    }

    /** Adds {@code x} to series {@code s}. */
    public void add(int s, double x) {
        total[s]++;
        if (x < seriesMin[s]) seriesMin[s] = x;
        if (x > seriesMax[s]) seriesMax[s] = x;
        double lo = layout.lo(s);
        if (x >= lo && x <= layout.hi(s)) {
            int b = (int) ((x - lo) * layout.invWidth(s));
            counts[s][b >= bins ? bins - 1 : b]++;
        } else {
            addOutside(s, x);
        }
    }

    /**
     * Adds {@code count} values to series {@code s}, read from {@code values} at
     * {@code from, from + stride, ...}: the bulk path, which visits one series' bins at a time.
     */
    public void addAll(int s, double[] values, int from, int stride, int count) {
        total[s] += count;
        double lo = layout.lo(s);
        double hi = layout.hi(s);
        double inv = layout.invWidth(s);
        int[] c = counts[s];
        int last = bins - 1;
        double mn = seriesMin[s];
        double mx = seriesMax[s];
        for (int k = 0, j = from; k < count; k++, j += stride) {
            double x = values[j];
            mn = x < mn ? x : mn;
            mx = x > mx ? x : mx;
            if (x >= lo && x <= hi) {
                int b = (int) ((x - lo) * inv);
                c[b > last ? last : b]++;
            } else {
                addOutside(s, x);
            }
        }
        seriesMin[s] = mn;
        seriesMax[s] = mx;
    }

    private void addOutside(int s, double x) {
        double[] list = outside[s];
        int c = outsideCount[s];
        if (list == null) {
            list = new double[16];
            outside[s] = list;
        } else if (c == list.length) {
            list = Arrays.copyOf(list, c * 2);
            outside[s] = list;
        }
        list[c] = x;
        outsideCount[s] = c + 1;
    }

    /** Adds all of {@code other} (same layout) into this sketch. */
    public void merge(QuantileSketch other) {
        if (other.layout != layout) {
            throw new IllegalArgumentException("sketches of different layouts");
        }
        for (int s = 0; s < total.length; s++) {
            int[] c = counts[s];
            int[] o = other.counts[s];
            for (int b = 0; b < bins; b++) {
                c[b] += o[b];
            }
            total[s] += other.total[s];
            seriesMin[s] = Math.min(seriesMin[s], other.seriesMin[s]);
            seriesMax[s] = Math.max(seriesMax[s], other.seriesMax[s]);
            for (int k = 0; k < other.outsideCount[s]; k++) {
                addOutside(s, other.outside[s][k]);
            }
        }
    }

    /** Samples in series {@code s}. */
    public long count(int s) {
        return total[s];
    }

    /** The type-7 {@code p}-quantile estimate of series {@code s}; NaN when it is empty. */
    public double quantile(int s, double p) {
        long n = total[s];
        if (n == 0) {
            return Double.NaN;
        }
        double[] out = Arrays.copyOf(outside[s] == null ? new double[0] : outside[s], outsideCount[s]);
        Arrays.sort(out);
        int below = 0;
        while (below < out.length && out[below] < layout.lo(s)) {
            below++;
        }
        double h = (n - 1) * p;
        long k = (long) Math.floor(h);
        double a = orderStatistic(s, k, out, below);
        double q = a;
        if (k + 1 < n && h != k) {
            double b = orderStatistic(s, k + 1, out, below);
            q = a + (h - k) * (b - a);
        }
        return q < seriesMin[s] ? seriesMin[s] : (q > seriesMax[s] ? seriesMax[s] : q);
    }

    private double orderStatistic(int s, long k, double[] out, int below) {
        if (k < below) {
            return out[(int) k];
        }
        long rest = k - below;
        int[] counted = counts[s];
        double width = layout.binWidth(s);
        for (int b = 0; b < bins; b++) {
            int c = counted[b];
            if (rest < c) {
                return layout.lo(s) + width * (b + (rest + 0.5) / c);
            }
            rest -= c;
        }
        return out[(int) (below + rest)];
    }
}
