package org.closureassurance.charts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.closureassurance.simulator.model.AfterForfeiture;
import org.closureassurance.simulator.portfolio.PooledFund;
import org.closureassurance.simulator.portfolio.Portfolio;
import org.closureassurance.simulator.portfolio.PortfolioResults;
import org.closureassurance.simulator.portfolio.ProviderResult;
import org.closureassurance.simulator.portfolio.ScenarioSite;
import org.closureassurance.simulator.portfolio.SimpleSite;
import org.closureassurance.simulator.portfolio.Site;

/**
 * The portfolio report's assumptions in words: the simulation and the shared economics, the
 * sites by kind and category, the pooled fund's terms, and the factors and providers every
 * site shares. A site's own inputs are in its scenario file or register line, whose SHA-256 the
 * reproducibility section gives.
 */
final class PortfolioAssumptions {

    private final Portfolio portfolio;
    private final PortfolioResults results;
    private final String currency;
    private final MoneyFormat money;

    PortfolioAssumptions(Portfolio portfolio, PortfolioResults results, String currency) {
        this.portfolio = portfolio;
        this.results = results;
        this.currency = currency;
        this.money = new MoneyFormat(currency);
    }

    /** The section's inner HTML. */
    String render() {
        StringBuilder out = new StringBuilder();
        AssumptionsSection.subsection(out, "assumptions-general", "Simulation and economics", general().render());
        AssumptionsSection.subsection(out, "assumptions-sites", "Sites", sites().render());
        AssumptionsSection.subsection(out, "assumptions-fund", "Pooled fund", fund());
        AssumptionsSection.subsection(out, "assumptions-economy", "Economic factors and named providers", economy());
        return out.toString();
    }

    private Html.Table general() {
        Html.Table t = new Html.Table(null, "assumptions", "Setting", "Assumption");
        AssumptionsSection.addSimulationRows(t, currency, portfolio.baseYear(), portfolio.simulation());
        EconomicsAssumptions.addRows(t, portfolio.economics(), AfterForfeiture.NONE, currency);
        t.row("Shared draws", "every iteration draws the discount rate, each factor's path, each named provider's "
                + "failure" + (portfolio.fund() == null ? "" : " and the fund's returns") + " once, for all sites; "
                + "each site draws the rest from streams of its own, keyed by its name, so adding a site never "
                + "changes another site's draws");
        return t;
    }

    private Html.Table sites() {
        int scenarios = 0;
        int simple = 0;
        double estimate = 0;
        Map<String, Integer> categories = new LinkedHashMap<>();
        List<String> scenarioNames = new ArrayList<>();
        for (Site s : portfolio.sites()) {
            if (s instanceof ScenarioSite sc) {
                scenarios++;
                scenarioNames.add(sc.name());
            } else if (s instanceof SimpleSite ss) {
                simple++;
                estimate += ss.estimate();
                String c = ss.category() == null || ss.category().isBlank() ? SiteCharts.UNCATEGORISED : ss.category();
                categories.merge(c, 1, Integer::sum);
            }
        }
        Html.Table t = new Html.Table(null, "assumptions", "Sites", "Assumption");
        t.row("Number of sites", ReportFigures.count(portfolio.sites().size()) + ": " + ReportFigures.count(scenarios)
                + " described by a full scenario, " + ReportFigures.count(simple) + " by a register line");
        if (scenarios > 0) {
            t.row("Scenario sites", String.join(", ", scenarioNames) + "; each scenario's own simulation settings, "
                    + "economics, factors and providers are replaced by the portfolio's");
        }
        if (simple > 0) {
            List<String> parts = new ArrayList<>();
            categories.forEach((c, n) -> parts.add(c + " " + ReportFigures.count(n)));
            t.row("Register sites by category", String.join(", ", parts));
            t.row("Register sites' approved estimates", money.format(estimate) + " in all; each site's cost is its "
                    + "estimate times its multiplier, falling due in every year it could be walked away from until "
                    + "it is closed and relinquished, after which it cannot forfeit");
        }
        t.row("Shortfall", "a site forfeiting in year T leaves max(0, L(T) − A(T)) less the share its operator's "
                + "estate recovers; sums over sites run in file order");
        return t;
    }

    private String fund() {
        PooledFund f = portfolio.fund();
        if (f == null) {
            return Html.paragraph("No pooled fund: every shortfall is a public cost, and no site contributes.");
        }
        Html.Table t = new Html.Table(null, "assumptions", "Setting", "Assumption");
        t.row("Fund", f.name());
        t.row("Balance at the start of year 0", money.format(f.initialBalance()));
        t.row("Contribution", NumberText.number(f.contributionPercent(), 4) + " % of each operating site's estimate "
                + "a year (a scenario site with a pooled-contribution rule pays that rule's instead), paid at the end "
                + "of the year by every site not yet closed and not yet walked away from");
        t.row("Yearly return", ValueText.describe(f.annualReturn(), ValueText.fractionAsPercent()));
        t.row("Yearly fee", ValueText.describe(f.annualFeeRate(), ValueText.fractionAsPercent()) + " of the balance");
        t.row("Payouts", "each year the fund pays the shortfalls falling due, as far as its balance goes; the rest "
                + "is unfunded, a public cost");
        return t.render();
    }

    private String economy() {
        if (portfolio.economy().factors().isEmpty() && portfolio.providers().isEmpty()) {
            return Html.paragraph("No economic factors or named providers: sites walk away independently of each "
                    + "other, sharing only the discount rate and cost escalation.");
        }
        Map<String, Double> written = new LinkedHashMap<>();
        for (ProviderResult p : results.providers()) {
            written.put(p.name(), p.bondsWritten());
        }
        return EconomyAssumptions.MEANING + EconomyAssumptions.table(portfolio.economy(), portfolio.providers(),
                p -> written.containsKey(p.name())
                        ? money.format(written.get(p.name())) + " of bonds across the register (year-0 face, mean)"
                        : "bonds across the register").render();
    }
}
