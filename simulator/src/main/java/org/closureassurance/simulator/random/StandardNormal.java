package org.closureassurance.simulator.random;

/**
 * The standard normal distribution in plain Java, fast and accurate to about 1e-15 relative:
 * quantile by Wichura's AS241 (PPND16), CDF by Cody's rational Chebyshev approximations of
 * erfc. Used in the per-iteration path instead of Commons Math.
 *
 * <p>Sources: M. J. Wichura, "Algorithm AS 241: The percentage points of the normal
 * distribution", Applied Statistics 37 (1988) 477-484 (coefficients of PPND16, relative
 * accuracy about 1e-16); W. J. Cody, "Rational Chebyshev approximations for the error
 * function", Math. Comp. 23 (1969) 631-637, in the arrangement of Cody's SPECFUN {@code ANORM}
 * (ACM TOMS 715, 1993) as used by R's {@code pnorm_both}, in three ranges; in the tails the
 * factor {@code exp(-z^2/2)} is computed from the exact square of z (Dekker), so the rounding of
 * {@code z^2} does not cost relative accuracy. The common branches are small methods the JIT can inline; the rare tail branches
 * are separate methods.
 */
public final class StandardNormal {
    /** {@code 1/sqrt(2 pi)}. */
    private static final double INV_SQRT_2PI = 0.398942280401432677939946059934;
    /** {@code ln sqrt(2 pi)}. */
    private static final double LN_SQRT_2PI = 0.918938533204672741780329736406;
    /** {@code Phi^-1(3/4)}: below it, Cody's first (central) approximation. */
    private static final double CENTRAL_LIMIT = 0.67448975;
    /** {@code sqrt(32)}: Cody's boundary between the middle and the asymptotic ranges. */
    private static final double SQRT_32 = 5.656854249492380195206754896838;
    /** Beyond this, {@code Phi(-z)} underflows to 0 (R's {@code pnorm} limit). */
    private static final double UNDERFLOW_LIMIT = 37.5193;
    /** Below {@code -37}, {@code Phi} approaches the subnormal range: {@link #logCdf} goes asymptotic. */
    private static final double ASYMPTOTIC_LOG_LIMIT = 37.0;

    private StandardNormal() {
    }

    /** {@code Phi^-1(p)} for p in (0, 1); -inf at 0 and +inf at 1. */
    public static double quantile(double p) {
        double q = p - 0.5;
        if (Math.abs(q) <= 0.425) {
            double r = 0.180625 - q * q;
            return q * (((((((2509.0809287301226727 * r + 33430.575583588128105) * r
                    + 67265.770927008700853) * r + 45921.953931549871457) * r
                    + 13731.693765509461125) * r + 1971.5909503065514427) * r
                    + 133.14166789178437745) * r + 3.387132872796366608)
                    / (((((((5226.495278852854561 * r + 28729.085735721942674) * r
                    + 39307.89580009271061) * r + 21213.794301586595867) * r
                    + 5394.1960214247511077) * r + 687.1870074920579083) * r
                    + 42.313330701600911252) * r + 1.0);
        }
        return quantileTail(p, q);
    }

    /** AS241 for p outside [0.075, 0.925]; also the special values 0, 1, NaN and out-of-range. */
    private static double quantileTail(double p, double q) {
        double r = q < 0 ? p : 0.5 - p + 0.5;
        if (!(r > 0)) {
            return r == 0 ? (q < 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY) : Double.NaN;
        }
        r = Math.sqrt(-Math.log(r));
        double z = r <= 5.0 ? quantileIntermediate(r - 1.6) : quantileFar(r - 5.0);
        return q < 0 ? -z : z;
    }

    /** AS241's second approximation, for {@code sqrt(-ln p)} in (1.6, 5], p down to about 1.4e-11. */
    private static double quantileIntermediate(double r) {
        return (((((((7.7454501427834140764e-4 * r + 0.0227238449892691845833) * r
                + 0.24178072517745061177) * r + 1.27045825245236838258) * r
                + 3.64784832476320460504) * r + 5.7694972214606914055) * r
                + 4.6303378461565452959) * r + 1.42343711074968357734)
                / (((((((1.05075007164441684324e-9 * r + 5.475938084995344946e-4) * r
                + 0.0151986665636164571966) * r + 0.14810397642748007459) * r
                + 0.68976733498510000455) * r + 1.6763848301838038494) * r
                + 2.05319162663775882187) * r + 1.0);
    }

    /** AS241's third approximation, for {@code sqrt(-ln p)} beyond 5 (p below about 1.4e-11). */
    private static double quantileFar(double r) {
        return (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r
                + 0.0012426609473880784386) * r + 0.026532189526576123093) * r
                + 0.29656057182850489123) * r + 1.7848265399172913358) * r
                + 5.4637849111641143699) * r + 6.6579046435011037772)
                / (((((((2.04426310338993978564e-15 * r + 1.4215117583164458887e-7) * r
                + 1.8463183175100546818e-5) * r + 7.868691311456132591e-4) * r
                + 0.0148753612908506148525) * r + 0.13692988092273580531) * r
                + 0.59983220655588793769) * r + 1.0);
    }

    /** {@code Phi(z)}. */
    public static double cdf(double z) {
        double y = Math.abs(z);
        if (y <= CENTRAL_LIMIT) {
            return 0.5 + central(z);
        }
        double tail = y <= SQRT_32 ? middleTail(y) : farTail(y);
        return z > 0 ? 1.0 - tail : tail;
    }

    /** {@code 1 - Phi(z)}, accurate in the upper tail. */
    public static double complementaryCdf(double z) {
        return cdf(-z);
    }

    /** {@code phi(z)}, the density. */
    public static double density(double z) {
        double y = Math.abs(z);
        if (!(y < 40.0)) {
            return y > 0 ? 0.0 : y;
        }
        return INV_SQRT_2PI * gaussianFactor(y);
    }

    /**
     * {@code ln Phi(z)}, accurate for every z: the log of {@link #cdf} while that is a normal
     * (not subnormal) double, {@code log1p(-Q(z))} above 0, and below -37 the asymptotic
     * expansion {@code ln phi(z) - ln|z| + ln(1 - 1/z^2 + 3/z^4 - ... + 10395/z^12)}
     * (Abramowitz and Stegun 26.2.12), whose first omitted term is below 2e-17 there.
     */
    static double logCdf(double z) {
        if (z > 0) {
            return Math.log1p(-cdf(-z));
        }
        if (z > -ASYMPTOTIC_LOG_LIMIT || Double.isNaN(z)) {
            return Math.log(cdf(z));
        }
        double w = 1.0 / (z * z);
        double series = 1.0 - w * (1.0 - w * (3.0 - w * (15.0 - w * (105.0 - w * (945.0 - w * 10395.0)))));
        return -0.5 * z * z - LN_SQRT_2PI - Math.log(-z) + Math.log(series);
    }

    /** Cody's central approximation: {@code Phi(z) - 1/2} for {@code |z| <= 0.674}. */
    private static double central(double z) {
        double zsq = z * z;
        double num = 0.065682337918207449113 * zsq;
        double den = zsq;
        num = (num + 2.2352520354606839287) * zsq;
        den = (den + 47.20258190468824187) * zsq;
        num = (num + 161.02823106855587881) * zsq;
        den = (den + 976.09855173777669322) * zsq;
        num = (num + 1067.6894854603709582) * zsq;
        den = (den + 10260.932208618978205) * zsq;
        return z * (num + 18154.981253343561249) / (den + 45507.789335026729956);
    }

    /** Cody's second approximation: {@code 1 - Phi(y)} for {@code 0.674 < y <= sqrt(32)}. */
    private static double middleTail(double y) {
        double num = 1.0765576773720192317e-8 * y;
        double den = y;
        num = (num + 0.39894151208813466764) * y;
        den = (den + 22.266688044328115691) * y;
        num = (num + 8.8831497943883759412) * y;
        den = (den + 235.38790178262499861) * y;
        num = (num + 93.506656132177855979) * y;
        den = (den + 1519.377599407554805) * y;
        num = (num + 597.27027639480026226) * y;
        den = (den + 6485.558298266760755) * y;
        num = (num + 2494.5375852903726711) * y;
        den = (den + 18615.571640885098091) * y;
        num = (num + 6848.1904505362823326) * y;
        den = (den + 34900.952721145977266) * y;
        num = (num + 11602.651437647350124) * y;
        den = (den + 38912.003286093271411) * y;
        return gaussianFactor(y) * (num + 9842.7148383839780218) / (den + 19685.429676859990727);
    }

    /** Cody's asymptotic approximation: {@code 1 - Phi(y)} for {@code y > sqrt(32)}, 0 past underflow. */
    private static double farTail(double y) {
        if (y >= UNDERFLOW_LIMIT) {
            return 0.0;
        }
        if (Double.isNaN(y)) {
            return y;
        }
        double w = 1.0 / (y * y);
        double num = 0.02307344176494017303 * w;
        double den = w;
        num = (num + 0.21589853405795699) * w;
        den = (den + 1.28426009614491121) * w;
        num = (num + 0.1274011611602473639) * w;
        den = (den + 0.468238212480865118) * w;
        num = (num + 0.022235277870649807) * w;
        den = (den + 0.0659881378689285515) * w;
        num = (num + 0.001421619193227893466) * w;
        den = (den + 0.00378239633202758244) * w;
        double r = w * (num + 2.9112874951168792e-5) / (den + 7.29751555083966205e-5);
        return gaussianFactor(y) * (INV_SQRT_2PI - r) / y;
    }

    /**
     * {@code exp(-y^2/2)} without the relative error of rounding {@code y^2} (which grows like
     * {@code y^2} ulps): {@code y^2 = hi + lo} exactly by Dekker's product (Veltkamp's split, no
     * FMA needed), then {@code exp(-hi/2) (1 - lo/2)}. Cody splits at a multiple of 1/16 instead,
     * which costs a second {@code exp}.
     */
    private static double gaussianFactor(double y) {
        double c = 134217729.0 * y;
        double high = c - (c - y);
        double low = y - high;
        double square = y * y;
        double error = ((high * high - square) + 2.0 * high * low) + low * low;
        return Math.exp(-0.5 * square) * (1.0 - 0.5 * error);
    }
}
