package org.closureassurance.simulator.engine;

import java.util.ArrayList;
import java.util.List;
import org.closureassurance.simulator.model.AfterForfeiture;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.CostItem;
import org.closureassurance.simulator.model.Correlation;
import org.closureassurance.simulator.model.EconomicFactor;
import org.closureassurance.simulator.model.Economics;
import org.closureassurance.simulator.model.Economy;
import org.closureassurance.simulator.model.FactorCorrelation;
import org.closureassurance.simulator.model.Forfeiture;
import org.closureassurance.simulator.model.IndirectCost;
import org.closureassurance.simulator.model.Overrun;
import org.closureassurance.simulator.model.Provider;
import org.closureassurance.simulator.model.RehabilitationDomain;
import org.closureassurance.simulator.model.RiskEvent;
import org.closureassurance.simulator.model.Sampling;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.model.SimulationSettings;
import org.closureassurance.simulator.model.WaterStream;
import org.closureassurance.simulator.value.Value;

/** A small fluent builder of scenarios for engine tests. */
final class ScenarioFixture {
    private int iterations = 2000;
    private long seed = 7;
    private int horizon = 100;
    private Sampling sampling = Sampling.MONTE_CARLO;
    private Value rate = Value.of(0.05);
    private Economics economics;
    private AfterForfeiture afterForfeiture = AfterForfeiture.NONE;
    private Value closure = Value.of(0);
    private Forfeiture forfeiture = new Forfeiture.AtClosure();
    private final List<CostItem> items = new ArrayList<>();
    private final List<IndirectCost> indirects = new ArrayList<>();
    private final List<Correlation> correlations = new ArrayList<>();
    private final List<WaterStream> water = new ArrayList<>();
    private final List<RehabilitationDomain> domains = new ArrayList<>();
    private final List<RiskEvent> risks = new ArrayList<>();
    private final List<AssuranceInstrument> assurance = new ArrayList<>();
    private final List<EconomicFactor> factors = new ArrayList<>();
    private final List<FactorCorrelation> factorCorrelations = new ArrayList<>();
    private final List<Provider> providers = new ArrayList<>();
    private final List<Overrun> overruns = new ArrayList<>();

    static ScenarioFixture scenario() {
        return new ScenarioFixture();
    }

    ScenarioFixture iterations(int n) { iterations = n; return this; }
    ScenarioFixture seed(long s) { seed = s; return this; }
    ScenarioFixture horizon(int h) { horizon = h; return this; }
    ScenarioFixture sampling(Sampling s) { sampling = s; return this; }
    ScenarioFixture rate(double r) { rate = Value.of(r); return this; }
    ScenarioFixture rate(Value r) { rate = r; return this; }
    ScenarioFixture economics(Economics e) { economics = e; return this; }
    ScenarioFixture afterForfeiture(AfterForfeiture a) { afterForfeiture = a; return this; }
    ScenarioFixture closure(double c) { closure = Value.of(c); return this; }
    ScenarioFixture closure(Value c) { closure = c; return this; }
    ScenarioFixture forfeiture(Forfeiture f) { forfeiture = f; return this; }
    ScenarioFixture forfeitIn(int year) { forfeiture = new Forfeiture.InYear(Value.of(year)); return this; }
    ScenarioFixture item(CostItem c) { items.add(c); return this; }
    ScenarioFixture lump(String name, double amount, int start, int duration) {
        items.add(CostItem.lump(name, "earthworks", Value.of(amount), start, duration));
        return this;
    }
    ScenarioFixture indirect(IndirectCost c) { indirects.add(c); return this; }
    ScenarioFixture correlate(String a, String b, double rho) { correlations.add(new Correlation(a, b, rho)); return this; }
    ScenarioFixture water(WaterStream w) { water.add(w); return this; }
    ScenarioFixture domain(RehabilitationDomain d) { domains.add(d); return this; }
    ScenarioFixture risk(RiskEvent e) { risks.add(e); return this; }
    ScenarioFixture instrument(AssuranceInstrument a) { assurance.add(a); return this; }
    ScenarioFixture factor(String name, double persistence) {
        factors.add(new EconomicFactor(name, null, persistence));
        return this;
    }
    ScenarioFixture correlateFactors(String a, String b, double rho) {
        factorCorrelations.add(new FactorCorrelation(a, b, rho));
        return this;
    }
    ScenarioFixture provider(Provider p) { providers.add(p); return this; }
    ScenarioFixture overrun(Overrun o) { overruns.add(o); return this; }

    Scenario build() {
        return new Scenario("fixture", null, "USD", 2026, new SimulationSettings(iterations, seed, horizon, sampling),
                economics == null ? new Economics(rate) : economics, closure, forfeiture, items, indirects, correlations,
                water, domains, risks, assurance, overruns, new Economy(factors, factorCorrelations), providers,
                afterForfeiture);
    }
}
