package org.closureassurance.simulator.portfolio;

import java.util.Arrays;

/**
 * The worst iterations of a portfolio run: the {@code ⌈0.05 n⌉} with the largest total
 * shortfall, ties broken by the lower iteration index, whose sites' shortfalls make the tail
 * contributions.
 */
final class TailSet {
    private TailSet() {
    }

    /** {@code ⌈0.05 n⌉ = ⌈n / 20⌉}, in integers so no rounding can move it. */
    static int size(int n) {
        return (n + 19) / 20;
    }

    /** The indices of the worst {@link #size} of {@code totals[0 .. n-1]}, ascending. */
    static int[] worst(double[] totals, int n) {
        int m = size(n);
        if (m == 0) {
            return new int[0];
        }
        double[] sorted = Arrays.copyOf(totals, n);
        Arrays.sort(sorted);
        double threshold = sorted[n - m];
        int above = 0;
        for (int i = 0; i < n; i++) {
            if (totals[i] > threshold) {
                above++;
            }
        }
        int ties = m - above;
        int[] tail = new int[m];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (totals[i] > threshold) {
                tail[k++] = i;
            } else if (totals[i] == threshold && ties > 0) {
                tail[k++] = i;
                ties--;
            }
        }
        return tail;
    }
}
