package org.closureassurance.simulator.random;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.math3.special.Beta;

/**
 * The Beta(a, b) quantile ({@code a, b >= 1}) as a function of the normal score
 * {@code z = Phi^-1(u)}: a cubic Hermite table over {@code z in [-8.5, 8.5]} (which holds every
 * uniform from 2^-53 to 1 - 2^-53), with an exact solve outside it.
 *
 * <p>Why normal-score space: {@code x(z)} is smooth, close to linear for large shapes, and its
 * tails are as well resolved as its middle, where a table in {@code u} loses the tails. Node values solve {@code I_x(a, b) = Phi(z)} to about 1e-15 by
 * {@link BetaLowerTail} (lower half), and {@code I_{1-x}(b, a) = Phi(-z)} (upper half), so
 * neither tail loses accuracy to {@code 1 - p}; node slopes are the exact
 * {@code dx/dz = phi(z) / f(x)}. The Hermite error is about {@code h^4 max|x''''| / 384}; with
 * {@value #INTERVALS} intervals ({@code h = 1/30}) it was measured at most 8e-10 over PERT
 * shapes with lambda from 0.01 to 3000 (largest for small lambda, where {@code x(z)} is nearly
 * {@code Phi(z)}), a tenth of the 1e-8 required; the table is 16 KB and builds in about 0.5 ms.
 *
 * <p>Built once per distinct (a, b) and cached (a PERT's table depends only on its shapes: the
 * range is applied by the caller). Immutable and thread-safe; lookups allocate nothing.
 */
final class BetaTable {
    /** Half-width of the tabulated normal scores: {@code Phi(-8.5) = 9.5e-18 < 2^-53}. */
    static final double Z_MAX = 8.5;
    /** Intervals of the table; even, so that z = 0 is a node. */
    static final int INTERVALS = 510;
    private static final double H = 2.0 * Z_MAX / INTERVALS;
    private static final double INVERSE_H = INTERVALS / (2.0 * Z_MAX);
    private static final double LN_SQRT_2PI = 0.918938533204672741780329736406;

    /** Tables kept; beyond this the cache starts over (scenarios have a few dozen PERTs at most). */
    private static final int CACHE_LIMIT = 256;
    private static final Map<Shapes, BetaTable> CACHE = new ConcurrentHashMap<>();

    private record Shapes(double a, double b) {
    }

    /**
     * Per interval k, the cubic {@code c0 + c1 s + c2 s^2 + c3 s^3} in {@code s in [0, 1)}, four
     * doubles side by side; one extra constant interval absorbs a z that rounds onto the top node.
     */
    private final double[] coefficients;
    private final BetaLowerTail lower;
    private final BetaLowerTail upper;

    private BetaTable(double a, double b) {
        double logBeta = Beta.logBeta(a, b);
        lower = new BetaLowerTail(a, b, logBeta);
        upper = new BetaLowerTail(b, a, logBeta);
        int half = INTERVALS / 2;
        double[] x = new double[INTERVALS + 1];
        double[] slope = new double[INTERVALS + 1];
        double[] t = new double[half + 1];
        double[] dx = new double[half + 1];
        march(lower, t, dx);
        for (int j = 0; j <= half; j++) {
            x[half - j] = Math.exp(t[j]);
            slope[half - j] = dx[j];
        }
        march(upper, t, dx);
        for (int j = 1; j <= half; j++) {
            x[half + j] = -Math.expm1(t[j]);
            slope[half + j] = dx[j];
        }
        coefficients = hermite(x, slope);
    }

    /** The table for Beta(a, b), from the cache or built now. */
    static BetaTable of(double a, double b) {
        Shapes key = new Shapes(a, b);
        BetaTable table = CACHE.get(key);
        if (table == null) {
            table = new BetaTable(a, b);
            if (CACHE.size() >= CACHE_LIMIT) {
                CACHE.clear();
            }
            CACHE.putIfAbsent(key, table);
        }
        return table;
    }

    /** A table built now, bypassing the cache (for measuring the build). */
    static BetaTable build(double a, double b) {
        return new BetaTable(a, b);
    }

    /** The Beta quantile at normal score z, in [0, 1]. */
    double fromNormalScore(double z) {
        if (z > -Z_MAX && z < Z_MAX) {
            return interpolate(z);
        }
        return outsideTable(z);
    }

    /** The Beta quantile at probability u, in [0, 1]; exact solve where z leaves the table. */
    double quantile(double u) {
        double z = StandardNormal.quantile(u);
        if (z > -Z_MAX && z < Z_MAX) {
            return interpolate(z);
        }
        return quantileOutsideTable(u, z);
    }

    private double interpolate(double z) {
        double s = (z + Z_MAX) * INVERSE_H;
        int k = (int) s;
        double f = s - k;
        int i = k << 2;
        double[] c = coefficients;
        return c[i] + f * (c[i + 1] + f * (c[i + 2] + f * c[i + 3]));
    }

    private double outsideTable(double z) {
        if (z < 0) {
            return Math.exp(lower.solve(StandardNormal.logCdf(z)));
        }
        if (z > 0) {
            return -Math.expm1(upper.solve(StandardNormal.logCdf(-z)));
        }
        return z;
    }

    /** Beyond the table from a probability: its log is exact, where {@code ln Phi(z)} would be rounded. */
    private double quantileOutsideTable(double u, double z) {
        if (z < 0) {
            return Math.exp(lower.solve(Math.log(u)));
        }
        if (z > 0) {
            return -Math.expm1(upper.solve(Math.log(0.5 - u + 0.5)));
        }
        return z;
    }

    /**
     * Solves the nodes {@code zeta_j = -j h}, {@code j = 0..INTERVALS/2}, of one lower tail,
     * each Newton solve starting from a second-order (Adams-Bashforth) extrapolation of the
     * previous nodes, so one or two steps suffice. Writes {@code t_j = ln x_j} and the exact
     * slope {@code dx/dz = phi(zeta) / f(x)} (the same for the mirrored upper tail).
     */
    private static void march(BetaLowerTail tail, double[] t, double[] dx) {
        double previousRate = 0.0;
        double rate = 0.0;
        double guess = Double.NaN;
        for (int j = 0; j < t.length; j++) {
            double zeta = -j * H;
            double logP = StandardNormal.logCdf(zeta);
            if (j == 0) {
                t[j] = tail.solve(logP);
            } else {
                t[j] = tail.solve(logP, guess);
            }
            double logSlope = -0.5 * zeta * zeta - LN_SQRT_2PI - tail.logDensity(t[j]);
            dx[j] = Math.exp(logSlope);
            previousRate = rate;
            rate = Math.exp(logSlope - t[j]);
            guess = j == 0 ? t[j] - H * rate : t[j] - H * (1.5 * rate - 0.5 * previousRate);
        }
    }

    private static double[] hermite(double[] x, double[] slope) {
        double[] c = new double[4 * (INTERVALS + 1)];
        for (int k = 0; k < INTERVALS; k++) {
            double x0 = x[k];
            double x1 = x[k + 1];
            double m0 = H * slope[k];
            double m1 = H * slope[k + 1];
            double delta = x1 - x0;
            c[4 * k] = x0;
            c[4 * k + 1] = m0;
            c[4 * k + 2] = 3.0 * delta - 2.0 * m0 - m1;
            c[4 * k + 3] = m0 + m1 - 2.0 * delta;
        }
        c[4 * INTERVALS] = x[INTERVALS];
        return c;
    }
}
