package org.closureassurance.simulator.engine;

import static org.closureassurance.simulator.engine.ScenarioFixture.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.analysis.integration.SimpsonIntegrator;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.BondKind;
import org.closureassurance.simulator.model.Driver;
import org.closureassurance.simulator.model.Drivers;
import org.closureassurance.simulator.model.Forfeiture;
import org.closureassurance.simulator.model.Provider;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.value.Normal;
import org.closureassurance.simulator.value.Uniform;
import org.closureassurance.simulator.value.Value;
import org.junit.jupiter.api.Test;

/**
 * Economic factors, drivers and named providers (docs/model.md, "Economic factors") against
 * hand-derived figures. Statistical checks use four standard errors of the estimated
 * probability (a false alarm about once in 16,000 seeds; the seeds are fixed, so a run always
 * passes or always fails). Reference bivariate normal probabilities come from Commons Math's
 * normal CDF and a Simpson integral of the one-factor identity
 * {@code Phi2(a, b; r) = int phi(m) Phi((a - sqrt(r) m)/sqrt(1-r)) Phi((b - sqrt(r) m)/sqrt(1-r)) dm}
 * (r >= 0), independent of the engine.
 */
class EconomicFactorsTest {
    private static final NormalDistribution PHI = new NormalDistribution(null, 0, 1);
    private static final int N = 200_000;

    private static SimulationResults run(ScenarioFixture s) {
        return new MonteCarloEngine(2).run(s.build(), ProgressListener.NONE);
    }

    /** {@code Phi2(a, b; r)} for {@code 0 <= r < 1}, by Simpson's rule over m in [-9, 9]. */
    static double bivariateNormal(double a, double b, double r) {
        double sr = Math.sqrt(r);
        double s1 = Math.sqrt(1 - r);
        return new SimpsonIntegrator(1e-12, 1e-12, 3, 30).integrate(1_000_000,
                m -> PHI.density(m) * PHI.cumulativeProbability((a - sr * m) / s1)
                        * PHI.cumulativeProbability((b - sr * m) / s1), -9, 9);
    }

    private static void assertProbability(double expected, double estimate, int n) {
        double se = Math.sqrt(expected * (1 - expected) / n);
        assertEquals(expected, estimate, 4 * se, "within 4 standard errors (" + se + ")");
    }

    private static AssuranceInstrument guarantee(String name, double amount, double p, Driver driver) {
        return new AssuranceInstrument.ParentGuarantee(name, null, Value.of(amount), Value.of(p), driver);
    }

    @Test
    void forfeitureAndGuarantorFailureTogetherFollowTheBivariateNormal() {
        // One year (H = 1), closure in year 0, so year 0 uses the after-closure hazard h = 0.2.
        // Forfeiture happens when sqrt(w) M_0 + sqrt(1-w) e1 < Phi^-1(h) and the guarantor fails
        // when sqrt(w) M_0 + sqrt(1-w) e2 < Phi^-1(p), p = 0.3, w = 0.5: two standard normals
        // with correlation w, so P(both) = Phi2(Phi^-1(0.2), Phi^-1(0.3); 0.5) = 0.11525
        // (independent: 0.06). The liability is 1 and the guarantee 1e6, so a forfeiting
        // iteration is uncovered exactly when the guarantor failed: P(both) = P(forfeit)(1 - coverage).
        Driver w = new Driver("economy", 0.5);
        SimulationResults r = run(scenario().iterations(N).horizon(1).closure(0).factor("economy", 0.6)
                .forfeiture(new Forfeiture.AnnualHazard(Value.of(0.2), Value.of(0.2), w))
                .lump("Works", 1, 0, 1).instrument(guarantee("Parent", 1e6, 0.3, w)));
        double expected = bivariateNormal(PHI.inverseCumulativeProbability(0.2), PHI.inverseCumulativeProbability(0.3),
                0.5);
        assertEquals(0.11525, expected, 1e-5);
        assertProbability(expected, r.forfeitureProbability() * (1 - r.coverageProbability()), N);
        assertProbability(0.2, r.forfeitureProbability(), N);
    }

    @Test
    void twoBondsNamingOneProviderFailTogether() {
        // Forfeiture in year 5; the provider fails in each year with 0.1, so it has failed by year
        // 5 with 1 - 0.9^6; recovery 0. Both bonds are worth their face or both nothing: the
        // assurance is 0 or 3e6, never 1e6 or 2e6, and bond B's realisable value is exactly twice
        // A's in every iteration. The liability 1.5e6 is covered exactly when the provider stands.
        Provider surety = new Provider("Surety", null, Value.of(0.1), Value.of(0), null);
        SimulationResults r = run(scenario().iterations(N).horizon(10).closure(5).forfeitIn(5).provider(surety)
                .lump("Works", 1.5e6, 0, 1).instrument(namedBond("A", 1e6)).instrument(namedBond("B", 2e6)));
        for (double q : r.distributions().assurance()) {
            assertTrue(q == 0 || q == 3e6, "assurance percentile " + q);
        }
        assertEquals(2 * r.instruments().get(0).realisable().mean(), r.instruments().get(1).realisable().mean(),
                1e-6);
        assertProbability(Math.pow(0.9, 6), r.coverageProbability(), N);
    }

    private static AssuranceInstrument namedBond(String name, double amount) {
        return new AssuranceInstrument.Bond(name, null, BondKind.SURETY, Value.of(amount), null, Value.of(0),
                Value.of(0), "Surety", null);
    }

    @Test
    void aDriverOfWeightZeroGivesTheIndependentDistribution() {
        // w = 0: every yearly event independent again. Hazard 0.05 in each of 10 years:
        // P(forfeit) = 1 - 0.95^10 = 0.401263; the guarantor fails with 0.3 whatever the year,
        // so coverage (liability 1, guarantee 1e6) is 0.7 over forfeiting iterations.
        Driver none = new Driver("economy", 0);
        SimulationResults r = run(scenario().iterations(N).horizon(10).closure(0).factor("economy", 0.8)
                .forfeiture(new Forfeiture.AnnualHazard(Value.of(0.05), Value.of(0.05), none))
                .lump("Works", 1, 0, 10).instrument(guarantee("Parent", 1e6, 0.3, none)));
        assertProbability(1 - Math.pow(0.95, 10), r.forfeitureProbability(), N);
        int forfeiting = (int) Math.round(r.forfeitureProbability() * N);
        assertProbability(0.7, r.coverageProbability(), forfeiting);
    }

    @Test
    void eachYearsFactorStateIsStandardNormal() {
        // Forfeiture in year 20 of a factor with persistence 0.9. M_20 is standard normal: its mean
        // over all iterations is 0 (standard error 1/sqrt(N)), and a guarantee driven almost
        // wholly by it (w = 0.99, p = 0.1) fails with probability 0.1 only if its variance is 1
        // (with the innovations left unscaled, var M = 1/(1 - 0.81) and P(fail) would be 0.29).
        SimulationResults r = run(scenario().iterations(N).horizon(21).closure(20).forfeitIn(20).factor("economy", 0.9)
                .lump("Works", 1, 0, 1).instrument(guarantee("Parent", 1e6, 0.1, new Driver("economy", 0.99))));
        assertEquals(0, r.economy().get(0).meanAtForfeiture(), 4 / Math.sqrt(N));
        assertProbability(0.9, r.coverageProbability(), N);
    }

    @Test
    void factorsCorrelateByTheirInnovationsAndPersistences() {
        // Factors a (persistence 0.9) and b (0.3), innovations correlated 0.8. In year 60 (the
        // stationary limit: 0.27^60 is nil) corr(M_a, M_b) = 0.8 sqrt((1-0.81)(1-0.09))/(1-0.27)
        // = 0.455685. Guarantees of 1e6 each, driven with w = 0.99 by a and b, p = 0.3: both fail
        // with Phi2(Phi^-1(0.3), Phi^-1(0.3); 0.99 * 0.455685) = 0.149427 (with 0.8 itself it
        // would be 0.209375). The liability 0.5e6 is uncovered exactly when both fail.
        double limit = 0.8 * Math.sqrt((1 - 0.81) * (1 - 0.09)) / (1 - 0.27);
        SimulationResults r = run(scenario().iterations(N).horizon(61).closure(60).forfeitIn(60).factor("a", 0.9)
                .factor("b", 0.3).correlateFactors("a", "b", 0.8).lump("Works", 0.5e6, 0, 1)
                .instrument(guarantee("A", 1e6, 0.3, new Driver("a", 0.99)))
                .instrument(guarantee("B", 1e6, 0.3, new Driver("b", 0.99))));
        double z = PHI.inverseCumulativeProbability(0.3);
        double expected = bivariateNormal(z, z, 0.99 * limit);
        assertEquals(0.149427, expected, 1e-5);
        assertProbability(1 - expected, r.coverageProbability(), N);
    }

    @Test
    void walkAwaysClusterInBadTimes() {
        // One year, hazard h = 0.1 with weight w = 0.36 on the factor: given forfeiture,
        // E[M_0] = -sqrt(w) phi(Phi^-1(h)) / h = -0.6 * 0.175498 / 0.1 = -1.05299 (the mean of a
        // normal given that a correlated normal fell below a threshold). Standard error below
        // 1/sqrt(0.1 N).
        double z = PHI.inverseCumulativeProbability(0.1);
        double expected = -0.6 * PHI.density(z) / 0.1;
        assertEquals(-1.05299, expected, 1e-5);
        SimulationResults r = run(scenario().iterations(N).horizon(1).closure(0).factor("economy", 0.5)
                .forfeiture(new Forfeiture.AnnualHazard(Value.of(0.1), Value.of(0.1), new Driver("economy", 0.36)))
                .lump("Works", 1, 0, 1));
        assertEquals(List.of("economy"), r.economy().stream().map(f -> f.factor()).toList());
        assertEquals(expected, r.economy().get(0).meanAtForfeiture(), 4 / Math.sqrt(0.1 * N));
        // The share of walk-aways in the factor's worst decile: M_0 and the hazard's latent normal
        // correlate sqrt(w) = 0.6, so P(M_0 < Phi^-1(0.1) | forfeit) = Phi2(Phi^-1(0.1), Phi^-1(0.1); 0.6) / 0.1
        // (0.1 without wrong-way risk). Binomial over the forfeiting iterations.
        double worst = bivariateNormal(z, z, 0.6) / 0.1;
        assertEquals(0.39017, worst, 1e-4);
        int forfeiting = (int) Math.round(r.forfeitureProbability() * N);
        assertProbability(worst, r.economy().get(0).forfeitureShareByDecile()[0], forfeiting);
        // No walk-away is covered (no assurance against a liability of 1), in any decile that has one.
        for (double c : r.economy().get(0).coverageByDecile()) {
            assertTrue(Double.isNaN(c) || c == 0, "coverage " + c);
        }
    }

    @Test
    void aDrivenProviderFailsWithTheOperatorBeforeClosure() {
        // Two years, closure in year 1; the hazard is 0.2 before closure and 0 after, so the
        // operator can only walk away in year 0, driven with w = 0.5. The named provider fails in
        // year 0 when sqrt(w) M_0 + sqrt(1-w) e < Phi^-1(0.3): a bond of 1e6 it wrote is worth 0
        // at forfeiture exactly then, so P(forfeit and uncovered) = Phi2(Phi^-1(0.2), Phi^-1(0.3); 0.5)
        // = 0.11525, as for the guarantee above.
        Driver w = new Driver("economy", 0.5);
        SimulationResults r = run(scenario().iterations(N).horizon(2).closure(1).factor("economy", 0.6)
                .forfeiture(new Forfeiture.AnnualHazard(Value.of(0.2), Value.of(0), w))
                .provider(new Provider("Surety", null, Value.of(0.3), Value.of(0), w))
                .lump("Works", 1, 0, 1).instrument(namedBond("A", 1e6)));
        double expected = bivariateNormal(PHI.inverseCumulativeProbability(0.2), PHI.inverseCumulativeProbability(0.3),
                0.5);
        assertProbability(expected, r.forfeitureProbability() * (1 - r.coverageProbability()), N);
    }

    @Test
    void aDrivenTrustFundLosesInTheFactorsBadYears() {
        // A fund of 1 whose year-0 return is R_0 = 0.03 + 0.07 z, z = sqrt(0.5) M_0 + sqrt(0.5) e_0
        // (normal(0.03, 0.07) through F^-1(Phi(z))), and a guarantee of 10 driven by the same
        // factor with w = 0.5, p = 0.3, judged at forfeiture in year 1 on M_1. Persistence 0.8 makes
        // corr(M_0, M_1) = 0.8, so the two latent normals correlate sqrt(0.5) sqrt(0.5) 0.8 = 0.4.
        // The liability 1 + F^-1(0.3) = 0.993292 is uncovered exactly when the guarantor fails and
        // R_0 < F^-1(0.3): probability Phi2(Phi^-1(0.3), Phi^-1(0.3); 0.4) = 0.142011. The fund's
        // mean balance stays 1.03 (its marginal is unchanged; standard error 0.07/sqrt(N)).
        Driver w = new Driver("economy", 0.5);
        double q = 0.03 + 0.07 * PHI.inverseCumulativeProbability(0.3);
        SimulationResults r = run(scenario().iterations(N).horizon(2).closure(1).forfeitIn(1).factor("economy", 0.8)
                .lump("Works", 1 + q, 0, 1).instrument(guarantee("Parent", 10, 0.3, w))
                .instrument(new AssuranceInstrument.TrustFund("Fund", null, Value.of(1), Value.of(0),
                        new Normal(0.03, 0.07), Value.of(0), false, w)));
        double z = PHI.inverseCumulativeProbability(0.3);
        double expected = bivariateNormal(z, z, 0.4);
        assertEquals(0.142011, expected, 1e-5);
        assertProbability(1 - expected, r.coverageProbability(), N);
        assertEquals(1.03, r.instruments().get(1).realisable().mean(), 4 * 0.07 / Math.sqrt(N));
    }

    @Test
    void resultsWithEveryDriverAreBitIdenticalAcrossThreadsAndBatches() {
        // Factors, providers and every driven draw come from streams keyed by (seed, iteration,
        // purpose) alone, so 7,000 iterations give the same results on 1 thread in batches of 500
        // as on 2 and 3 threads in batches of 384 and 64.
        Driver a = new Driver("a", 0.3);
        Driver b = new Driver("b", 0.6);
        ScenarioFixture s = scenario().iterations(7_000).horizon(40).closure(new Uniform(5, 15))
                .factor("a", 0.7).factor("b", 0.2).correlateFactors("a", "b", -0.4)
                .forfeiture(new Forfeiture.AnnualHazard(Value.of(0.02), Value.of(0.05), a))
                .provider(new Provider("Surety", null, Value.of(0.02), new Uniform(0.2, 0.5), b))
                .provider(new Provider("Bank", null, Value.of(0.01), Value.of(0.5), null))
                .lump("Works", 5e6, 0, 3).instrument(namedBond("A", 1e6))
                .instrument(new AssuranceInstrument.Bond("Own", null, BondKind.SURETY, Value.of(2e6), null,
                        Value.of(0.03), Value.of(0.1), null, b))
                .instrument(new AssuranceInstrument.Bond("Banked", null, BondKind.LETTER_OF_CREDIT, Value.of(1e6), null,
                        Value.of(0), Value.of(0), "Bank", null))
                .instrument(guarantee("Parent", 2e6, 0.4, a))
                .instrument(new AssuranceInstrument.TrustFund("Fund", null, Value.of(1e6), Value.of(1e5),
                        new Normal(0.03, 0.07), Value.of(0.004), true, b));
        SimulationResults reference = new MonteCarloEngine(1, "test", 500).run(s.build(), ProgressListener.NONE);
        for (int[] shape : new int[][] {{2, 384}, {3, 64}}) {
            SimulationResults other = new MonteCarloEngine(shape[0], "test", shape[1]).run(s.build(), ProgressListener.NONE);
            assertEquals(null, RecordsEquality.firstDifference(reference, other, "results"),
                    shape[0] + " threads, batch " + shape[1]);
        }
        assertEquals(2, reference.economy().size());
    }

    @Test
    void theIndependentTwinSetsEveryWeightToZeroAndKeepsEverythingElse() {
        // Drivers.unweighted must give exactly the scenario written with weight-0 drivers: the
        // same inputs, factor paths and own draws, so the report's comparison isolates the weights.
        Driver a = new Driver("a", 0.4);
        Driver zero = new Driver("a", 0);
        ScenarioFixture driven = scenario().iterations(3_000).horizon(20).closure(5).factor("a", 0.5)
                .forfeiture(new Forfeiture.AnnualHazard(Value.of(0.05), Value.of(0.1), a))
                .provider(new Provider("Surety", null, Value.of(0.05), Value.of(0.2), a))
                .lump("Works", 1e6, 0, 2).instrument(namedBond("A", 5e5)).instrument(guarantee("Parent", 5e5, 0.3, a));
        ScenarioFixture byHand = scenario().iterations(3_000).horizon(20).closure(5).factor("a", 0.5)
                .forfeiture(new Forfeiture.AnnualHazard(Value.of(0.05), Value.of(0.1), zero))
                .provider(new Provider("Surety", null, Value.of(0.05), Value.of(0.2), zero))
                .lump("Works", 1e6, 0, 2).instrument(namedBond("A", 5e5)).instrument(guarantee("Parent", 5e5, 0.3, zero));
        assertTrue(Drivers.anyWeighted(driven.build()));
        assertEquals(byHand.build(), Drivers.unweighted(driven.build()));
        assertTrue(!Drivers.anyWeighted(byHand.build()));
    }
}
