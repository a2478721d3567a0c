package org.closureassurance.simulator.random;

/**
 * Seeds of random streams keyed by a name (a portfolio's site, factor, provider or fund) as
 * well as by master seed, iteration and purpose, so that a site's draws depend on its own name
 * only: adding, removing or reordering other sites never changes them.
 *
 * <p>The name's key is the 64-bit FNV-1a hash of its UTF-16 code units passed through the
 * SplitMix64 finaliser; it is mixed into the master seed of {@link RandomStream#seedFor}. Two
 * distinct names share a key with probability about 2^-64.
 */
public final class NamedStreams {
    private static final long FNV_OFFSET = 0xCBF29CE484222325L;
    private static final long FNV_PRIME = 0x100000001B3L;

    private NamedStreams() {
    }

    /** The seed of the stream of {@code name} for {@code purpose} in {@code iteration} under {@code masterSeed}. */
    public static long seedFor(long masterSeed, String name, long iteration, int purpose) {
        return RandomStream.seedFor(nameSeed(masterSeed, name), iteration, purpose);
    }

    /**
     * The master seed of {@code name}'s streams: {@code seedFor(masterSeed, name, i, purpose)} is
     * {@code RandomStream.seedFor(nameSeed(masterSeed, name), i, purpose)}, so a hot loop can
     * hash the name once per run instead of once per iteration.
     */
    public static long nameSeed(long masterSeed, String name) {
        return masterSeed ^ key(name);
    }

    /** The 64-bit key of {@code name}. */
    static long key(String name) {
        long h = FNV_OFFSET;
        for (int i = 0; i < name.length(); i++) {
            h ^= name.charAt(i);
            h *= FNV_PRIME;
        }
        return RandomStream.mix64(h);
    }
}
