package org.closureassurance.simulator.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Order keys must order draws as their values do (compared unsigned) and tie only equal discrete values. */
class OrderKeyTest {

    @Test
    void uniformKeysSpanTheUnsignedRangeInOrder() {
        assertEquals(0, OrderKey.ofUniform(0.0));
        assertEquals(0x8000_0000, OrderKey.ofUniform(0.5));
        assertEquals(-1, OrderKey.ofUniform(Math.nextDown(1.0)));
        long previous = -1;
        for (int k = 0; k <= 1000; k++) {
            long key = Integer.toUnsignedLong(OrderKey.ofUniform(Math.min(k / 1000.0, Math.nextDown(1.0))));
            assertTrue(key > previous, "u = " + k / 1000.0);
            previous = key;
        }
        // Uniforms 2^-32 apart fall in neighbouring keys.
        assertEquals(1, OrderKey.ofUniform(0x1.0p-32) - OrderKey.ofUniform(0.0));
    }

    @Test
    void normalScoreKeysIncreaseWithTheScoreAndResolveCloseScores() {
        long previous = -1;
        for (double z = -40; z <= 40; z += 0.001) {
            long key = Integer.toUnsignedLong(OrderKey.ofNormalScore(z));
            assertTrue(key >= previous, "z = " + z);
            previous = key;
        }
        // Near the centre, scores 1e-8 apart get different keys; at |z| = 8, scores 1e-5 apart.
        assertTrue(Integer.compareUnsigned(OrderKey.ofNormalScore(0.3), OrderKey.ofNormalScore(0.3 + 1e-8)) < 0);
        assertTrue(Integer.compareUnsigned(OrderKey.ofNormalScore(8), OrderKey.ofNormalScore(8 + 1e-5)) < 0);
        assertTrue(Integer.compareUnsigned(OrderKey.ofNormalScore(-8 - 1e-5), OrderKey.ofNormalScore(-8)) < 0);
        // Negative scores mirror their magnitude's key, so no cancellation reorders neighbours
        // (computing 1/2 + z/(2 sqrt(1 + z^2)) directly put these two in the wrong order).
        double z0 = -5.532241727701966;
        assertTrue(Integer.compareUnsigned(OrderKey.ofNormalScore(z0), OrderKey.ofNormalScore(Math.nextUp(z0))) <= 0);
        int previousKey = OrderKey.ofNormalScore(-6.0);
        for (double z = -6.0; z < -5.0; z = Math.nextUp(z + 1e-6)) {
            int key = OrderKey.ofNormalScore(z);
            assertTrue(Integer.compareUnsigned(previousKey, key) <= 0, "z = " + z);
            previousKey = key;
        }
        // Symmetric about 0, which sits in the middle of the range.
        assertEquals(0x8000_0000, OrderKey.ofNormalScore(0.0));
        assertEquals(0x7FFF_FFFF, OrderKey.ofNormalScore(-1e-300));
        assertEquals(~OrderKey.ofNormalScore(1.5), OrderKey.ofNormalScore(-1.5));
        assertEquals(-1, OrderKey.ofNormalScore(Double.MAX_VALUE));
        assertEquals(0, OrderKey.ofNormalScore(-Double.MAX_VALUE));
    }

    @Test
    void discreteKeysAreIndicesOfTheSortedValues() {
        double[] atoms = {-2.0, 0.0, 3.5, 10.0};
        assertEquals(0, OrderKey.ofAtom(atoms, -2.0));
        assertEquals(1, OrderKey.ofAtom(atoms, 0.0));
        assertEquals(2, OrderKey.ofAtom(atoms, 3.5));
        assertEquals(3, OrderKey.ofAtom(atoms, 10.0));
        assertEquals(0, OrderKey.ofAtom(new double[] {7.0}, 7.0));
    }
}
