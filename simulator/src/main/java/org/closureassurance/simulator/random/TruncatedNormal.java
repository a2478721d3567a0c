package org.closureassurance.simulator.random;

/**
 * Inverse CDF of a normal truncated to {@code [min, max]} (either bound may be infinite):
 * {@code x = mean + sd * Phi^-1(Phi(a) + u (Phi(b) - Phi(a)))}, {@code a, b} the standardised
 * bounds, with no atoms at the bounds (docs/model.md).
 *
 * <p>Arranged so that no form loses accuracy to {@code 1 - p}: when both bounds lie above the
 * mean the interval is described by upper-tail probabilities {@code Q = 1 - Phi} (Q(a) and
 * Q(b) are both small and exact), when both lie below by lower-tail ones, and when the interval
 * straddles the mean the side of the median the probability falls on picks the form; in each
 * case the smaller of {@code u} and {@code 1 - u} is used, so a normal score's {@code Phi(z)} and
 * {@code Q(z)} can be passed in without rounding.
 *
 * <p>When the interval's probability underflows to 0 in double precision (the nearer bound is
 * more than about 37.5 sd from the mean; formally a probability-0 truncation), the distribution
 * on the interval is, to first order in {@code 1/|a|}, an exponential with rate {@code |a|}
 * (in sd units) running inward from the nearer bound, truncated at the farther: that limit is
 * used instead of a NaN, within about {@code sd / |a|^3} (below 2e-5 sd) of the exact quantile.
 * Results are clamped to {@code [min, max]}.
 */
final class TruncatedNormal implements InverseCdf {
    private enum Side { ABOVE_MEAN, BELOW_MEAN, STRADDLES_MEAN }

    private final double mean;
    private final double sd;
    private final double min;
    private final double max;
    private final double a;
    private final double b;
    private final Side side;
    /** ABOVE_MEAN: Q(a), Q(b); BELOW_MEAN: Phi(a), Phi(b); STRADDLES_MEAN: Phi(a), Q(b). */
    private final double lowerEnd;
    private final double upperEnd;
    /** The normal probability of the interval; not positive when it underflowed. */
    private final double mass;

    TruncatedNormal(double mean, double sd, double min, double max) {
        this.mean = mean;
        this.sd = sd;
        this.min = min;
        this.max = max;
        a = (min - mean) / sd;
        b = (max - mean) / sd;
        if (a >= 0) {
            side = Side.ABOVE_MEAN;
            lowerEnd = StandardNormal.complementaryCdf(a);
            upperEnd = StandardNormal.complementaryCdf(b);
            mass = lowerEnd - upperEnd;
        } else if (b <= 0) {
            side = Side.BELOW_MEAN;
            lowerEnd = StandardNormal.cdf(a);
            upperEnd = StandardNormal.cdf(b);
            mass = upperEnd - lowerEnd;
        } else {
            side = Side.STRADDLES_MEAN;
            lowerEnd = StandardNormal.cdf(a);
            upperEnd = StandardNormal.complementaryCdf(b);
            mass = 0.5 - lowerEnd + (0.5 - upperEnd);
        }
    }

    @Override
    public double quantile(double u) {
        return fromTails(u, 0.5 - u + 0.5);
    }

    @Override
    public double fromNormalScore(double z) {
        return fromTails(StandardNormal.cdf(z), StandardNormal.complementaryCdf(z));
    }

    /** The quantile at {@code u}, given also {@code v = 1 - u} (each accurate where it is small). */
    private double fromTails(double u, double v) {
        double z;
        if (!(mass > 0)) {
            z = underflowLimit(u, v);
        } else if (side == Side.ABOVE_MEAN) {
            z = -StandardNormal.quantile(u <= 0.5 ? lowerEnd - u * mass : upperEnd + v * mass);
        } else if (side == Side.BELOW_MEAN) {
            z = StandardNormal.quantile(u <= 0.5 ? lowerEnd + u * mass : upperEnd - v * mass);
        } else {
            double p = lowerEnd + u * mass;
            z = p <= 0.5 ? StandardNormal.quantile(p) : -StandardNormal.quantile(upperEnd + v * mass);
        }
        return InverseCdfs.clamp(mean + sd * z, min, max);
    }

    /** The exponential limit of a truncation so far out that its probability underflows. */
    private double underflowLimit(double u, double v) {
        if (side == Side.ABOVE_MEAN) {
            double e = -Math.log1p(u * Math.expm1(-a * (b - a)));
            return a + e / a;
        }
        double e = -Math.log1p(v * Math.expm1(b * (b - a)));
        return b + e / b;
    }
}
