package org.closureassurance.simulator.random;

/**
 * The lower tail of a Beta(a, b) distribution with {@code a, b >= 1} (the PERT shapes), in log
 * space: {@code ln I_x(a, b)} as a function of {@code t = ln x}, and its inverse by safeguarded
 * Newton iteration. Working in logs keeps full relative accuracy however small the probability
 * (down to the smallest double and below); the upper tail of Beta(a, b) is the lower tail of
 * Beta(b, a) at {@code 1 - x}, so callers use two instances rather than subtracting from 1.
 *
 * <p>{@code I_x(a, b) = x^a (1-x)^b / (a B(a, b)) * K(x)} with {@code K} Lentz's evaluation of
 * the continued fraction 26.5.8 of Abramowitz and Stegun (as in Numerical Recipes'
 * {@code betacf}), used where it converges fast, {@code x < (a+1)/(a+b+2)}; above that,
 * {@code 1 - I_{1-x}(b, a)}, where the probability is large enough that the subtraction costs
 * nothing. {@code ln I} is concave in {@code t} (the log of Beta-distributed variables has a
 * log-concave density when {@code b >= 1}, so its CDF is log-concave: Prekopa), which is what
 * makes Newton's method in {@code t} converge monotonically from the left. Immutable, no
 * allocation.
 */
final class BetaLowerTail {
    private static final int MAX_CF_TERMS = 100_000;
    private static final double CF_EPSILON = 1e-15;
    private static final double TINY = 1e-300;
    private static final int MAX_NEWTON_STEPS = 200;
    /** Newton stops after a step this small relative to {@code max(1, |t|)}; quadratic convergence leaves ~1e-20. */
    private static final double STEP_TOLERANCE = 1e-10;

    private final double a;
    private final double b;
    private final double logBeta;
    private final double logA;
    private final double logB;
    private final double fastLimit;

    /** Beta(a, b) with {@code logBeta = ln B(a, b)} computed once by the caller. */
    BetaLowerTail(double a, double b, double logBeta) {
        this.a = a;
        this.b = b;
        this.logBeta = logBeta;
        this.logA = Math.log(a);
        this.logB = Math.log(b);
        this.fastLimit = (a + 1.0) / (a + b + 2.0);
    }

    /** {@code ln I_x(a, b)} at {@code x = e^t} (t <= 0). */
    double logCdf(double t) {
        double x = Math.exp(t);
        double log1mx = log1mExp(t);
        if (x < fastLimit) {
            return a * t + b * log1mx - logBeta - logA + Math.log(continuedFraction(a, b, x));
        }
        double y = -Math.expm1(t);
        double upper = Math.exp(b * log1mx + a * t - logBeta - logB) * continuedFraction(b, a, y);
        return Math.log1p(-upper);
    }

    /** {@code ln f(x)} at {@code x = e^t}, f the Beta(a, b) density. */
    double logDensity(double t) {
        return (a - 1.0) * t + (b - 1.0) * log1mExp(t) - logBeta;
    }

    /** The {@code t = ln x} with {@code ln I_x(a, b) = logP}, starting from a safe guess. */
    double solve(double logP) {
        return solve(logP, (logP + logA + logBeta) / a);
    }

    /**
     * The {@code t = ln x} with {@code ln I_x(a, b) = logP}, Newton's method in {@code t} from
     * {@code start}, kept inside the bracket it has established (bisection when a step leaves
     * it). {@code -Infinity} for {@code logP = -Infinity}, 0 for {@code logP >= 0}.
     */
    double solve(double logP, double start) {
        if (Double.isNaN(logP)) {
            return logP;
        }
        if (logP == Double.NEGATIVE_INFINITY) {
            return logP;
        }
        if (logP >= 0) {
            return 0.0;
        }
        double lo = Double.NEGATIVE_INFINITY;
        double hi = 0.0;
        double t = Math.min(start, -Double.MIN_NORMAL);
        for (int i = 0; i < MAX_NEWTON_STEPS; i++) {
            double logI = logCdf(t);
            double g = logI - logP;
            if (g == 0) {
                return t;
            }
            if (g < 0) {
                lo = t;
            } else {
                hi = t;
            }
            // d ln I / dt = x f(x) / I(x)
            double slope = Math.exp(t + logDensity(t) - logI);
            double next = t - g / slope;
            if (!(next > lo && next < hi)) {
                next = lo == Double.NEGATIVE_INFINITY ? hi - Math.max(1.0, Math.abs(hi)) : 0.5 * (lo + hi);
            }
            if (Math.abs(next - t) <= STEP_TOLERANCE * Math.max(1.0, Math.abs(t))) {
                return next;
            }
            t = next;
        }
        return t;
    }

    /** {@code ln(1 - e^t)} for t <= 0, accurate at both ends (Maechler's log1mexp). */
    static double log1mExp(double t) {
        return t > -0.6931471805599453 ? Math.log(-Math.expm1(t)) : Math.log1p(-Math.exp(t));
    }

    /** Lentz's evaluation of the continued fraction for {@code I_x(a, b)} (A&S 26.5.8). */
    private static double continuedFraction(double a, double b, double x) {
        double qab = a + b;
        double qap = a + 1.0;
        double qam = a - 1.0;
        double c = 1.0;
        double d = 1.0 - qab * x / qap;
        if (Math.abs(d) < TINY) {
            d = TINY;
        }
        d = 1.0 / d;
        double h = d;
        for (int m = 1; m <= MAX_CF_TERMS; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1.0 + aa * d;
            if (Math.abs(d) < TINY) {
                d = TINY;
            }
            c = 1.0 + aa / c;
            if (Math.abs(c) < TINY) {
                c = TINY;
            }
            d = 1.0 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1.0 + aa * d;
            if (Math.abs(d) < TINY) {
                d = TINY;
            }
            c = 1.0 + aa / c;
            if (Math.abs(c) < TINY) {
                c = TINY;
            }
            d = 1.0 / d;
            double del = d * c;
            h *= del;
            if (Math.abs(del - 1.0) <= CF_EPSILON) {
                break;
            }
        }
        return h;
    }
}
