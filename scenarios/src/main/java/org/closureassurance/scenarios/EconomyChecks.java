package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.FieldChecks.at;
import static org.closureassurance.scenarios.json.NumberText.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.closureassurance.scenarios.AssuranceFormat.Assurance;
import org.closureassurance.scenarios.EconomyFormat.FactorCorrelation;
import org.closureassurance.scenarios.ScenarioFormat.Top;
import org.closureassurance.scenarios.json.JsonPath;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.Driver;
import org.closureassurance.simulator.model.EconomicFactor;
import org.closureassurance.simulator.model.Economy;
import org.closureassurance.simulator.model.Forfeiture;
import org.closureassurance.simulator.model.Provider;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.random.GaussianCopula;

/**
 * Checks of the economic factors, their correlations, drivers and named providers: plain
 * numbers within their limits, correlations between known factors that together are positive
 * definite, drivers naming known factors, bonds naming known providers and not also giving
 * their own failure figures.
 */
final class EconomyChecks {
    private EconomyChecks() {
    }

    /** A driver at {@code path} in the file. */
    record DriverAt(String path, Driver driver) {
    }

    /** A bond at {@code path} that names provider {@code name}. */
    record ProviderAt(String path, String name) {
    }

    /** The number {@code x} of {@code field} at {@code path} lies within the field's limits; null passes. */
    static void inBounds(String path, FormatField field, Double x, List<ValidationError> out) {
        ValueChecks.Bounds b = field.bounds();
        if (x == null || b == null) {
            return;
        }
        boolean above = b.loOpen() ? x > b.lo() : x >= b.lo();
        boolean below = b.hiOpen() ? x < b.hi() : x <= b.hi();
        if (!(above && below)) {
            out.add(new ValidationError(at(path, field), b.requirement() + " (was " + format(x) + ")"));
        }
    }

    /** Checks the correlations of {@code economy}; {@code correlations} may hold nulls (unreadable entries). */
    static void checkCorrelations(List<String> factors, List<org.closureassurance.simulator.model.FactorCorrelation>
            correlations, List<ValidationError> out) {
        String section = JsonPath.field(Top.ECONOMY.name(), EconomyFormat.Economy.CORRELATIONS.name());
        boolean ready = true;
        Map<String, Integer> pairs = new HashMap<>();
        for (int i = 0; i < correlations.size(); i++) {
            var c = correlations.get(i);
            if (c == null) {
                ready = false;
                continue;
            }
            String p = JsonPath.index(section, i);
            boolean ok = knownFactor(at(p, FactorCorrelation.A), c.a(), factors, out)
                    & knownFactor(at(p, FactorCorrelation.B), c.b(), factors, out);
            if (c.a().equals(c.b())) {
                out.add(new ValidationError(at(p, FactorCorrelation.B), "must name another factor than a (both were \""
                        + c.a() + "\")"));
                ok = false;
            }
            String key = c.a().compareTo(c.b()) < 0 ? c.a() + "\n" + c.b() : c.b() + "\n" + c.a();
            Integer earlier = pairs.putIfAbsent(key, i);
            if (earlier != null) {
                out.add(new ValidationError(p, "correlates \"" + c.a() + "\" and \"" + c.b() + "\" again (already in "
                        + JsonPath.index(section, earlier) + ")"));
                ok = false;
            }
            ready &= ok;
        }
        if (ready && !correlations.isEmpty()) {
            checkPositiveDefinite(section, factors, correlations, out);
        }
    }

    private static void checkPositiveDefinite(String section, List<String> factors,
                                              List<org.closureassurance.simulator.model.FactorCorrelation> correlations,
                                              List<ValidationError> out) {
        int n = factors.size();
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1.0;
        }
        for (var c : correlations) {
            int a = factors.indexOf(c.a());
            int b = factors.indexOf(c.b());
            m[a][b] = c.rho();
            m[b][a] = c.rho();
        }
        int[] group = GaussianCopula.nonPositiveDefinitePearsonGroup(m);
        if (group.length > 0) {
            List<String> named = new ArrayList<>();
            for (int g : group) {
                named.add("\"" + factors.get(g) + "\"");
            }
            out.add(new ValidationError(section, "the correlations among the factors " + String.join(", ", named)
                    + " contradict each other: their matrix is not positive definite (weaken some of them)"));
        }
    }

    private static boolean knownFactor(String path, String name, List<String> factors, List<ValidationError> out) {
        if (factors.contains(name)) {
            return true;
        }
        out.add(new ValidationError(path, unknown("economic factor", "this scenario", name, factors, "economy.factors")));
        return false;
    }

    /** Every driver names a known factor, every bond a known provider, of the scenario. */
    static void checkReferences(List<String> factors, List<String> providers, List<DriverAt> drivers,
                                List<ProviderAt> named, List<ValidationError> out) {
        checkReferences("this scenario", factors, providers, drivers, named, out);
    }

    /**
     * Every driver names a known factor, every bond a known provider, of the {@code owner} ("this
     * scenario", or "this portfolio" whose factors and providers its sites share).
     */
    static void checkReferences(String owner, List<String> factors, List<String> providers, List<DriverAt> drivers,
                                List<ProviderAt> named, List<ValidationError> out) {
        for (DriverAt d : drivers) {
            if (!factors.contains(d.driver().factor())) {
                out.add(new ValidationError(at(d.path(), EconomyFormat.Driver.FACTOR),
                        unknown("economic factor", owner, d.driver().factor(), factors, "economy.factors")));
            }
        }
        for (ProviderAt p : named) {
            if (!providers.contains(p.name())) {
                out.add(new ValidationError(at(p.path(), Assurance.PROVIDER),
                        unknown("bond provider", owner, p.name(), providers, Top.PROVIDERS.name())));
            }
        }
    }

    private static String unknown(String what, String owner, String name, List<String> known, String where) {
        String near = Suggestions.nearest(name, known);
        return "\"" + name + "\" names no " + what + " of " + owner + (near != null
                ? " (did you mean \"" + near + "\"?)"
                : known.isEmpty() ? " (" + where + " names none)" : " (" + where + ": " + String.join(", ", known) + ")");
    }

    /**
     * A bond that names a provider takes its failure year, recovery and driver from it, so it
     * must not give its own ({@code given} says which of the three it gave).
     */
    static void checkProviderBond(String path, boolean probability, boolean recovery, boolean driver,
                                  List<ValidationError> out) {
        String why = "must be left out when the bond names a provider, which gives it";
        if (probability) {
            out.add(new ValidationError(at(path, Assurance.PROVIDER_ANNUAL_DEFAULT_PROBABILITY), why));
        }
        if (recovery) {
            out.add(new ValidationError(at(path, Assurance.RECOVERY_RATE), why));
        }
        if (driver) {
            out.add(new ValidationError(at(path, Assurance.DRIVER), why));
        }
    }

    /** Every check of a scenario built from records: factors, correlations, providers and drivers. */
    static void checkScenario(Scenario s, List<ValidationError> out) {
        Economy economy = s.economy();
        String factorsPath = JsonPath.field(Top.ECONOMY.name(), EconomyFormat.Economy.FACTORS.name());
        List<String> factorNames = new ArrayList<>();
        for (EconomicFactor f : economy.factors()) {
            factorNames.add(f.name());
        }
        NameChecks.checkNames(factorsPath, factorNames, out);
        checkCorrelations(factorNames, economy.correlations(), out);
        List<String> providerNames = new ArrayList<>();
        List<DriverAt> drivers = new ArrayList<>();
        for (int i = 0; i < s.providers().size(); i++) {
            Provider v = s.providers().get(i);
            providerNames.add(v.name());
            String p = JsonPath.index(Top.PROVIDERS.name(), i);
            FieldChecks.inRange(p, EconomyFormat.Provider.ANNUAL_DEFAULT_PROBABILITY, v.annualDefaultProbability(), out);
            FieldChecks.inRange(p, EconomyFormat.Provider.RECOVERY_RATE, v.recoveryRate(), out);
            if (v.driver() != null) {
                drivers.add(new DriverAt(at(p, EconomyFormat.Provider.DRIVER), v.driver()));
            }
        }
        NameChecks.checkNames(Top.PROVIDERS.name(), providerNames, out);
        List<ProviderAt> named = new ArrayList<>();
        references(s, drivers, named);
        for (int i = 0; i < s.assurance().size(); i++) {
            if (s.assurance().get(i) instanceof AssuranceInstrument.Bond b && b.provider() != null) {
                checkProviderBond(JsonPath.index(Top.ASSURANCE.name(), i), !b.providerAnnualDefaultProbability().equals(
                        Assurance.PROVIDER_ANNUAL_DEFAULT_PROBABILITY.defaultValue()),
                        !b.recoveryRate().equals(Assurance.RECOVERY_RATE.defaultValue()), b.driver() != null, out);
            }
        }
        checkReferences(factorNames, providerNames, drivers, named, out);
    }

    /**
     * Adds the drivers of {@code s}'s forfeiture and instruments, and the providers its bonds
     * name, each with its path in the scenario: the names it needs from whatever economy and
     * providers it runs with (its own providers' drivers are not among them).
     */
    static void references(Scenario s, List<DriverAt> drivers, List<ProviderAt> named) {
        if (s.forfeiture() instanceof Forfeiture.AnnualHazard h && h.driver() != null) {
            drivers.add(new DriverAt(at(Top.FORFEITURE.name(), ScenarioFormat.Forfeiture.DRIVER), h.driver()));
        }
        for (int i = 0; i < s.assurance().size(); i++) {
            instrumentReferences(JsonPath.index(Top.ASSURANCE.name(), i), s.assurance().get(i), drivers, named);
        }
    }

    private static void instrumentReferences(String p, AssuranceInstrument a, List<DriverAt> drivers,
                                             List<ProviderAt> named) {
        if (a instanceof AssuranceInstrument.Bond b) {
            if (b.provider() != null) {
                named.add(new ProviderAt(p, b.provider()));
            } else if (b.driver() != null) {
                drivers.add(new DriverAt(at(p, Assurance.DRIVER), b.driver()));
            }
        } else if (a instanceof AssuranceInstrument.ParentGuarantee g && g.driver() != null) {
            drivers.add(new DriverAt(at(p, Assurance.DRIVER), g.driver()));
        } else if (a instanceof AssuranceInstrument.TrustFund t && t.returnDriver() != null) {
            drivers.add(new DriverAt(at(p, Assurance.RETURN_DRIVER), t.returnDriver()));
        }
    }
}
