package org.closureassurance.simulator.portfolio;

import java.util.List;
import org.closureassurance.simulator.model.AfterForfeiture;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.Driver;
import org.closureassurance.simulator.model.EconomicFactor;
import org.closureassurance.simulator.model.Economics;
import org.closureassurance.simulator.model.Economy;
import org.closureassurance.simulator.model.Forfeiture;
import org.closureassurance.simulator.model.Provider;
import org.closureassurance.simulator.model.Sampling;
import org.closureassurance.simulator.model.SimulationSettings;
import org.closureassurance.simulator.value.Value;

/** Small portfolios for the engine's tests. */
final class PortfolioFixture {
    private PortfolioFixture() {
    }

    static SimulationSettings settings(int iterations, long seed, int horizon) {
        return new SimulationSettings(iterations, seed, horizon, Sampling.MONTE_CARLO);
    }

    /** One factor called {@code metal}, persistence 0.5. */
    static Economy metal() {
        return new Economy(List.of(new EconomicFactor("metal", null, 0.5)), List.of());
    }

    /** A portfolio of {@code sites} at discount rate {@code rate}. */
    static Portfolio portfolio(SimulationSettings s, double rate, Economy economy, List<Provider> providers,
                               List<Site> sites, PooledFund fund) {
        return new Portfolio("test", null, "AUD", 2026, s, new Economics(Value.of(rate)), economy, providers, sites,
                fund);
    }

    /** A site of estimate {@code estimate} closing in {@code closure} (one year to close), forfeiting by {@code f}. */
    static SimpleSite site(String name, double estimate, double closure, Forfeiture f,
                           List<AssuranceInstrument> assurance) {
        return new SimpleSite(name, null, estimate, Value.of(1), Value.of(closure), 1, f, assurance,
                AfterForfeiture.NONE);
    }

    /** A yearly hazard {@code h} before and after closure, tied to {@code metal} with weight {@code w}. */
    static Forfeiture hazard(double h, double w) {
        return new Forfeiture.AnnualHazard(Value.of(h), Value.of(h), new Driver("metal", w));
    }

    /** A surety bond of {@code amount} written by the named provider {@code provider}. */
    static AssuranceInstrument bond(String name, double amount, String provider) {
        return new AssuranceInstrument.Bond(name, null, org.closureassurance.simulator.model.BondKind.SURETY,
                Value.of(amount), null, Value.of(0), Value.of(0), provider, null);
    }
}
