package org.closureassurance.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.closureassurance.simulator.model.AfterForfeiture;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.BondKind;
import org.closureassurance.simulator.model.Driver;
import org.closureassurance.simulator.model.EconomicFactor;
import org.closureassurance.simulator.model.Economics;
import org.closureassurance.simulator.model.Economy;
import org.closureassurance.simulator.model.Forfeiture;
import org.closureassurance.simulator.model.Provider;
import org.closureassurance.simulator.model.Sampling;
import org.closureassurance.simulator.model.SimulationSettings;
import org.closureassurance.simulator.portfolio.PooledFund;
import org.closureassurance.simulator.portfolio.Portfolio;
import org.closureassurance.simulator.portfolio.SimpleSite;
import org.closureassurance.simulator.portfolio.Site;
import org.closureassurance.simulator.value.EstimateClass;
import org.closureassurance.simulator.value.Uniform;
import org.closureassurance.simulator.value.Value;

/**
 * One cold portfolio run of generated simple sites, in a fresh JVM as the command line has
 * it: a register of {@code SITES} lines like a state register's (estimates from 0.1 to 50
 * million, class 4 or 5 multipliers, closure years spread over 40 years, four hazard classes
 * tied to one metal-price factor, surety bonds from two named providers, some trust funds),
 * one pooled fund, horizon 100 years. Prints wall and process CPU seconds (all threads, the
 * JIT and the collector included): CPU seconds are the figure to compare on a shared machine.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.closureassurance.benchmarks.PortfolioBench 2000 100000 2</pre>
 */
public final class PortfolioBench {
    private PortfolioBench() {
    }

    /** Arguments: sites, iterations, threads. */
    public static void main(String[] args) {
        ColdPortfolioRun.run("PortfolioBench", "", PortfolioBench::register, args);
    }

    /** A generated register of {@code count} simple sites; the figures vary with the line number. */
    static Portfolio register(int count, int iterations) {
        Economy economy = new Economy(List.of(new EconomicFactor("metal-prices", null, 0.7)), List.of());
        List<Provider> providers = List.of(
                new Provider("Surety Co A", null, Value.of(0.003), Value.of(0.3), new Driver("metal-prices", 0.3)),
                new Provider("Surety Co B", null, Value.of(0.005), Value.of(0.4), new Driver("metal-prices", 0.2)));
        double[] hazards = {0.002, 0.005, 0.01, 0.02};
        List<Site> sites = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double estimate = 1e5 * Math.pow(500, ((i * 7919L) % 1000) / 1000.0);
            double h = hazards[i % hazards.length];
            Forfeiture f = new Forfeiture.AnnualHazard(Value.of(h), Value.of(2 * h), new Driver("metal-prices", 0.2));
            List<AssuranceInstrument> assurance = i % 10 == 9
                    ? List.of(new AssuranceInstrument.TrustFund("trust " + i, null, Value.of(0.3 * estimate),
                    Value.of(0.02 * estimate), Value.of(0.02), Value.of(0.0), false))
                    : List.of(new AssuranceInstrument.Bond("bond " + i, null, BondKind.SURETY,
                    Value.of(0.4 * estimate), null, Value.of(0), Value.of(0),
                    i % 2 == 0 ? "Surety Co A" : "Surety Co B", null));
            int from = (i * 31) % 30;
            sites.add(new SimpleSite("site " + i, i % 3 == 0 ? "quarry" : "metal", estimate,
                    new EstimateClass(4 + i % 2), new Uniform(from, from + 10), 1 + i % 3, f, assurance,
                    AfterForfeiture.NONE));
        }
        PooledFund fund = new PooledFund("Mining Rehabilitation Fund", 0.02 * count * 5e6, 1.0,
                new org.closureassurance.simulator.value.Normal(0.02, 0.05, Double.NEGATIVE_INFINITY,
                        Double.POSITIVE_INFINITY), Value.of(0.0));
        return new Portfolio("benchmark register", null, "AUD", 2026,
                new SimulationSettings(iterations, 1, 100, Sampling.MONTE_CARLO), new Economics(Value.of(0.03)),
                economy, providers, sites, fund);
    }
}
