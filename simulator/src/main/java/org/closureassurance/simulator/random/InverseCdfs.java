package org.closureassurance.simulator.random;

import java.util.Arrays;
import java.util.Comparator;
import org.closureassurance.simulator.value.Constant;
import org.closureassurance.simulator.value.Discrete;
import org.closureassurance.simulator.value.EstimateClass;
import org.closureassurance.simulator.value.LogNormal;
import org.closureassurance.simulator.value.LogNormalRange;
import org.closureassurance.simulator.value.Normal;
import org.closureassurance.simulator.value.Pert;
import org.closureassurance.simulator.value.Triangular;
import org.closureassurance.simulator.value.Uniform;
import org.closureassurance.simulator.value.Value;

/**
 * Compiles scenario Values into fast inverse-CDF samplers.
 *
 * <p>Every sampler is immutable, allocation-free and thread-safe. In
 * {@code fromNormalScore(z)} the closed forms use {@code Phi(z)} on the lower side and
 * {@code 1 - Phi(z)} (computed directly, not by subtraction) on the upper side, so the tails
 * keep their accuracy.
 */
public final class InverseCdfs {
    private InverseCdfs() {
    }

    /** The largest Beta shape a PERT table is built for (lambda of about 10^7 at a central mode). */
    static final double MAX_PERT_SHAPE = 1e7;

    /**
     * The sampler of {@code value}: closed forms for constant, uniform, triangular, normal
     * (truncated by inverse CDF), log-normal ({@code exp(mu + sigma z)}; given by mean and sd, by
     * P10 and P90 or by estimate class) and discrete (values sorted ascending); a table in normal-score space for PERT, accurate to 1e-8 of the range.
     * A degenerate value ({@link Value#isDegenerate()}) gives its constant; a PERT with
     * {@code lambda = 0} is the uniform it equals.
     */
    public static InverseCdf of(Value value) {
        if (value.isDegenerate()) {
            return new ConstantCdf(value.lowerBound());
        }
        if (value instanceof Uniform v) {
            return new UniformCdf(v.min(), v.max());
        }
        if (value instanceof Triangular v) {
            return new TriangularCdf(v.min(), v.mode(), v.max());
        }
        if (value instanceof Pert v) {
            if (v.lambda() == 0) {
                return new UniformCdf(v.min(), v.max());
            }
            if (!(v.alpha() <= MAX_PERT_SHAPE && v.beta() <= MAX_PERT_SHAPE && v.max() - v.min() < Double.MAX_VALUE)) {
                throw new IllegalArgumentException("PERT " + v + " cannot be sampled: its Beta shapes (" + v.alpha()
                        + ", " + v.beta() + ") or its range exceed what the sampler supports (shapes up to "
                        + (long) MAX_PERT_SHAPE + ")");
            }
            return new PertCdf(v.min(), v.max(), BetaTable.of(v.alpha(), v.beta()));
        }
        if (value instanceof Normal v) {
            if (v.isTruncated()) {
                return new TruncatedNormal(v.mean(), v.sd(), v.min(), v.max());
            }
            return new NormalCdf(v.mean(), v.sd());
        }
        if (value instanceof LogNormal v) {
            return new LogNormalCdf(v.mu(), v.sigma());
        }
        if (value instanceof LogNormalRange v) {
            return new LogNormalCdf(v.mu(), v.sigma());
        }
        if (value instanceof EstimateClass v) {
            return of(v.range());
        }
        if (value instanceof Discrete v) {
            return DiscreteCdf.of(v);
        }
        if (value instanceof Constant v) {
            return new ConstantCdf(v.value());
        }
        throw new IllegalArgumentException("no sampler for " + value);
    }

    /**
     * {@code x} limited to {@code [lo, hi]} (NaN passes through). Written with comparisons:
     * {@code Math.max(lo, Math.min(hi, x))} on doubles measured 8 ns per call more on JDK 17.
     */
    static double clamp(double x, double lo, double hi) {
        return x < lo ? lo : (x > hi ? hi : x);
    }

    /** A value that does not vary. */
    record ConstantCdf(double value) implements InverseCdf {
        @Override
        public double quantile(double u) {
            return value;
        }

        @Override
        public double fromNormalScore(double z) {
            return value;
        }
    }

    /** {@code min + (max - min) u}, never above max after rounding. */
    record UniformCdf(double min, double max, double range) implements InverseCdf {
        UniformCdf(double min, double max) {
            this(min, max, max - min);
        }

        @Override
        public double quantile(double u) {
            double x = min + range * u;
            return x > max ? max : x;
        }

        @Override
        public double fromNormalScore(double z) {
            if (z < 0) {
                return min + range * StandardNormal.cdf(z);
            }
            double x = max - range * StandardNormal.complementaryCdf(z);
            return x < min ? min : x;
        }
    }

    /**
     * Triangular: with {@code c = (mode - min) / (max - min)},
     * {@code min + sqrt(u (max - min)(mode - min))} for {@code u < c}, else
     * {@code max - sqrt((1 - u)(max - min)(max - mode))} (the inverse of the piecewise-quadratic
     * CDF; the same formula as Commons Math's {@code TriangularDistribution}).
     */
    /**
     * Triangular by its closed-form inverse; the scales are kept as square roots
     * ({@code sqrt(max-min) sqrt(mode-min)}) so that wide ranges never overflow the product.
     */
    record TriangularCdf(double min, double max, double modeProbability, double modeScore,
                         double lowerScale, double upperScale) implements InverseCdf {
        TriangularCdf(double min, double mode, double max) {
            this(min, max, (mode - min) / (max - min), StandardNormal.quantile((mode - min) / (max - min)),
                    Math.sqrt(max - min) * Math.sqrt(mode - min), Math.sqrt(max - min) * Math.sqrt(max - mode));
        }

        @Override
        public double quantile(double u) {
            if (u < modeProbability) {
                return clamp(min + Math.sqrt(u) * lowerScale, min, max);
            }
            return clamp(max - Math.sqrt(0.5 - u + 0.5) * upperScale, min, max);
        }

        @Override
        public double fromNormalScore(double z) {
            if (z < modeScore) {
                return clamp(min + Math.sqrt(StandardNormal.cdf(z)) * lowerScale, min, max);
            }
            return clamp(max - Math.sqrt(StandardNormal.complementaryCdf(z)) * upperScale, min, max);
        }
    }

    /** PERT: {@code min + (max - min) x}, x the Beta(a, b) quantile from a {@link BetaTable}. */
    record PertCdf(double min, double max, double range, BetaTable table) implements InverseCdf {
        PertCdf(double min, double max, BetaTable table) {
            this(min, max, max - min, table);
        }

        @Override
        public double quantile(double u) {
            return clamp(min + range * table.quantile(u), min, max);
        }

        @Override
        public double fromNormalScore(double z) {
            return clamp(min + range * table.fromNormalScore(z), min, max);
        }
    }

    /** Untruncated normal: {@code mean + sd Phi^-1(u)}; from a normal score, {@code mean + sd z}. */
    record NormalCdf(double mean, double sd) implements InverseCdf {
        @Override
        public double quantile(double u) {
            return mean + sd * StandardNormal.quantile(u);
        }

        @Override
        public double fromNormalScore(double z) {
            return mean + sd * z;
        }
    }

    /** Log-normal: {@code exp(mu + sigma Phi^-1(u))} (docs/model.md for mu and sigma). */
    record LogNormalCdf(double mu, double sigma) implements InverseCdf {
        @Override
        public double quantile(double u) {
            return Math.exp(mu + sigma * StandardNormal.quantile(u));
        }

        @Override
        public double fromNormalScore(double z) {
            return Math.exp(mu + sigma * z);
        }
    }

    /**
     * Discrete: the values sorted ascending with their normalised weights (zero weights
     * dropped, equal values merged); {@code quantile(u)} is the smallest value whose cumulative
     * probability is at least {@code u}. The upper-tail probabilities are kept too, so a normal
     * score above 0 is compared with {@code 1 - Phi(z)} rather than a rounded {@code Phi(z)}.
     */
    static final class DiscreteCdf implements InverseCdf {
        private final double[] values;
        /** {@code cumulative[i] = P(X <= values[i])}; the last is exactly 1. */
        private final double[] cumulative;
        /** {@code above[i] = P(X > values[i])}, summed from the top; the last is exactly 0. */
        private final double[] above;

        private DiscreteCdf(double[] values, double[] cumulative, double[] above) {
            this.values = values;
            this.cumulative = cumulative;
            this.above = above;
        }

        static DiscreteCdf of(Discrete d) {
            Integer[] order = new Integer[d.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingDouble(d::value));
            double[] values = new double[order.length];
            double[] weights = new double[order.length];
            int n = 0;
            double total = 0;
            for (Integer i : order) {
                double w = d.weight(i);
                if (w == 0) {
                    continue;
                }
                if (n > 0 && values[n - 1] == d.value(i)) {
                    weights[n - 1] += w;
                } else {
                    values[n] = d.value(i);
                    weights[n] = w;
                    n++;
                }
                total += w;
            }
            double[] cumulative = new double[n];
            double[] above = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += weights[i];
                cumulative[i] = sum / total;
            }
            cumulative[n - 1] = 1.0;
            sum = 0;
            for (int i = n - 1; i >= 0; i--) {
                above[i] = sum / total;
                sum += weights[i];
            }
            return new DiscreteCdf(Arrays.copyOf(values, n), cumulative, above);
        }

        @Override
        public double quantile(double u) {
            double[] c = cumulative;
            int lo = 0;
            int hi = c.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (c[mid] >= u) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return values[lo];
        }

        @Override
        public double[] atoms() {
            return values.clone();
        }

        @Override
        public double fromNormalScore(double z) {
            if (z <= 0) {
                return quantile(StandardNormal.cdf(z));
            }
            double v = StandardNormal.complementaryCdf(z);
            double[] t = above;
            int lo = 0;
            int hi = t.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (t[mid] <= v) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return values[lo];
        }

        @Override
        public String toString() {
            return "DiscreteCdf[values=" + Arrays.toString(values) + ", cumulative=" + Arrays.toString(cumulative) + "]";
        }
    }
}
