package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.ValueWriter.value;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.closureassurance.scenarios.PortfolioFormat.Top;
import org.closureassurance.scenarios.ScenarioFormat.Common;
import org.closureassurance.scenarios.ScenarioWriter.Fields;
import org.closureassurance.scenarios.json.JsonNode;
import org.closureassurance.scenarios.json.JsonNode.JsonArray;
import org.closureassurance.scenarios.json.JsonNode.JsonNumber;
import org.closureassurance.scenarios.json.JsonNode.JsonString;
import org.closureassurance.scenarios.json.JsonPrinter;
import org.closureassurance.simulator.model.AfterForfeiture;
import org.closureassurance.simulator.portfolio.PooledFund;
import org.closureassurance.simulator.portfolio.Portfolio;
import org.closureassurance.simulator.portfolio.ScenarioSite;
import org.closureassurance.simulator.portfolio.SimpleSite;
import org.closureassurance.simulator.portfolio.Site;

/**
 * Writes a {@link Portfolio} as a portfolio file ({@code closure-assurance-portfolio/1}) that
 * {@link PortfolioReader} reads back to the same portfolio. Every simple site is written into
 * the file's {@code sites}, register lines included, so the file stands alone; a scenario site
 * is written as a reference to its scenario file, which the caller names (the portfolio keeps
 * the scenario, not where it came from).
 */
public final class PortfolioWriter {
    private PortfolioWriter() {
    }

    /**
     * The portfolio as pretty-printed JSON text; {@code scenarioFile} gives each scenario site's
     * file as the portfolio names it (relative to the portfolio file's folder).
     */
    public static String write(Portfolio p, Function<ScenarioSite, String> scenarioFile) {
        Fields f = new Fields();
        f.put(Top.FORMAT, new JsonString(Portfolio.FORMAT));
        f.put(Top.NAME, new JsonString(p.name()));
        f.putText(Top.DESCRIPTION, p.description());
        f.putText(Top.CURRENCY, p.currency());
        if (p.baseYear() != null) {
            f.put(Top.BASE_YEAR, JsonNumber.of(p.baseYear().longValue()));
        }
        f.put(Top.SIMULATION, ScenarioWriter.simulation(p.simulation()));
        f.put(Top.ECONOMICS, EconomicsWriter.economics(p.economics()));
        if (!p.economy().factors().isEmpty()) {
            f.put(Top.ECONOMY, EconomyWriter.economy(p.economy()));
        }
        if (!p.providers().isEmpty()) {
            List<JsonNode> providers = new ArrayList<>();
            p.providers().forEach(provider -> providers.add(EconomyWriter.provider(provider, ValueWriter::value)));
            f.put(Top.PROVIDERS, new JsonArray(providers));
        }
        List<JsonNode> sites = new ArrayList<>();
        for (Site s : p.sites()) {
            sites.add(s instanceof ScenarioSite scenario
                    ? new Fields().put(Common.NAME, new JsonString(scenario.name()))
                            .put(PortfolioFormat.ScenarioSite.SCENARIO, new JsonString(scenarioFile.apply(scenario)))
                            .json()
                    : simpleSite((SimpleSite) s));
        }
        f.put(Top.SITES, new JsonArray(sites));
        if (p.fund() != null) {
            f.put(Top.FUND, fund(p.fund()));
        }
        return JsonPrinter.print(f.json());
    }

    /**
     * Writes the portfolio to {@code file} atomically (a crash leaves the old file or the new
     * one, never half of one), keeping the previous file as {@code NAME.bak}.
     */
    public static void writeAtomically(Portfolio p, Function<ScenarioSite, String> scenarioFile, Path file)
            throws IOException {
        AtomicFile.write(file, write(p, scenarioFile).getBytes(StandardCharsets.UTF_8), true);
    }

    private static JsonNode simpleSite(SimpleSite s) {
        Fields f = new Fields().put(Common.NAME, new JsonString(s.name()));
        f.putText(PortfolioFormat.SimpleSite.CATEGORY, s.category());
        f.put(PortfolioFormat.SimpleSite.ESTIMATE, JsonNumber.of(s.estimate()));
        f.putUnlessDefault(PortfolioFormat.SimpleSite.MULTIPLIER, s.multiplier());
        f.put(PortfolioFormat.SimpleSite.CLOSURE_YEAR, value(s.closureYear()));
        if (s.closureDurationYears() != 1) {
            f.put(PortfolioFormat.SimpleSite.CLOSURE_DURATION_YEARS, JsonNumber.of(s.closureDurationYears()));
        }
        f.put(PortfolioFormat.SimpleSite.FORFEITURE, ScenarioWriter.forfeiture(s.forfeiture()));
        if (!s.assurance().isEmpty()) {
            List<JsonNode> instruments = new ArrayList<>();
            s.assurance().forEach(a -> instruments.add(ScenarioWriter.assurance(a)));
            f.put(PortfolioFormat.SimpleSite.ASSURANCE, new JsonArray(instruments));
        }
        if (!s.afterForfeiture().equals(AfterForfeiture.NONE)) {
            f.put(PortfolioFormat.SimpleSite.AFTER_FORFEITURE, EconomicsWriter.afterForfeiture(s.afterForfeiture()));
        }
        return f.json();
    }

    private static JsonNode fund(PooledFund fund) {
        return new Fields().put(PortfolioFormat.Fund.NAME, new JsonString(fund.name()))
                .put(PortfolioFormat.Fund.INITIAL_BALANCE, JsonNumber.of(fund.initialBalance()))
                .put(PortfolioFormat.Fund.CONTRIBUTION_PERCENT, JsonNumber.of(fund.contributionPercent()))
                .put(PortfolioFormat.Fund.ANNUAL_RETURN, value(fund.annualReturn()))
                .put(PortfolioFormat.Fund.ANNUAL_FEE_RATE, value(fund.annualFeeRate()))
                .json();
    }
}
