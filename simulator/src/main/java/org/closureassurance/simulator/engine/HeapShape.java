package org.closureassurance.simulator.engine;

import java.lang.management.ManagementFactory;

/**
 * How this JVM's heap stores arrays, for the memory estimate: a 16-byte header and the elements,
 * rounded up to 8 bytes; under the G1 collector, arrays pack into heap regions. An array larger
 * than half a region is "humongous" and takes whole regions of its own, the rest of its last
 * region staying empty: runs of many domains hold thousands of such arrays (two per domain), and
 * counting them at their element size under-estimated a 500-domain run by about 40 %. Smaller
 * arrays leave a tail at the end of each region (see {@link #arrayBytes}).
 *
 * @param regionBytes G1's heap region size, or 0 when the collector does not use regions
 * @param gcThreads   the collector's parallel threads: each may leave a region partly filled
 */
record HeapShape(long regionBytes, int gcThreads) {
    private static final long MB = 1L << 20;
    /** Read once: the collector and its region size are fixed when the JVM starts. */
    private static final HeapShape CURRENT = probe();

    /** The running JVM's collector, region size and collector threads. */
    static HeapShape current() {
        return CURRENT;
    }

    private static HeapShape probe() {
        int cpus = Runtime.getRuntime().availableProcessors();
        try {
            com.sun.management.HotSpotDiagnosticMXBean vm =
                    ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            int threads = Integer.parseInt(vm.getVMOption("ParallelGCThreads").getValue());
            if (!Boolean.parseBoolean(vm.getVMOption("UseG1GC").getValue())) {
                return new HeapShape(0, threads);
            }
            return new HeapShape(Long.parseLong(vm.getVMOption("G1HeapRegionSize").getValue()), threads);
        } catch (RuntimeException | LinkageError e) {
            return new HeapShape(ergonomicRegion(Runtime.getRuntime().maxMemory()), cpus);
        }
    }

    /** G1's own choice for a heap of {@code maxHeap} bytes: about 2,048 regions, a power of 2 from 1 to 32 MB. */
    static long ergonomicRegion(long maxHeap) {
        long target = Math.max(MB, Math.min(32 * MB, maxHeap / 2048));
        return Long.highestOneBit(target) == target ? target : Long.highestOneBit(target) << 1;
    }

    /**
     * Heap bytes of an array of {@code length} elements of {@code elementBytes} bytes each. Under
     * G1 an array that does not fit in the rest of a region starts the next one, so arrays of one
     * size take a region per {@code floor(region / size)} of them: the share of a region each
     * takes is counted (6 % more than its size for the 160 KB records of 20,000 iterations in
     * 1 MB regions).
     */
    long arrayBytes(long length, int elementBytes) {
        long bytes = (16 + length * elementBytes + 7) & ~7L;
        if (regionBytes == 0) {
            return bytes;
        }
        if (bytes > regionBytes / 2) {
            return (bytes + regionBytes - 1) / regionBytes * regionBytes;
        }
        long perRegion = regionBytes / bytes;
        return (regionBytes + perRegion - 1) / perRegion;
    }

    /**
     * Heap the collector may leave unusable when the heap is nearly full: a region per collector
     * thread (each compacts into its own, and leaves its last one partly filled) and one more
     * (the allocating region), at least 1 MB each. Measured with 2 collector threads (three
     * regions); more would over-count small runs, whose need is a few regions above their arrays.
     */
    long slackBytes() {
        return (1L + gcThreads) * Math.max(regionBytes, MB);
    }
}
