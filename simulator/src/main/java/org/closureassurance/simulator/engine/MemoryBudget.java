package org.closureassurance.simulator.engine;

import java.util.function.IntToLongFunction;

/**
 * The largest iteration count whose run fits a memory budget, found by halving: a run's memory
 * grows with its iteration count, so the counts that fit are a prefix of 1, 2, 3, ... Shared by
 * the engine's refusal and by callers that check a run before offering it.
 */
public final class MemoryBudget {
    private MemoryBudget() {
    }

    /**
     * The largest {@code n} in 1..{@code upTo} with {@code bytesFor(n) <= budget}, or 0 when not
     * even one iteration fits. {@code bytesFor} must not decrease as {@code n} grows.
     */
    public static int largestIterations(IntToLongFunction bytesFor, long budget, int upTo) {
        if (upTo < 1 || bytesFor.applyAsLong(1) > budget) {
            return 0;
        }
        int lo = 1;
        int hi = upTo;
        while (lo < hi) {
            int mid = (int) (((long) lo + hi + 1) >>> 1);
            if (bytesFor.applyAsLong(mid) <= budget) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
