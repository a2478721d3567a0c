package org.closureassurance.simulator.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.engine.RecordsEquality;
import org.closureassurance.simulator.model.AfterForfeiture;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.BondKind;
import org.closureassurance.simulator.model.Driver;
import org.closureassurance.simulator.model.EconomicFactor;
import org.closureassurance.simulator.model.Economy;
import org.closureassurance.simulator.model.FactorCorrelation;
import org.closureassurance.simulator.model.Forfeiture;
import org.closureassurance.simulator.model.Provider;
import org.closureassurance.simulator.model.ScheduleStep;
import org.closureassurance.simulator.value.LogNormalRange;
import org.closureassurance.simulator.value.Normal;
import org.closureassurance.simulator.value.Uniform;
import org.closureassurance.simulator.value.Value;
import org.junit.jupiter.api.Test;

/** Same seed, same iterations: the same results on any thread count, and a site's draws are its own. */
class PortfolioDeterminismTest {

    /** A register using every kind of draw: correlated factors, named and own providers, every instrument, a fund. */
    static Portfolio register(int iterations, List<Site> extra) {
        Economy economy = new Economy(List.of(new EconomicFactor("metal", null, 0.7),
                new EconomicFactor("credit", null, 0.3)), List.of(new FactorCorrelation("metal", "credit", 0.5)));
        List<Provider> providers = List.of(
                new Provider("Surety A", null, Value.of(0.02), new Uniform(0.2, 0.5), new Driver("credit", 0.4)),
                new Provider("Surety B", null, new Uniform(0.005, 0.02), Value.of(0.3), null));
        List<Site> sites = new ArrayList<>();
        Value multiplier = new LogNormalRange(0.8, 1.6);
        AfterForfeiture after = new AfterForfeiture(new Uniform(0, 3), Value.of(5e3), Value.of(15), Value.of(0.1));
        for (int i = 0; i < 8; i++) {
            Forfeiture f = switch (i % 4) {
                case 0 -> new Forfeiture.AnnualHazard(Value.of(0.02), Value.of(0.05), new Driver("metal", 0.3));
                case 1 -> new Forfeiture.AnnualHazard(new Uniform(0.01, 0.03), Value.of(0.04),
                        new Driver("metal", 0.2));
                case 2 -> new Forfeiture.AnnualHazard(new Uniform(0.01, 0.03), Value.of(0.04));
                default -> new Forfeiture.InYear(new Uniform(0, 25));
            };
            List<AssuranceInstrument> assurance = List.of(
                    new AssuranceInstrument.Bond("bond " + i, null, BondKind.SURETY, Value.of(2e5), null, Value.of(0),
                            Value.of(0), i % 2 == 0 ? "Surety A" : "Surety B", null),
                    new AssuranceInstrument.Bond("own " + i, null, BondKind.LETTER_OF_CREDIT, null,
                            List.of(new ScheduleStep(0, Value.of(1e5)), new ScheduleStep(5, new Uniform(2e5, 3e5))),
                            Value.of(0.01), Value.of(0.5), null, i % 2 == 0 ? new Driver("credit", 0.5) : null),
                    new AssuranceInstrument.ParentGuarantee("pg " + i, null, Value.of(1e5), Value.of(0.4),
                            i % 3 == 0 ? new Driver("metal", 0.4) : null),
                    new AssuranceInstrument.TrustFund("trust " + i, null, Value.of(5e4), Value.of(1e4),
                            new Normal(0.03, 0.08, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY), Value.of(0.005),
                            false, i % 2 == 1 ? new Driver("metal", 0.3) : null),
                    new AssuranceInstrument.SelfBond("self " + i, null, Value.of(1e5)));
            sites.add(new SimpleSite("site " + i, i % 2 == 0 ? "quarry" : "coal", 1e6 * (1 + i), multiplier,
                    new Uniform(2, 20), 1 + i % 3, f, assurance, after));
            if (i == 3) {
                sites.addAll(extra);
            }
        }
        sites.add(new SimpleSite("closing", null, 5e5, Value.of(1), Value.of(4), 2, new Forfeiture.AtClosure(),
                List.of(), AfterForfeiture.NONE));
        PooledFund fund = new PooledFund("MRF", 2e6, 1.0,
                new Normal(0.02, 0.05, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY), Value.of(0.001));
        return PortfolioFixture.portfolio(PortfolioFixture.settings(iterations, 42, 30), 0.03, economy, providers,
                sites, fund);
    }

    @Test
    void resultsAreBitIdenticalOnOneTwoAndThreeThreads() {
        Portfolio p = register(5_000, List.of());
        PortfolioResults one = new PortfolioEngine(1, "test").run(p, ProgressListener.NONE);
        PortfolioResults two = new PortfolioEngine(2, "test").run(p, ProgressListener.NONE);
        PortfolioResults three = new PortfolioEngine(3, "test").run(p, ProgressListener.NONE);
        assertNull(RecordsEquality.firstDifference(one, two, "results"));
        assertNull(RecordsEquality.firstDifference(one, three, "results"));
        assertTrue(one.totalShortfall().mean() > 0, "the register has shortfalls to compare");
        assertTrue(one.fund().exhaustionProbability() > 0, "the fund runs dry in some iterations");
    }

    /*
     * A site's draws come from streams keyed by its own name: a site added in the middle of the
     * register leaves every other site's forfeiture probability and expected shortfall (sums of
     * its own outcomes) exactly as they were. Its tail contribution may move, since the worst
     * iterations are chosen by the total, which the new site changes.
     */
    @Test
    void addingASiteLeavesOtherSitesDrawsUnchanged() {
        SimpleSite added = new SimpleSite("newcomer", null, 3e6, new LogNormalRange(1, 2), new Uniform(1, 5), 1,
                new Forfeiture.AnnualHazard(Value.of(0.1), Value.of(0.1), new Driver("metal", 0.5)), List.of(),
                AfterForfeiture.NONE);
        PortfolioResults before = new PortfolioEngine(2, "test").run(register(2_000, List.of()), ProgressListener.NONE);
        PortfolioResults after = new PortfolioEngine(2, "test").run(register(2_000, List.of(added)),
                ProgressListener.NONE);
        assertEquals(before.sites() + 1, after.sites());
        for (SiteResult s : before.perSite()) {
            SiteResult t = after.perSite().stream().filter(x -> x.name().equals(s.name())).findFirst().orElseThrow();
            assertEquals(s.forfeitureProbability(), t.forfeitureProbability(), 0.0, s.name());
            assertEquals(s.expectedShortfall(), t.expectedShortfall(), 0.0, s.name());
            assertEquals(s.contributionPV(), t.contributionPV(), 0.0, s.name());
        }
        assertTrue(after.totalShortfall().mean() > before.totalShortfall().mean(), "the newcomer adds shortfall");
    }
}
