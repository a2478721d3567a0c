package org.closureassurance.simulator.statistics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.closureassurance.simulator.random.RandomStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Spearman's correlation from order keys must equal the Pearson correlation of average ranks
 * computed the plain way ({@link Ranks#spearman}) on the same order, ties and unsigned keys
 * (above 2^31) included.
 */
class KeyedSpearmanTest {

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 17, 2048, 100_003})
    void matchesThePlainSpearmanWithTiesAndHighKeys(int n) {
        RandomStream r = new RandomStream();
        r.reset(n);
        int[] keys = new int[n];
        double[] keyValues = new double[n];
        double[] other = new double[n];
        for (int i = 0; i < n; i++) {
            double u = r.nextUniform();
            // A third are ties among 5 values; the rest spread over the whole unsigned range.
            keys[i] = i % 3 == 0 ? (int) (u * 5) : (int) (long) (u * 4294967296.0);
            keyValues[i] = Integer.toUnsignedLong(keys[i]);
            other[i] = 0.7 * u + 0.3 * r.nextUniform();
        }
        other[n - 1] = other[0];
        double expected = Ranks.spearman(keyValues, other, n);
        double actual = Ranks.spearmanOfKeys(keys, identity(n), Ranks.twiceAverageRanks(other, n), new RankWorkspace());
        assertEquals(expected, actual, 1e-12);
    }

    private static int[] identity(int n) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        return idx;
    }

    /**
     * The correlation the definition gives, summed in the same order as the radix sort's: the
     * selected iterations ordered by unsigned key with a stable comparison sort (ties keep
     * their selection order), each tie group given its doubled mean position {@code i + j + 2},
     * products summed group by group. Equal to the last bit, so the sort must be stable and
     * carry every other rank with its key.
     */
    private static double referenceInSortOrder(int[] keys, int[] selected, int[] twiceOther) {
        int n = selected.length;
        Integer[] byKey = new Integer[n];
        for (int m = 0; m < n; m++) {
            byKey[m] = m;
        }
        Arrays.sort(byKey, (a, b) -> Integer.compareUnsigned(keys[selected[a]], keys[selected[b]]));
        double twiceMean = n + 1.0;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && keys[selected[byKey[j + 1]]] == keys[selected[byKey[i]]]) {
                j++;
            }
            for (int m = i; m <= j; m++) {
                double r = (i + j + 2.0) - twiceMean;
                double d = twiceOther[byKey[m]] - twiceMean;
                sxy += r * d;
                sxx += r * r;
                syy += d * d;
            }
            i = j + 1;
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 2047, 2048, 100_003})
    void aSelectionOfIterationsCorrelatesLikeTheDefinitionToTheLastBit(int n) {
        // Keys over all iterations (ties among 7 values in a fifth, the rest over the whole
        // unsigned range, 2^31 and above included); every third iteration left out, as
        // iterations without forfeiture are.
        RandomStream r = new RandomStream();
        r.reset(77 + n);
        int all = n + n / 2;
        int[] keys = new int[all];
        double[] liability = new double[all];
        for (int i = 0; i < all; i++) {
            double u = r.nextUniform();
            keys[i] = i % 5 == 0 ? (int) (u * 7) : (int) (long) (u * 4294967296.0);
            liability[i] = Math.floor(10 * (0.5 * u + 0.5 * r.nextUniform()));
        }
        int[] selected = new int[n];
        double[] selectedLiability = new double[n];
        double[] selectedKeys = new double[n];
        for (int m = 0, i = 0; m < n; i++) {
            if (i % 3 != 2 || all - i <= n - m) {
                selected[m] = i;
                selectedLiability[m] = liability[i];
                selectedKeys[m] = Integer.toUnsignedLong(keys[i]);
                m++;
            }
        }
        int[] twice = Ranks.twiceAverageRanks(selectedLiability, n);
        int[] keysBefore = keys.clone();
        double actual = Ranks.spearmanOfKeys(keys, selected, twice, new RankWorkspace());
        assertEquals(referenceInSortOrder(keys, selected, twice), actual, 0.0);
        assertEquals(Ranks.spearman(selectedKeys, selectedLiability, n), actual, 1e-12);
        assertArrayEquals(keysBefore, keys);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 1000})
    void constantKeysCorrelateWithNothing(int n) {
        int[] keys = new int[n];
        double[] other = new double[n];
        for (int i = 0; i < n; i++) {
            other[i] = i;
        }
        assertEquals(0.0, Ranks.spearmanOfKeys(keys, identity(n), Ranks.twiceAverageRanks(other, n), new RankWorkspace()));
    }
}
