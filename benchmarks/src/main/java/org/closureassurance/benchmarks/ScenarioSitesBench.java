package org.closureassurance.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.closureassurance.simulator.model.Sampling;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.model.SimulationSettings;
import org.closureassurance.simulator.portfolio.PooledFund;
import org.closureassurance.simulator.portfolio.Portfolio;
import org.closureassurance.simulator.portfolio.ScenarioSite;
import org.closureassurance.simulator.portfolio.Site;
import org.closureassurance.simulator.value.Value;

/**
 * One cold portfolio run of scenario sites, in a fresh JVM as the command line has it: the
 * three bundled scenarios (regulator, company, NGO) repeated in turn to {@code SITES} sites,
 * each carried through the whole single-site model every iteration. The portfolio takes the
 * regulator's economics (a sampled discount rate), the NGO case's copper-price factor and
 * named surety, a horizon of 100 years and a pooled fund at 1 %. Prints wall and process CPU
 * seconds (all threads, the JIT and the collector included): CPU seconds are the figure to
 * compare on a shared machine.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.closureassurance.benchmarks.ScenarioSitesBench 20 100000 2</pre>
 */
public final class ScenarioSitesBench {
    private static final String[] SCENARIOS = {"regulator-base-case", "company-rehabilitation-plan", "ngo-stress-case"};

    private ScenarioSitesBench() {
    }

    /** Arguments: sites, iterations, threads. */
    public static void main(String[] args) {
        ColdPortfolioRun.run("ScenarioSitesBench", "scenario ", ScenarioSitesBench::register, args);
    }

    /** {@code count} scenario sites, the bundled three in turn, sharing the NGO case's factor and provider. */
    static Portfolio register(int count, int iterations) {
        List<Scenario> scenarios = new ArrayList<>();
        for (String name : SCENARIOS) {
            scenarios.add(BenchScenarios.load(name));
        }
        Scenario regulator = scenarios.get(0);
        Scenario ngo = scenarios.get(2);
        List<Site> sites = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            sites.add(new ScenarioSite("site " + i, scenarios.get(i % scenarios.size())));
        }
        PooledFund fund = new PooledFund("Mining Rehabilitation Fund", 5e7, 1.0, Value.of(0.02), Value.of(0.0));
        return new Portfolio("Scenario sites", null, "AUD", 2026,
                new SimulationSettings(iterations, 1, 100, Sampling.MONTE_CARLO), regulator.economics(),
                ngo.economy(), ngo.providers(), sites, fund);
    }
}
