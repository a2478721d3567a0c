package org.closureassurance.simulator.engine;

import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;
import org.closureassurance.simulator.model.Scenario;

/**
 * Runs a {@link MemoryShapes} scenario in a fresh JVM with only a given share of its own
 * estimate left free on the heap: the rest is filled with ballast of small arrays (a quarter of
 * a heap region each, so the collector can pack them) before the run starts. Exits 0 when the
 * run completes, 3 when it runs out of memory. Arguments: {@code DOMAINS HORIZON ITERATIONS
 * THREADS PERCENT}.
 */
public final class MemoryBudgetRun {
    static final int OUT_OF_MEMORY = 3;

    private MemoryBudgetRun() {
    }

    public static void main(String[] args) {
        Scenario s = MemoryShapes.of(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        MonteCarloEngine engine = new MonteCarloEngine(Integer.parseInt(args[3]));
        long budget = engine.estimateBytes(s) / 100 * Integer.parseInt(args[4]);
        long region = HeapShape.current().regionBytes();
        int chunk = (int) (region > 0 ? region / 4 : 1 << 18);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long fill = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory()) - budget;
        List<int[]> ballast = new ArrayList<>();
        for (; fill >= chunk; fill -= chunk) {
            ballast.add(new int[chunk / Integer.BYTES - 4]);
        }
        System.gc();
        try {
            engine.simulate(s, ProgressListener.NONE);
        } catch (OutOfMemoryError e) {
            System.exit(OUT_OF_MEMORY);
        }
        Reference.reachabilityFence(ballast);
        System.exit(0);
    }
}
