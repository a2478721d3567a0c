package org.closureassurance.simulator.random;

/**
 * Induces Spearman rank correlations between inputs: independent standard normals are
 * multiplied by the Cholesky factor of the Pearson matrix {@code 2 sin(pi rho / 6)}
 * (computed once per run), so that each output keeps a standard-normal marginal.
 */
public final class GaussianCopula {

    /**
     * A copula for the symmetric Spearman matrix {@code spearman} (ones on the diagonal).
     *
     * @throws IllegalArgumentException if the Pearson matrix is not positive definite
     */
    public GaussianCopula(double[][] spearman) {
        throw new UnsupportedOperationException("stub");
    }

    /** Number of correlated inputs. */
    public int dimension() {
        throw new UnsupportedOperationException("stub");
    }

    /** Replaces the independent normals in {@code z[0..dimension-1]} by correlated ones, in place. */
    public void correlate(double[] z) {
        throw new UnsupportedOperationException("stub");
    }

    /**
     * The indices of the inputs that make the Pearson matrix of {@code spearman} not positive
     * definite (the correlated group in which the Cholesky factorisation fails), or an empty
     * array when it is positive definite.
     */
    public static int[] nonPositiveDefiniteGroup(double[][] spearman) {
        throw new UnsupportedOperationException("stub");
    }
}
