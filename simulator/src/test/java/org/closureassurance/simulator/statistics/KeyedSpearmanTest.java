package org.closureassurance.simulator.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        double actual = Ranks.spearmanOfKeys(keys.clone(), n, Ranks.twiceAverageRanks(other, n), new RankWorkspace(n));
        assertEquals(expected, actual, 1e-12);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 1000})
    void constantKeysCorrelateWithNothing(int n) {
        int[] keys = new int[n];
        double[] other = new double[n];
        for (int i = 0; i < n; i++) {
            other[i] = i;
        }
        assertEquals(0.0, Ranks.spearmanOfKeys(keys, n, Ranks.twiceAverageRanks(other, n), new RankWorkspace(1)));
    }
}
