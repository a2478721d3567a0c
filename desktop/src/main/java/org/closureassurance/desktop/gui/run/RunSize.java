package org.closureassurance.desktop.gui.run;

import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;
import org.closureassurance.simulator.engine.MemoryBudget;
import org.closureassurance.simulator.model.Scenario;

/**
 * Whether a run fits in the memory this computer can give it, checked before Run is offered:
 * the engine's estimate of a run's memory against the memory free for it, and the largest
 * iteration count that fits, so a run that cannot be done is never started, and the user is
 * told what to change in the app rather than on a command line.
 *
 * @param estimate    the engine's estimate of the heap bytes a run of a scenario needs
 * @param usableBytes the heap bytes a run may use now
 */
public record RunSize(ToLongFunction<Scenario> estimate, LongSupplier usableBytes) {
    public RunSize {
        Objects.requireNonNull(estimate, "estimate");
        Objects.requireNonNull(usableBytes, "usableBytes");
    }

    /**
     * Why {@code scenario} cannot be run here, in the app's words (with the largest iteration
     * count that fits), or null when it fits.
     */
    public String refusal(Scenario scenario) {
        long usable = usableBytes.getAsLong();
        long need = estimate.applyAsLong(scenario);
        if (need <= usable) {
            return null;
        }
        int max = maxIterations(scenario, usable);
        if (max < 1) {
            return String.format(Locale.ROOT, "Too large for this computer: the year-by-year results alone need about "
                    + "%s of memory and %s is free. Shorten the horizon or use fewer rehabilitation domains.",
                    size(estimate.applyAsLong(withIterations(scenario, 1))), size(usable));
        }
        return String.format(Locale.ROOT, "Too large for this computer: at most %,d iterations fit in the %s of memory "
                + "free (%,d need about %s). Lower Iterations to run.",
                max, size(usable), scenario.simulation().iterations(), size(need));
    }

    /**
     * The largest iteration count of {@code scenario} whose estimate is within {@code usable}
     * bytes, 0 when none is.
     */
    int maxIterations(Scenario scenario, long usable) {
        return MemoryBudget.largestIterations(n -> estimate.applyAsLong(withIterations(scenario, n)), usable,
                scenario.simulation().iterations());
    }

    private static Scenario withIterations(Scenario s, int n) {
        return s.withSimulation(s.simulation().withIterations(n));
    }

    /** Bytes for reading: {@code 850 MB}, {@code 4,096 MB}, {@code 465 GB}. */
    static String size(long bytes) {
        long megabytes = Math.max(1, bytes >> 20);
        return megabytes < 10_240 ? String.format(Locale.ROOT, "%,d MB", megabytes)
                : String.format(Locale.ROOT, "%,d GB", megabytes >> 10);
    }
}
