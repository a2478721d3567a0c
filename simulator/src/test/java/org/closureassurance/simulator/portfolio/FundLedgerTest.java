package org.closureassurance.simulator.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FundLedgerTest {
    private static final int H = 6;

    private static double[] zeros() {
        return new double[H];
    }

    private static double[] ones() {
        double[] g = new double[H];
        java.util.Arrays.fill(g, 1.0);
        return g;
    }

    /*
     * One site, estimate E = 1e6, forfeits surely in year 3 with a shortfall S = 6e5 (in year-3
     * money); it pays 1 % of E at the end of years 0, 1 and 2 (operating while t < T = 3); no
     * initial balance, no return, no fee. By hand:
     *   F_0 = F_1 - 1e4 = 0, F_1 = 1e4, F_2 = 2e4, F_3 = 3e4 (three contributions of 1e4);
     *   the payout of 6e5 in year 3 takes all 3e4, U_3 = 6e5 - 3e4 = 5.7e5, the fund is
     *   exhausted in year 3; at a discount rate of 5 % its value at year 0 is 5.7e5 / 1.05^3.
     *   The required percent x makes 3 · x/100 · E = S: x = 100 S / (3 E) = 20.
     */
    @Test
    void oneSureForfeitureInYearThreeAfterThreeContributions() {
        double[] payouts = zeros();
        payouts[3] = 6e5;
        double[] base = zeros();
        base[0] = 1e6;
        base[1] = 1e6;
        base[2] = 1e6;
        FundLedger ledger = new FundLedger(H);

        assertEquals(3, ledger.run(0.0, 1.0, payouts, base, zeros(), ones()));
        assertEquals(0.0, ledger.balance(0));
        assertEquals(1e4, ledger.balance(1));
        assertEquals(2e4, ledger.balance(2));
        assertEquals(3e4, ledger.balance(3));
        assertEquals(0.0, ledger.balance(4));
        assertEquals(5.7e5, ledger.unfunded(3));
        double[] discount = new double[H];
        for (int t = 0; t < H; t++) {
            discount[t] = Math.pow(1.05, -t);
        }
        assertEquals(5.7e5 / Math.pow(1.05, 3), ledger.unfundedValue(discount), 1e-9);

        double x = ledger.requiredPercent(0.0, payouts, base, zeros(), ones());
        assertEquals(20.0, x, 20.0 * FundLedger.PERCENT_PRECISION);
        assertEquals(-1, ledger.run(0.0, x, payouts, base, zeros(), ones()), "the found percent suffices");
    }

    /* F_0 = 1e6 covers the payout of 6e5 alone: nothing is unfunded at 0 %, so the required percent is 0. */
    @Test
    void requiredPercentIsZeroWhenTheBalanceAloneSuffices() {
        double[] payouts = zeros();
        payouts[3] = 6e5;
        assertEquals(0.0, new FundLedger(H).requiredPercent(1e6, payouts, ones(), zeros(), ones()));
    }

    /* A payout due in year 0 meets only F_0 = 1e5 < 2e5: no contribution arrives before it, so no percent suffices. */
    @Test
    void requiredPercentIsInfiniteWhenAPayoutComesBeforeAnyContribution() {
        double[] payouts = zeros();
        payouts[0] = 2e5;
        FundLedger ledger = new FundLedger(H);
        assertEquals(Double.POSITIVE_INFINITY, ledger.requiredPercent(1e5, payouts, ones(), zeros(), ones()));
        assertEquals(0, ledger.run(1e5, 5.0, payouts, ones(), zeros(), ones()));
        assertEquals(1e5, ledger.unfunded(0));
    }

    /*
     * Growth and fixed contributions: F_0 = 100, g = 1.1 - 0.05 (return 10 %, fee 5 %), a fixed
     * contribution of 10 at the end of year 0, payout 50 in year 1:
     * F_1 = 100 · 1.05 + 10 = 115; paid 50; F_2 = 65 · 1.05 = 68.25.
     */
    @Test
    void balanceGrowsByReturnLessFeeAndTakesFixedContributions() {
        double[] payouts = zeros();
        payouts[1] = 50;
        double[] fixed = zeros();
        fixed[0] = 10;
        double[] growth = ones();
        java.util.Arrays.fill(growth, 1.1 - 0.05);
        FundLedger ledger = new FundLedger(H);
        assertEquals(-1, ledger.run(100, 0, payouts, zeros(), fixed, growth));
        assertEquals(100 * (1.1 - 0.05) + 10, ledger.balance(1), 1e-12);
        assertEquals((100 * (1.1 - 0.05) + 10 - 50) * (1.1 - 0.05), ledger.balance(2), 1e-12);
    }

    /* A return below -100 % cannot make the balance negative: F_(t+1) = max(0, ...). */
    @Test
    void balanceNeverFallsBelowZero() {
        double[] growth = ones();
        growth[0] = -0.5;
        FundLedger ledger = new FundLedger(H);
        ledger.run(100, 0, zeros(), zeros(), zeros(), growth);
        assertEquals(0.0, ledger.balance(1));
    }
}
