package org.closureassurance.desktop.gui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.closureassurance.scenarios.bundled.BundledScenarios;
import org.closureassurance.simulator.model.Scenario;
import org.junit.jupiter.api.Test;

class RunSizeTest {
    private static Scenario withIterations(int n) {
        Scenario s = BundledScenarios.load(BundledScenarios.defaultName());
        return s.withSimulation(s.simulation().withIterations(n));
    }

    /**
     * An estimate of 1,000,000 + 100 n bytes with 2,000,000 free: n = 10,000 is the largest with
     * 1,000,000 + 100 n ≤ 2,000,000. At 20,000 iterations the run needs 3,000,000 bytes, 2 MB
     * (whole megabytes of 2^20 bytes, rounded down), and 2,000,000 bytes is 1 MB.
     */
    @Test
    void namesTheLargestIterationCountThatFits() {
        RunSize size = new RunSize(s -> 1_000_000L + 100L * s.simulation().iterations(), () -> 2_000_000L);

        assertEquals("Too large for this computer: at most 10,000 iterations fit in the 1 MB of memory free (20,000 "
                + "need about 2 MB). Lower Iterations to run.", size.refusal(withIterations(20_000)));
        assertNull(size.refusal(withIterations(10_000)));
        assertEquals(10_000, size.maxIterations(withIterations(1_000_000_000), 2_000_000L));
    }

    /** When the part that does not grow with iterations (3,000,000 bytes) alone exceeds the room, no count fits. */
    @Test
    void saysWhatToChangeWhenNoIterationCountFits() {
        RunSize size = new RunSize(s -> 3_000_000L + 100L * s.simulation().iterations(), () -> 2_000_000L);

        assertEquals("Too large for this computer: the year-by-year results alone need about 2 MB of memory and "
                + "1 MB is free. Shorten the horizon or use fewer rehabilitation domains.",
                size.refusal(withIterations(20_000)));
    }

    /** Sizes up to 10,239 MB read in megabytes, larger in whole gigabytes (2^30 bytes). */
    @Test
    void readsSizesInMegabytesOrGigabytes() {
        assertEquals("10,239 MB", RunSize.size(10_239L << 20));
        assertEquals("10 GB", RunSize.size(10_240L << 20));
        assertEquals("465 GB", RunSize.size(465L << 30));
    }
}
