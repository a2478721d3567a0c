package org.closureassurance.simulator.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NamedStreamsTest {

    /* FNV-1a of the empty string is the offset basis 0xcbf29ce484222325 (the algorithm's published value). */
    @Test
    void keyOfTheEmptyNameIsTheFinalisedOffsetBasis() {
        assertEquals(RandomStream.mix64(0xCBF29CE484222325L), NamedStreams.key(""));
    }

    /* FNV-1a 64 of "a" is 0xaf63dc4c8601ec8c (published test vector of the algorithm). */
    @Test
    void keyFollowsTheFnv1aTestVector() {
        assertEquals(RandomStream.mix64(0xAF63DC4C8601EC8CL), NamedStreams.key("a"));
    }

    @Test
    void aNamesSeedDependsOnItsNameSeedIterationAndPurposeOnly() {
        long quarry = NamedStreams.seedFor(42, "Quarry 17", 5, 3);
        assertEquals(quarry, NamedStreams.seedFor(42, "Quarry 17", 5, 3));
        assertNotEquals(quarry, NamedStreams.seedFor(42, "Quarry 18", 5, 3));
        assertNotEquals(quarry, NamedStreams.seedFor(43, "Quarry 17", 5, 3));
        assertNotEquals(quarry, NamedStreams.seedFor(42, "Quarry 17", 6, 3));
        assertNotEquals(quarry, NamedStreams.seedFor(42, "Quarry 17", 5, 4));
    }

    /* 10,000 register-like names and 100 iterations: a repeated seed would have probability ~ 1e12 / 2^64 ~ 5e-8. */
    @Test
    void manyNamesAndIterationsGetDistinctSeeds() {
        Set<Long> seeds = new HashSet<>();
        for (int site = 0; site < 10_000; site++) {
            for (int i = 0; i < 100; i++) {
                seeds.add(NamedStreams.seedFor(1, "Site " + site, i, 0));
            }
        }
        assertEquals(1_000_000, seeds.size());
    }
}
