package org.closureassurance.simulator.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyedPermutationTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 1000, 1 << 16, 100003})
    void isABijection(int n) {
        for (long key : new long[] {0L, 1L, -1L, 0x9E3779B97F4A7C15L}) {
            KeyedPermutation permutation = new KeyedPermutation(n, key);
            BitSet seen = new BitSet(n);
            for (int i = 0; i < n; i++) {
                int image = permutation.apply(i);
                assertTrue(image >= 0 && image < n, "image in range");
                assertFalse(seen.get(image), "image " + image + " hit twice");
                seen.set(image);
            }
            assertEquals(n, seen.cardinality());
        }
    }

    @Test
    void differentKeysGiveDifferentPermutationsAndTheSameKeyTheSame() {
        int n = 1000;
        Set<String> distinct = new HashSet<>();
        int[] identity = new int[n];
        Arrays.setAll(identity, i -> i);
        for (long key = 0; key < 50; key++) {
            int[] images = images(new KeyedPermutation(n, key));
            assertFalse(Arrays.equals(identity, images), "key " + key + " gave the identity");
            distinct.add(Arrays.toString(images));
            assertTrue(Arrays.equals(images, images(new KeyedPermutation(n, key))), "same key, same permutation");
        }
        assertEquals(50, distinct.size());
        // Even two elements get both orders from some keys.
        Set<Integer> firstImages = new HashSet<>();
        for (long key = 0; key < 20; key++) {
            firstImages.add(new KeyedPermutation(2, key).apply(0));
        }
        assertEquals(Set.of(0, 1), firstImages);
    }

    @Test
    void permutationsOfDifferentKeysAreUncorrelated() {
        // Latin hypercube needs the strata of two inputs to be unrelated: the correlation of
        // perm_1(i) and perm_2(i) over n = 100,003 has standard error 1/sqrt(n) under
        // independence; 4 standard errors are exceeded by chance with probability 6e-5.
        int n = 100_003;
        double[] a = new double[n];
        double[] b = new double[n];
        KeyedPermutation first = new KeyedPermutation(n, 11L);
        KeyedPermutation second = new KeyedPermutation(n, 12L);
        for (int i = 0; i < n; i++) {
            a[i] = first.apply(i);
            b[i] = second.apply(i);
        }
        double[] index = new double[n];
        Arrays.setAll(index, i -> i);
        double bound = 4.0 / Math.sqrt(n);
        assertTrue(Math.abs(RandomStreamTest.correlation(a, b)) < bound, "two keys");
        assertTrue(Math.abs(RandomStreamTest.correlation(index, a)) < bound, "index and image");
    }

    @Test
    void latinHypercubeUniformsFillEveryStratumExactlyOnce() {
        int n = 10_000;
        KeyedPermutation permutation = new KeyedPermutation(n, RandomStream.seedFor(7L, 0, 3));
        RandomStream jitter = new RandomStream();
        int[] perStratum = new int[n];
        for (int i = 0; i < n; i++) {
            jitter.reset(RandomStream.seedFor(7L, i, 4));
            double u = permutation.stratifiedUniform(i, jitter.nextUniform());
            int k = (int) Math.floor(u * n);
            assertTrue(u >= (double) k / n && u < (k + 1.0) / n, "u = " + u);
            perStratum[k]++;
        }
        for (int k = 0; k < n; k++) {
            assertEquals(1, perStratum[k], "stratum " + k);
        }
    }

    @Test
    void stratifiedUniformStaysInItsStratumWhenTheSumRoundsUp() {
        // 9999 + (1 - 2^-53) rounds to 10000.0, so the plain (stratum + jitter) / n would give 1.0.
        int n = 10_000;
        double largestJitter = 1.0 - 0x1.0p-53;
        assertEquals(1.0, (n - 1 + largestJitter) / n);
        KeyedPermutation permutation = new KeyedPermutation(n, 3L);
        for (int i = 0; i < n; i++) {
            int stratum = permutation.apply(i);
            double u = permutation.stratifiedUniform(i, largestJitter);
            assertTrue(u >= (double) stratum / n && u < (stratum + 1.0) / n, "i = " + i);
            assertTrue(u > 0.0 && u < 1.0);
            double low = permutation.stratifiedUniform(i, 0x1.0p-53);
            assertTrue(low >= (double) stratum / n && low > 0.0, "i = " + i);
        }
    }

    @Test
    void rejectsIndicesOutsideTheDomainAndEmptyDomains() {
        KeyedPermutation permutation = new KeyedPermutation(10, 1L);
        assertThrows(IndexOutOfBoundsException.class, () -> permutation.apply(10));
        assertThrows(IndexOutOfBoundsException.class, () -> permutation.apply(-1));
        assertThrows(IllegalArgumentException.class, () -> new KeyedPermutation(0, 1L));
    }

    private static int[] images(KeyedPermutation permutation) {
        int[] images = new int[1000];
        Arrays.setAll(images, permutation::apply);
        return images;
    }
}
