package org.closureassurance.scenarios;

import java.util.ArrayList;
import java.util.List;
import org.closureassurance.scenarios.EconomyFormat.Factor;
import org.closureassurance.scenarios.EconomyFormat.FactorCorrelation;
import org.closureassurance.scenarios.ScenarioFormat.Common;
import org.closureassurance.scenarios.ScenarioFormat.Top;
import org.closureassurance.scenarios.json.JsonNode;
import org.closureassurance.scenarios.json.JsonPath;
import org.closureassurance.simulator.model.Driver;
import org.closureassurance.simulator.model.EconomicFactor;
import org.closureassurance.simulator.model.Economy;
import org.closureassurance.simulator.model.Provider;
import org.closureassurance.simulator.value.Value;

/**
 * Binds {@code economy}, {@code providers[]} and every {@code driver} for
 * {@link ScenarioBinder}, remembering where each driver and each bond's {@code provider} sits so
 * that, once the whole file is read, {@link #checkReferences} can name the path of one that
 * names an unknown factor or provider.
 */
final class EconomyBinder {
    private final List<ValidationError> errors;
    private final List<EconomyChecks.DriverAt> drivers = new ArrayList<>();
    private final List<EconomyChecks.ProviderAt> named = new ArrayList<>();
    /** Whether the factor list was read in full, so that a driver naming no factor is an error. */
    private boolean factorsKnown = true;

    /** A binder that reports into {@code errors}, the list the whole file reports into. */
    EconomyBinder(List<ValidationError> errors) {
        this.errors = errors;
    }

    /** The driver at {@code field} of {@code owner}; null when absent or unreadable (the owner then incomplete). */
    Driver driver(JsonFields owner, FormatField field) {
        if (!owner.has(field)) {
            return null;
        }
        JsonFields f = owner.object(field);
        if (f == null) {
            return null;
        }
        f.allow(" in a driver", EconomyFormat.Driver.OBJECT, null);
        String factor = f.string(EconomyFormat.Driver.FACTOR);
        Double weight = f.number(EconomyFormat.Driver.WEIGHT);
        int before = errors.size();
        EconomyChecks.inBounds(f.path(), EconomyFormat.Driver.WEIGHT, weight, errors);
        if (!f.complete() || errors.size() > before) {
            owner.fail();
            return null;
        }
        Driver d = new Driver(factor, weight);
        drivers.add(new EconomyChecks.DriverAt(f.path(), d));
        return d;
    }

    /** Remembers that the bond at {@code path} names provider {@code name}. */
    void providerNamed(String path, String name) {
        named.add(new EconomyChecks.ProviderAt(path, name));
    }

    /** The {@code economy} object; {@link Economy#NONE} when absent, null when unreadable. */
    Economy economy(JsonFields top) {
        if (!top.has(Top.ECONOMY)) {
            return Economy.NONE;
        }
        JsonFields f = top.object(Top.ECONOMY);
        if (f == null) {
            factorsKnown = false;
            return null;
        }
        f.allow("", EconomyFormat.Economy.OBJECT, null);
        List<EconomicFactor> factors = elements(f, EconomyFormat.Economy.FACTORS, "{\"name\": ..., \"persistence\": 0.7}",
                this::factor);
        List<org.closureassurance.simulator.model.FactorCorrelation> correlations = elements(f,
                EconomyFormat.Economy.CORRELATIONS, "{\"a\": ..., \"b\": ..., \"rho\": 0.5}", this::correlation);
        factorsKnown = factors != null && !factors.contains(null);
        List<String> names = new ArrayList<>();
        if (factors != null) {
            for (EconomicFactor factor : factors) {
                names.add(factor == null ? null : factor.name());
            }
            NameChecks.checkNames(f.path(EconomyFormat.Economy.FACTORS), names, errors);
        }
        if (factorsKnown && correlations != null) {
            EconomyChecks.checkCorrelations(names, correlations, errors);
        }
        if (!f.complete() || factors == null || correlations == null || factors.contains(null)
                || correlations.contains(null)) {
            return null;
        }
        return new Economy(factors, correlations);
    }

    private EconomicFactor factor(JsonFields f) {
        f.allow(" in a factor", Factor.OBJECT, null);
        String name = f.string(Common.NAME);
        String description = f.string(Common.DESCRIPTION);
        Double persistence = f.number(Factor.PERSISTENCE);
        int before = errors.size();
        EconomyChecks.inBounds(f.path(), Factor.PERSISTENCE, persistence, errors);
        return f.complete() && errors.size() == before ? new EconomicFactor(name, description, persistence) : null;
    }

    private org.closureassurance.simulator.model.FactorCorrelation correlation(JsonFields f) {
        f.allow(" in a factor correlation", FactorCorrelation.OBJECT, null);
        String a = f.string(FactorCorrelation.A);
        String b = f.string(FactorCorrelation.B);
        Double rho = f.number(FactorCorrelation.RHO);
        int before = errors.size();
        EconomyChecks.inBounds(f.path(), FactorCorrelation.RHO, rho, errors);
        return f.complete() && errors.size() == before
                ? new org.closureassurance.simulator.model.FactorCorrelation(a, b, rho) : null;
    }

    /**
     * A portfolio's {@code providers[]} (its element names checked); empty when absent, null
     * when the list is unreadable, an unreadable element null.
     */
    List<Provider> providers(JsonFields top) {
        List<Provider> providers = elements(top, Top.PROVIDERS, "{\"name\": ..., \"annualDefaultProbability\": 0.01}",
                this::provider);
        if (providers != null) {
            List<JsonNode> nodes = top.list(Top.PROVIDERS);
            List<String> names = new ArrayList<>();
            for (JsonNode n : nodes == null ? List.<JsonNode>of() : nodes) {
                names.add(n instanceof JsonNode.JsonObject o && o.get(Common.NAME.name()) instanceof JsonNode.JsonString s
                        ? s.value() : null);
            }
            NameChecks.checkNames(Top.PROVIDERS.name(), names, errors);
        }
        return providers;
    }

    /** One {@code providers[]} element. */
    Provider provider(JsonFields f) {
        f.allow(" in a provider", EconomyFormat.Provider.OBJECT, null);
        String name = f.string(Common.NAME);
        String description = f.string(Common.DESCRIPTION);
        Value probability = f.value(EconomyFormat.Provider.ANNUAL_DEFAULT_PROBABILITY);
        Value recovery = f.value(EconomyFormat.Provider.RECOVERY_RATE);
        Driver driver = driver(f, EconomyFormat.Provider.DRIVER);
        FieldChecks.inRange(f.path(), EconomyFormat.Provider.ANNUAL_DEFAULT_PROBABILITY, probability, errors);
        FieldChecks.inRange(f.path(), EconomyFormat.Provider.RECOVERY_RATE, recovery, errors);
        return f.complete() ? new Provider(name, description, probability, recovery, driver) : null;
    }

    /**
     * After the whole file: every driver names a factor and every bond's provider a provider
     * (not judged when the factor or provider list could not be read).
     */
    void checkReferences(Economy economy, List<Provider> providers, boolean providersKnown) {
        List<String> factorNames = new ArrayList<>();
        if (economy != null) {
            economy.factors().forEach(f -> factorNames.add(f.name()));
        }
        List<String> providerNames = new ArrayList<>();
        providers.forEach(p -> providerNames.add(p.name()));
        EconomyChecks.checkReferences(factorNames, providerNames, factorsKnown ? drivers : List.of(),
                providersKnown ? named : List.of(), errors);
    }

    /**
     * After a portfolio's site: every driver names one of {@code factorNames} and every bond's
     * provider one of {@code providerNames}, the names the portfolio declares.
     */
    void checkReferences(List<String> factorNames, List<String> providerNames) {
        EconomyChecks.checkReferences("this portfolio", factorNames, providerNames, drivers, named, errors);
    }

    /** Each element of the list {@code field} of {@code f} (null where unreadable); null when the list is. */
    private <T> List<T> elements(JsonFields f, FormatField field, String example,
                                 java.util.function.Function<JsonFields, T> binder) {
        List<JsonNode> nodes = f.list(field);
        if (nodes == null) {
            return f.has(field) ? null : new ArrayList<>();
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonFields e = JsonFields.open(nodes.get(i), JsonPath.index(f.path(field), i), example, errors);
            T element = e == null ? null : binder.apply(e);
            out.add(element != null && e.complete() ? element : null);
        }
        return out;
    }
}
