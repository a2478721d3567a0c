package org.closureassurance.simulator.random;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Induces Spearman rank correlations between inputs (docs/model.md): independent
 * standard normals are multiplied by the lower Cholesky factor of the Pearson matrix
 * {@code 2 sin(pi rho / 6)}, computed once per run, so each output keeps a standard-normal
 * marginal and the pairs get rank correlation {@code rho}.
 */
public final class GaussianCopula {
    /** Pivots below this are treated as not positive definite (numerically singular). */
    private static final double PIVOT_TOLERANCE = 1e-10;

    private final int n;
    /** Lower factor, row-major packed: row i holds columns 0..i. */
    private final double[] lower;

    /**
     * A copula for the symmetric Spearman matrix {@code spearman} (ones on the diagonal).
     *
     * @throws IllegalArgumentException if the Pearson matrix is not positive definite
     */
    public GaussianCopula(double[][] spearman) {
        n = spearman.length;
        double[][] l = cholesky(pearson(spearman));
        if (l == null) {
            throw new IllegalArgumentException("correlation matrix is not positive definite, inputs "
                    + Arrays.toString(nonPositiveDefiniteGroup(spearman)));
        }
        lower = new double[n * (n + 1) / 2];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                lower[k++] = l[i][j];
            }
        }
    }

    /** Number of correlated inputs. */
    public int dimension() {
        return n;
    }

    /**
     * Replaces the independent normals in {@code z[0..dimension-1]} by correlated ones, in
     * place (walking rows from the last, each row needs only the not-yet-replaced entries).
     */
    public void correlate(double[] z) {
        for (int i = n - 1; i >= 0; i--) {
            int row = i * (i + 1) / 2;
            double s = 0;
            for (int j = 0; j <= i; j++) {
                s += lower[row + j] * z[j];
            }
            z[i] = s;
        }
    }

    /**
     * {@link #correlate(double[])} for {@code count} vectors at once, stored by dimension:
     * {@code z[i][b]} is entry {@code i} of vector {@code b}. Each entry is summed in the same
     * order as one vector at a time, so the results are the same bit for bit; the inner loop
     * runs over the vectors, which the JIT can vectorise. {@code scratch} holds at least
     * {@code count} doubles.
     */
    public void correlate(double[][] z, int count, double[] scratch) {
        for (int i = n - 1; i >= 0; i--) {
            int row = i * (i + 1) / 2;
            Arrays.fill(scratch, 0, count, 0.0);
            for (int j = 0; j <= i; j++) {
                double l = lower[row + j];
                double[] zj = z[j];
                for (int b = 0; b < count; b++) {
                    scratch[b] += l * zj[b];
                }
            }
            System.arraycopy(scratch, 0, z[i], 0, count);
        }
    }

    /** The Pearson correlation of normal scores that gives Spearman {@code rho}: {@code 2 sin(pi rho / 6)}. */
    static double pearsonOf(double rho) {
        return 2.0 * Math.sin(Math.PI * rho / 6.0);
    }

    /**
     * The indices of the inputs that make the Pearson matrix of {@code spearman} not positive
     * definite: the group of inputs linked by non-zero correlations that contains the pivot
     * where the Cholesky factorisation fails; an empty array when the matrix is positive
     * definite.
     */
    public static int[] nonPositiveDefiniteGroup(double[][] spearman) {
        return nonPositiveDefinitePearsonGroup(pearson(spearman));
    }

    /**
     * The same for a Pearson matrix {@code p} used as it is (the economic factors' innovation
     * correlations, which need no rank transform).
     */
    public static int[] nonPositiveDefinitePearsonGroup(double[][] p) {
        int m = p.length;
        boolean[] seen = new boolean[m];
        for (int start = 0; start < m; start++) {
            if (seen[start]) {
                continue;
            }
            int[] group = component(p, start, seen);
            double[][] sub = new double[group.length][group.length];
            for (int a = 0; a < group.length; a++) {
                for (int b = 0; b < group.length; b++) {
                    sub[a][b] = p[group[a]][group[b]];
                }
            }
            if (cholesky(sub) == null) {
                return group;
            }
        }
        return new int[0];
    }

    private static int[] component(double[][] p, int start, boolean[] seen) {
        Deque<Integer> todo = new ArrayDeque<>();
        todo.add(start);
        seen[start] = true;
        int[] members = new int[p.length];
        int count = 0;
        while (!todo.isEmpty()) {
            int i = todo.poll();
            members[count++] = i;
            for (int j = 0; j < p.length; j++) {
                if (!seen[j] && p[i][j] != 0.0) {
                    seen[j] = true;
                    todo.add(j);
                }
            }
        }
        int[] out = Arrays.copyOf(members, count);
        Arrays.sort(out);
        return out;
    }

    private static double[][] pearson(double[][] spearman) {
        int m = spearman.length;
        double[][] p = new double[m][m];
        for (int i = 0; i < m; i++) {
            if (spearman[i].length != m) {
                throw new IllegalArgumentException("correlation matrix must be square");
            }
            for (int j = 0; j < m; j++) {
                p[i][j] = i == j ? 1.0 : pearsonOf(spearman[i][j]);
            }
        }
        return p;
    }

    /** Lower Cholesky factor of {@code a}, or null when a pivot is not clearly positive (not positive definite). */
    public static double[][] cholesky(double[][] a) {
        int m = a.length;
        double[][] l = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(s > PIVOT_TOLERANCE)) {
                        return null;
                    }
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        return l;
    }
}
