package org.closureassurance.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.portfolio.Portfolio;
import org.closureassurance.simulator.portfolio.PortfolioEngine;
import org.closureassurance.simulator.portfolio.PortfolioResults;

/**
 * One cold portfolio run timed as the command line has it, the measuring half that the
 * portfolio benchmarks share: reads SITES ITERATIONS THREADS, builds the benchmark's register,
 * runs it and prints wall and process CPU seconds (all threads, the JIT and the collector
 * included) with the run's headline figures.
 */
final class ColdPortfolioRun {
    /** A benchmark's generated register of {@code count} sites run for {@code iterations}. */
    interface Register {
        Portfolio of(int count, int iterations);
    }

    private ColdPortfolioRun() {
    }

    private static long cpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * Runs {@code register} with {@code args}; {@code kind} qualifies the sites in the printed
     * line ("scenario " or empty).
     */
    static void run(String bench, String kind, Register register, String[] args) {
        if (args.length != 3) {
            System.err.println("usage: " + bench + " SITES ITERATIONS THREADS");
            System.exit(2);
        }
        long wall0 = System.nanoTime();
        long cpu0 = cpuNanos();
        Portfolio portfolio = register.of(Integer.parseInt(args[0]), Integer.parseInt(args[1]));
        PortfolioResults r = new PortfolioEngine(Integer.parseInt(args[2]), "bench").run(portfolio,
                ProgressListener.NONE);
        long wall1 = System.nanoTime();
        long cpu1 = cpuNanos();
        double uptime = ManagementFactory.getRuntimeMXBean().getUptime() / 1e3;
        System.out.printf("%d " + kind + "sites x %,d iterations on %d threads: run %.2f s wall, %.2f s CPU; process"
                        + " %.2f s wall; forfeitures %.2f a run, total shortfall %.4g, fund exhaustion %.3f%n",
                r.sites(), r.iterations(), r.run().threads(), (wall1 - wall0) / 1e9, (cpu1 - cpu0) / 1e9, uptime,
                r.forfeitures().mean(), r.totalShortfall().mean(), r.fund().exhaustionProbability());
    }
}
