package org.closureassurance.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.Driver;
import org.closureassurance.simulator.model.EconomicFactor;
import org.closureassurance.simulator.model.Economy;
import org.closureassurance.simulator.model.FactorCorrelation;
import org.closureassurance.simulator.model.Forfeiture;
import org.closureassurance.simulator.model.Provider;
import org.closureassurance.simulator.model.Scenario;

/**
 * The report's assumptions on systemic risk, in words: each economic factor with its
 * persistence and correlations, each named provider with the bonds it wrote, and each event
 * a driver ties to a factor, with its weight.
 */
final class EconomyAssumptions {
    /** What a factor and a driver mean, for a reader who has not met the one-factor model. */
    static final String MEANING = Html.paragraph("A factor is a standardised state of a price or of the economy, "
            + "drawn for every year; "
            + "low values are bad times. A driver of weight w ties a yearly event of probability p to a factor M: "
            + "it happens when sqrt(w) M + sqrt(1 - w) e < the normal quantile of p, e an independent normal, so "
            + "it keeps probability p on average and grows likelier in the factor's bad years (the one-factor "
            + "model of credit portfolios). Bonds written by one provider fail together.");

    private EconomyAssumptions() {
    }

    /** Whether the scenario has factors or named providers to describe. */
    static boolean applies(Scenario s) {
        return !s.economy().factors().isEmpty() || !s.providers().isEmpty();
    }

    /** The subsection's inner HTML: what a driver means, then one row per factor, provider and driven event. */
    static String render(Scenario s) {
        Html.Table t = table(s.economy(), s.providers(), p -> bondsOf(s, p.name()));
        if (s.forfeiture() instanceof Forfeiture.AnnualHazard h && h.driver() != null) {
            t.row("Forfeiture", "driver", "the yearly walk-away hazard" + tie(h.driver()));
        }
        for (AssuranceInstrument a : s.assurance()) {
            if (a instanceof AssuranceInstrument.Bond b && b.driver() != null) {
                t.row(a.name(), "driver", "the bond provider's yearly failure" + tie(b.driver()));
            } else if (a instanceof AssuranceInstrument.ParentGuarantee g && g.driver() != null) {
                t.row(a.name(), "driver", "the guarantor's failure, judged in the forfeiture year" + tie(g.driver()));
            } else if (a instanceof AssuranceInstrument.TrustFund f && f.returnDriver() != null) {
                t.row(a.name(), "driver", "the yearly return (good years for the factor are good years for the "
                        + "fund)" + tie(f.returnDriver()));
            }
        }
        return MEANING + t.render();
    }

    /**
     * A table with one row per factor of {@code economy} and per provider; {@code wrote} says
     * what each provider wrote (the bonds of a scenario, the amount across a register).
     */
    static Html.Table table(Economy economy, List<Provider> providers, Function<Provider, String> wrote) {
        Html.Table t = new Html.Table(null, "assumptions", "Element", "Kind", "Terms");
        for (EconomicFactor f : economy.factors()) {
            t.row(Html.named(f.name(), f.description()), "economic factor", "persistence "
                    + NumberText.number(f.persistence(), 4) + " (each year keeps that share of the last year's state)"
                    + correlations(economy, f.name()));
        }
        for (Provider p : providers) {
            t.row(Html.named(p.name(), p.description()), "named provider", "fails with probability "
                    + ValueText.describe(p.annualDefaultProbability(), ValueText.fractionAsPercent())
                    + " a year, after which " + ValueText.describe(p.recoveryRate(), ValueText.fractionAsPercent())
                    + " of each of its bonds' face is recovered; wrote " + wrote.apply(p) + tie(p.driver()));
        }
        return t;
    }

    private static String correlations(Economy economy, String factor) {
        List<String> out = new ArrayList<>();
        for (FactorCorrelation c : economy.correlations()) {
            if (c.a().equals(factor) || c.b().equals(factor)) {
                out.add((c.a().equals(factor) ? c.b() : c.a()) + " " + NumberText.number(c.rho(), 4));
            }
        }
        return out.isEmpty() ? "" : "; yearly innovations correlated with " + String.join(", ", out);
    }

    private static String bondsOf(Scenario s, String provider) {
        List<String> out = new ArrayList<>();
        for (AssuranceInstrument a : s.assurance()) {
            if (a instanceof AssuranceInstrument.Bond b && provider.equals(b.provider())) {
                out.add(b.name());
            }
        }
        return out.isEmpty() ? "no bond of this scenario" : String.join(", ", out);
    }

    static String tie(Driver d) {
        return d == null ? "" : "; tied to " + d.factor() + " with weight " + NumberText.number(d.weight(), 4);
    }
}
