package org.closureassurance.simulator.engine;

/**
 * One iteration's money-in-time factors by absolute year (docs/model.md, "Discount schedules
 * and real cost escalation"): {@code P_s}, the value at year 0 of one unit in year {@code s}
 * ({@code v_0 v_1 ... v_(s-1)}, {@code v_u = 1/(1 + r_u)} with {@code r_u} the rate of the
 * schedule step in force in year {@code u}), the escalation {@code E_s = (1 + g)^s}, and their
 * product {@code W_s = E_s P_s}, the value at year 0 of a flow of one base-year unit falling in
 * year {@code s}. A flow in year {@code b} is then worth {@code W_b / P_a} at year {@code a}.
 * The first {@code length} years are tabulated; from the last of them on (past the schedule's
 * last step) every year multiplies {@code P} by the last step's {@code v} and {@code W} by
 * {@code q = (1 + g) v}, so long and perpetual runs are summed in closed form with ratio
 * {@code q}. Filled afresh each iteration, allocating nothing. Public so that a portfolio's
 * shared economics value every site's flows on the same curve.
 */
public final class DiscountCurve {
    /** A count meaning "for ever". */
    public static final long FOREVER = Long.MAX_VALUE;

    private final int[] stepYears;
    private final int length;
    private final double[] p;
    private final double[] w;
    private final double[] e;
    /** The one-year factor {@code v_s} of each tabulated year. */
    private final double[] v;
    private double lastV;
    private double lnV;
    private double lnQ;
    private double lnG;

    /** A curve for schedule steps starting in {@code stepYears} (ascending from 0), tabulating {@code length} years. */
    public DiscountCurve(int[] stepYears, int length) {
        this.stepYears = stepYears.clone();
        this.length = length;
        this.p = new double[length];
        this.w = new double[length];
        this.e = new double[length];
        this.v = new double[length];
    }

    /** Fills the table for the step rates {@code rates} (by step) and escalation {@code g}. */
    public void reset(double[] x, int[] rateSlots, double g) {
        int step = 0;
        double growth = 1.0 + g;
        double pv = 1.0;
        double esc = 1.0;
        double r = x[rateSlots[0]];
        for (int s = 0; s < length; s++) {
            p[s] = pv;
            e[s] = esc;
            w[s] = esc * pv;
            while (step + 1 < stepYears.length && stepYears[step + 1] <= s) {
                step++;
                r = x[rateSlots[step]];
            }
            v[s] = 1.0 / (1.0 + r);
            pv = pv * v[s];
            esc = esc * growth;
        }
        lastV = 1.0 / (1.0 + r);
        lnV = -Math.log1p(r);
        lnG = Math.log1p(g);
        lnQ = lnG + lnV;
    }

    /** {@code P_s}: the value at year 0 of one unit in absolute year {@code s >= 0}. */
    public double p(long s) {
        return s < length ? p[(int) s] : p[length - 1] * Math.exp((s - length + 1) * lnV);
    }

    /** {@code v_s}, the factor that discounts year {@code s + 1} back to year {@code s}. */
    public double v(long s) {
        return s < length ? v[(int) s] : lastV;
    }

    /**
     * The value at year {@code s} of one base-year unit moved {@code delay} years later:
     * {@code W_(s+delay) / P_s}; with no delay exactly {@code E_s}.
     */
    public double moved(long s, long delay) {
        return delay == 0 ? escalation(s) : w(s + delay) / p(s);
    }

    /** {@code E_s = (1 + g)^s}. */
    public double escalation(long s) {
        return s < length ? e[(int) s] : e[length - 1] * Math.exp((s - length + 1) * lnG);
    }

    /** {@code W_s = E_s P_s}: the value at year 0 of one base-year unit falling in year {@code s}. */
    public double w(long s) {
        return s < length ? w[(int) s] : w[length - 1] * Math.exp((s - length + 1) * lnQ);
    }

    /** {@code q^n} for the ratio {@code q = (1 + g) v} of the years past the last step. */
    double ratioPower(long n) {
        return n == 0 ? 1.0 : Math.exp(n * lnQ);
    }

    /**
     * {@code sum_(j < n) q^(every j)} ({@code n} may be {@link #FOREVER}: {@code 1/(1 - q^every)},
     * which needs {@code q < 1}); at {@code q = 1} a finite sum is {@code n}.
     */
    double geometric(long n, int every) {
        if (n <= 0) {
            return 0.0;
        }
        double lnStep = every * lnQ;
        if (n == FOREVER) {
            return lnStep == 0.0 ? Double.POSITIVE_INFINITY : -1.0 / Math.expm1(lnStep);
        }
        return lnStep == 0.0 ? n : Math.expm1(n * lnStep) / Math.expm1(lnStep);
    }

    /** {@code sum W_s} for {@code s = from .. from + count - 1} ({@code count} may be {@link #FOREVER}). */
    public double sum(long from, long count) {
        return periodic(from, 1, count);
    }

    /** {@code sum W_(from + every m)} for {@code m = 0 .. count - 1} ({@code count} may be {@link #FOREVER}). */
    double periodic(long from, int every, long count) {
        if (count <= 0) {
            return 0.0;
        }
        double total = 0;
        long m = 0;
        long s = from;
        while (s < length && m < count) {
            total += w[(int) s];
            m++;
            s += every;
        }
        if (m < count) {
            total += w(s) * geometric(count == FOREVER ? FOREVER : count - m, every);
        }
        return total;
    }
}
