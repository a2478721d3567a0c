package org.closureassurance.simulator.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.results.Stats;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one-factor model in closed form (Vasicek 2002). N identical simple sites, horizon 1, no
 * assurance and no fund, each forfeiting in year 0 with probability h, tied to the factor with
 * weight w: site i forfeits when {@code sqrt(w) M + sqrt(1-w) eps_i < a}, {@code a = Phi^-1(h)}.
 * The count K = Σ 1_i has
 *   E K = N h,
 *   Var K = Σ Var 1_i + Σ_(i≠j) Cov(1_i, 1_j) = N h(1-h) + N(N-1)(P(both) - h²),
 * and P(both) = Φ2(a, a; w), the bivariate normal CDF at correlation w (the two latent
 * normals share the factor, so their correlation is sqrt(w)·sqrt(w) = w). Conditioning on
 * M = z makes the two events independent with probability Φ((a - sqrt(w) z)/sqrt(1-w)) each:
 *   Φ2(a, a; w) = ∫ φ(z) Φ((a - sqrt(w) z)/sqrt(1-w))² dz,
 * integrated here by Simpson's rule (Commons Math has no bivariate normal CDF).
 *
 * Tolerances: 4 standard errors. The mean's is sqrt(Var K / n). The sample variance's is
 * sqrt((μ4 - Var²)/n), with μ4 the fourth central moment of K from its mixture law
 * P(K = k) = ∫ φ(z) Binomial(k; N, p(z)) dz, also integrated numerically. A correct engine
 * fails one of the four checks about once in 4,000 runs; with fixed seeds it never varies.
 */
class OneFactorClosedFormTest {
    private static final int SITES = 20;
    private static final double H = 0.05;
    private static final int N_ITER = 20_000;
    private static final NormalDistribution STD = new NormalDistribution(null, 0, 1);

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.3})
    void forfeitureCountHasTheOneFactorMeanAndVariance(double w) {
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < SITES; i++) {
            sites.add(PortfolioFixture.site("site " + i, 1.0, 0, PortfolioFixture.hazard(H, w), List.of()));
        }
        Portfolio p = PortfolioFixture.portfolio(PortfolioFixture.settings(N_ITER, 11, 1), 0.03,
                PortfolioFixture.metal(), List.of(), sites, null);
        PortfolioResults results = new PortfolioEngine(2, "test").run(p, ProgressListener.NONE);
        Stats count = results.forfeitures();
        long[] histogram = results.distributions().forfeitureCounts();
        assertEquals(SITES + 1, histogram.length);
        assertEquals(N_ITER, java.util.Arrays.stream(histogram).sum(), "the histogram counts every iteration once");

        double a = STD.inverseCumulativeProbability(H);
        double both = integrate(z -> {
            double c = STD.cumulativeProbability((a - Math.sqrt(w) * z) / Math.sqrt(1 - w));
            return c * c;
        });
        double mean = SITES * H;
        double variance = SITES * H * (1 - H) + SITES * (SITES - 1.0) * (both - H * H);
        double mu4 = fourthCentralMoment(a, w, mean);

        assertEquals(mean, count.mean(), 4 * Math.sqrt(variance / N_ITER), "mean of the forfeiture count");
        double sd = count.sd();
        assertEquals(variance, sd * sd, 4 * Math.sqrt((mu4 - variance * variance) / N_ITER),
                "variance of the forfeiture count");
        if (w == 0.0) {
            assertEquals(SITES * H * (1 - H), variance, 1e-12, "w = 0: binomial variance, Φ2 = h²");
        }
    }

    /** E (K - mean)^4 under the mixture law of K. */
    private static double fourthCentralMoment(double a, double w, double mean) {
        double total = 0;
        for (int k = 0; k <= SITES; k++) {
            int kk = k;
            double pk = integrate(z -> {
                double p = STD.cumulativeProbability((a - Math.sqrt(w) * z) / Math.sqrt(1 - w));
                return new BinomialDistribution(null, SITES, p).probability(kk);
            });
            total += pk * Math.pow(k - mean, 4);
        }
        return total;
    }

    /** ∫ φ(z) f(z) dz over [-9, 9] by Simpson's rule with 2,000 intervals. */
    private static double integrate(DoubleUnaryOperator f) {
        int m = 2000;
        double lo = -9;
        double step = 18.0 / m;
        double sum = 0;
        for (int j = 0; j <= m; j++) {
            double z = lo + j * step;
            double weight = j == 0 || j == m ? 1 : j % 2 == 1 ? 4 : 2;
            sum += weight * STD.density(z) * f.applyAsDouble(z);
        }
        return sum * step / 3;
    }
}
