package org.closureassurance.simulator.portfolio;

/**
 * The yearly accounts of a pooled fund in one iteration: what it pays, what it cannot pay and
 * what it holds. For {@code t = 0 .. H-1}: the fund pays {@code min(F_t, P_t)} of the payouts
 * {@code P_t} due, the rest {@code U_t} is unfunded (a public cost), and
 * {@code F_(t+1) = max(0, (F_t - paid) g_t + x/100 · B_t + K_t)}, where {@code g_t = 1 + R_t - fee}
 * is the year's growth, {@code B_t} the estimates of the sites paying the contribution percent
 * {@code x} at the end of year {@code t}, and {@code K_t} fixed contributions (a site's own
 * contribution rule), all in money of the year they fall in.
 *
 * <p>One ledger per worker thread: {@link #run} reuses its arrays, so the hot loop allocates
 * nothing. Not thread-safe.
 */
public final class FundLedger {
    /** The relative precision of {@link #requiredPercent}. */
    public static final double PERCENT_PRECISION = 1e-6;
    /** Doublings of the contribution percent tried before a payout is deemed unfundable at any percent. */
    private static final int MAX_DOUBLINGS = 200;

    private final int horizon;
    private final double[] balance;
    private final double[] unfunded;

    /** A ledger for {@code horizonYears} years. */
    public FundLedger(int horizonYears) {
        if (horizonYears < 1) {
            throw new IllegalArgumentException("horizonYears must be >= 1, was " + horizonYears);
        }
        this.horizon = horizonYears;
        this.balance = new double[horizonYears + 1];
        this.unfunded = new double[horizonYears];
    }

    /**
     * Runs the accounts with contribution percent {@code percent} and returns the first year with
     * an unfunded payout, or -1 when every payout was paid in full. Afterwards {@link #balance}
     * and {@link #unfunded} give the year-by-year figures. Every array has the horizon's length.
     */
    public int run(double initialBalance, double percent, double[] payouts, double[] percentBase,
                   double[] fixedContributions, double[] growth) {
        int exhausted = -1;
        double f = initialBalance;
        for (int t = 0; t < horizon; t++) {
            balance[t] = f;
            double paid = Math.min(f, payouts[t]);
            unfunded[t] = payouts[t] - paid;
            if (unfunded[t] > 0 && exhausted < 0) {
                exhausted = t;
            }
            f = Math.max(0.0, (f - paid) * growth[t] + percent / 100.0 * percentBase[t] + fixedContributions[t]);
        }
        balance[horizon] = f;
        return exhausted;
    }

    /**
     * The smallest contribution percent with no unfunded payout, to a relative precision of
     * {@link #PERCENT_PRECISION}: 0 when nothing is unfunded at 0 %, positive infinity when no
     * percent suffices (a payout due before any contribution can arrive). Found by doubling,
     * then bisection, which reads the balance as growing with the percent (true whenever every
     * year's growth {@code g_t} is {@code >= 0}). Leaves the ledger holding the accounts of the
     * last percent tried.
     */
    public double requiredPercent(double initialBalance, double[] payouts, double[] percentBase,
                                  double[] fixedContributions, double[] growth) {
        if (run(initialBalance, 0.0, payouts, percentBase, fixedContributions, growth) < 0) {
            return 0.0;
        }
        double hi = 1.0;
        int doublings = 0;
        while (run(initialBalance, hi, payouts, percentBase, fixedContributions, growth) >= 0) {
            if (++doublings > MAX_DOUBLINGS) {
                return Double.POSITIVE_INFINITY;
            }
            hi *= 2;
        }
        double lo = 0.0;
        while (hi - lo > PERCENT_PRECISION * hi) {
            double mid = 0.5 * (lo + hi);
            if (run(initialBalance, mid, payouts, percentBase, fixedContributions, growth) < 0) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    /** The balance {@code F_t} at the start of year {@code t} (before payouts), {@code t = 0 .. H}. */
    public double balance(int t) {
        return balance[t];
    }

    /** The unfunded payout {@code U_t} of year {@code t}. */
    public double unfunded(int t) {
        return unfunded[t];
    }

    /** {@code Σ_t U_t · discount[t]}: the unfunded payouts valued at year 0 with the given factors. */
    public double unfundedValue(double[] discount) {
        double sum = 0.0;
        for (int t = 0; t < horizon; t++) {
            sum += unfunded[t] * discount[t];
        }
        return sum;
    }
}
