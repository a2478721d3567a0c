package org.closureassurance.simulator.results;

import java.util.Arrays;

/**
 * One economic factor's state at forfeiture: the mean of {@code M_T} over forfeiting
 * iterations (below 0 when walk-aways cluster in bad times; NaN with no forfeiting
 * iteration), and by the factor's decile in the forfeiture year (decile 1 the worst tenth of
 * times, cut at {@code Phi^-1(0.1), ..., Phi^-1(0.9)} since every {@code M_t} is standard
 * normal) the share of walk-aways that fell in it and the coverage probability {@code P(A >= L)}
 * among them (NaN where none fell). Without wrong-way risk every share is 0.1 and coverage
 * does not depend on the decile.
 */
public record FactorResult(String factor, double meanAtForfeiture, double[] forfeitureShareByDecile,
                           double[] coverageByDecile) {
    /** The deciles of the factor's state. */
    public static final int DECILES = 10;

    public FactorResult {
        if (forfeitureShareByDecile.length != DECILES || coverageByDecile.length != DECILES) {
            throw new IllegalArgumentException("need " + DECILES + " deciles");
        }
        forfeitureShareByDecile = forfeitureShareByDecile.clone();
        coverageByDecile = coverageByDecile.clone();
    }

    @Override
    public double[] forfeitureShareByDecile() {
        return forfeitureShareByDecile.clone();
    }

    @Override
    public double[] coverageByDecile() {
        return coverageByDecile.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FactorResult f && factor.equals(f.factor)
                && Double.compare(meanAtForfeiture, f.meanAtForfeiture) == 0
                && Arrays.equals(forfeitureShareByDecile, f.forfeitureShareByDecile)
                && Arrays.equals(coverageByDecile, f.coverageByDecile);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * factor.hashCode() + Double.hashCode(meanAtForfeiture)) + Arrays.hashCode(coverageByDecile);
    }

    @Override
    public String toString() {
        return "FactorResult[" + factor + ", meanAtForfeiture=" + meanAtForfeiture + ", forfeitureShareByDecile="
                + Arrays.toString(forfeitureShareByDecile) + ", coverageByDecile=" + Arrays.toString(coverageByDecile)
                + "]";
    }
}
