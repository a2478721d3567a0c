package org.closureassurance.charts;

import java.util.Arrays;
import org.jfree.data.xy.XYIntervalSeries;

/**
 * A histogram rebuilt from a distribution's percentiles, which is all the results keep of
 * the iterations. Between two consecutive percentiles of {@code n} points lies
 * {@code 1 / (n - 1)} of the probability (1 % for the 101 percentiles 0..100); it is spread
 * evenly over that interval (the piecewise-linear CDF through the percentiles), and an interval
 * of zero width (an atom, such as many iterations with no shortfall) puts its whole share into
 * the bin that holds it. Bins are then of equal, rounded width so that an axis label can name
 * it ("per USD 0.5 M bin").
 */
final class PercentileHistogram {

    /** Bin edges (one more than bins) and the probability in each bin. */
    record Bins(double[] edges, double[] probabilities) {
        int count() {
            return probabilities.length;
        }

        double width() {
            return edges[1] - edges[0];
        }

        /** The bins as an interval series: x the bin centre, y its probability. */
        XYIntervalSeries series(Comparable<?> key) {
            XYIntervalSeries s = new XYIntervalSeries(key);
            for (int i = 0; i < count(); i++) {
                double lo = edges[i];
                double hi = edges[i + 1];
                double p = probabilities[i];
                s.add(0.5 * (lo + hi), lo, hi, p, p, p);
            }
            return s;
        }
    }

    private PercentileHistogram() {
    }

    /** Whether {@code percentiles} describe a distribution: at least two finite numbers. */
    static boolean hasData(double[] percentiles) {
        if (percentiles == null || percentiles.length < 2) {
            return false;
        }
        for (double p : percentiles) {
            if (!Double.isFinite(p)) {
                return false;
            }
        }
        return true;
    }

    /** The histogram of {@code percentiles} on about {@code targetBins} bins of a rounded width. */
    static Bins of(double[] percentiles, int targetBins) {
        double[] edges = niceEdges(percentiles[0], percentiles[percentiles.length - 1], targetBins);
        return new Bins(edges, probabilities(percentiles, edges));
    }

    /**
     * Equal bins of a rounded width (1, 2, 2.5 or 5 times a power of ten) covering
     * {@code [min, max]}, about {@code targetBins} of them. A single value gets one bin centred
     * on it.
     */
    static double[] niceEdges(double min, double max, int targetBins) {
        if (!(max > min)) {
            double w = niceWidth(Math.max(Math.abs(min), 1.0) * 0.1, 1);
            return new double[] {min - w / 2, min + w / 2};
        }
        double w = niceWidth(max - min, targetBins);
        double lo = Math.floor(min / w) * w;
        int n = Math.max(1, (int) Math.ceil((max - lo) / w - 1e-9));
        double[] edges = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            edges[i] = lo + i * w;
        }
        return edges;
    }

    /** Bins one unit wide centred on the whole numbers from {@code floor(min)} to {@code ceil(max)}. */
    static double[] integerEdges(double min, double max) {
        int lo = (int) Math.floor(min);
        int hi = (int) Math.ceil(max);
        double[] edges = new double[hi - lo + 2];
        for (int i = 0; i < edges.length; i++) {
            edges[i] = lo + i - 0.5;
        }
        return edges;
    }

    /** {@code range / bins} rounded to the nearest (by ratio) of 1, 2, 2.5 or 5 times a power of ten. */
    static double niceWidth(double range, int bins) {
        double raw = range / bins;
        double pow = Math.pow(10, Math.floor(Math.log10(raw)));
        double best = pow;
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (Math.abs(Math.log(step * pow / raw)) < Math.abs(Math.log(best / raw))) {
                best = step * pow;
            }
        }
        return best;
    }

    /**
     * The probability that falls in each bin of {@code edges} when {@code 1 / (n - 1)} of it lies
     * evenly between each pair of the {@code n} percentiles. Values outside the edges count in
     * the first or last bin.
     */
    static double[] probabilities(double[] percentiles, double[] edges) {
        int bins = edges.length - 1;
        double[] out = new double[bins];
        double share = 1.0 / (percentiles.length - 1);
        for (int i = 0; i + 1 < percentiles.length; i++) {
            double a = percentiles[i];
            double b = percentiles[i + 1];
            if (!(b > a)) {
                out[bin(edges, a)] += share;
                continue;
            }
            for (int j = bin(edges, a), last = bin(edges, b); j <= last; j++) {
                double lo = j == 0 ? Math.min(a, edges[0]) : edges[j];
                double hi = j == bins - 1 ? Math.max(b, edges[bins]) : edges[j + 1];
                double overlap = Math.min(b, hi) - Math.max(a, lo);
                if (overlap > 0) {
                    out[j] += share * overlap / (b - a);
                }
            }
        }
        return out;
    }

    private static int bin(double[] edges, double x) {
        int k = Arrays.binarySearch(edges, x);
        int j = k >= 0 ? k : -k - 2;
        return Math.max(0, Math.min(edges.length - 2, j));
    }
}
