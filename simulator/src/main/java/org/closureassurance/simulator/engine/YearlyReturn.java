package org.closureassurance.simulator.engine;

import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.closureassurance.simulator.random.InverseCdf;
import org.closureassurance.simulator.random.InverseCdfs;
import org.closureassurance.simulator.random.RandomStream;
import org.closureassurance.simulator.random.StandardNormal;
import org.closureassurance.simulator.value.Normal;
import org.closureassurance.simulator.value.Value;

/**
 * How a trust fund's independent yearly return is drawn, the cheapest exact way for its
 * distribution: a constant, a normal by the ziggurat sampler redrawn while outside a
 * truncation that keeps at least half the mass (exact, and several times faster than an
 * inverse CDF, which per-year draws do not need), or the inverse CDF of one uniform.
 */
sealed interface YearlyReturn {

    /** One year's return from the worker's {@code yearly} stream, or its ziggurat {@code normal} over it. */
    double next(RandomStream yearly, ContinuousSampler normal);

    /** The return distribution's inverse CDF, for returns tied to a factor. */
    InverseCdf inverseCdf();

    /** A plain number: no draw. */
    record Fixed(double value, InverseCdf inverseCdf) implements YearlyReturn {
        @Override public double next(RandomStream yearly, ContinuousSampler normal) { return value; }
    }

    /** A normal, truncated to {@code [min, max]} (which keeps at least half its mass), by rejection. */
    record MostlyInsideNormal(double mean, double sd, double min, double max, InverseCdf inverseCdf)
            implements YearlyReturn {
        @Override
        public double next(RandomStream yearly, ContinuousSampler normal) {
            double r;
            do {
                r = mean + sd * normal.sample();
            } while (r < min || r > max);
            return r;
        }
    }

    /** Any other distribution: its inverse CDF of one uniform. */
    record Quantile(InverseCdf inverseCdf) implements YearlyReturn {
        @Override public double next(RandomStream yearly, ContinuousSampler normal) {
            return inverseCdf.quantile(yearly.nextUniform());
        }
    }

    /** The cheapest exact draw of {@code value}. */
    static YearlyReturn of(Value value) {
        InverseCdf cdf = InverseCdfs.of(value);
        if (value.isDegenerate()) {
            return new Fixed(value.lowerBound(), cdf);
        }
        if (value instanceof Normal n && mostlyInside(n)) {
            return new MostlyInsideNormal(n.mean(), n.sd(), n.min(), n.max(), cdf);
        }
        return new Quantile(cdf);
    }

    /** Whether a normal's truncation keeps at least half its mass, so redrawing is cheap. */
    private static boolean mostlyInside(Normal n) {
        double a = (n.min() - n.mean()) / n.sd();
        double b = (n.max() - n.mean()) / n.sd();
        return StandardNormal.cdf(b) - StandardNormal.cdf(a) >= 0.5;
    }
}
