package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.json.NumberText.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.closureassurance.scenarios.PortfolioFormat.Top;
import org.closureassurance.scenarios.ScenarioFormat.Common;
import org.closureassurance.scenarios.json.JsonNode;
import org.closureassurance.scenarios.json.JsonPath;
import org.closureassurance.simulator.model.AfterForfeiture;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.Correlation;
import org.closureassurance.simulator.model.Economics;
import org.closureassurance.simulator.model.Economy;
import org.closureassurance.simulator.model.Forfeiture;
import org.closureassurance.simulator.model.InputField;
import org.closureassurance.simulator.model.Provider;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.model.SimulationSettings;
import org.closureassurance.simulator.portfolio.PooledFund;
import org.closureassurance.simulator.portfolio.Portfolio;
import org.closureassurance.simulator.portfolio.ScenarioSite;
import org.closureassurance.simulator.portfolio.SimpleSite;
import org.closureassurance.simulator.portfolio.Site;
import org.closureassurance.simulator.value.Value;

/**
 * Turns a portfolio file's JSON tree, and the files it names, into a {@link Portfolio},
 * collecting every problem of every file; the portfolio is built only when there is none.
 * Shared objects are read with the scenario format's declarations, a scenario site's file with
 * {@link ScenarioReader}, a register with {@link RegisterTable} and {@link RegisterBinder}.
 */
final class PortfolioBinder {
    private final String file;
    private final Path folder;
    private final List<ValidationError> errors;
    private final List<PortfolioError> elsewhere = new ArrayList<>();
    /** The files the portfolio names, as read (scenario files, then the register). */
    private final List<PortfolioInput> inputs = new ArrayList<>();
    /** Factor and provider names the portfolio declares, for the references of its sites. */
    private final Set<String> factors = new LinkedHashSet<>();
    private final Set<String> providers = new LinkedHashSet<>();

    private PortfolioBinder(String file, Path folder, List<ValidationError> earlier) {
        this.file = file;
        this.folder = folder;
        this.errors = new ArrayList<>(earlier);
    }

    /**
     * The portfolio in {@code root} (null when the JSON could not be parsed) of {@code file} in
     * {@code folder}; {@code own} is the portfolio file's input, listed first among the inputs.
     */
    static PortfolioLoad bind(JsonNode root, String file, Path folder, List<ValidationError> earlier,
                              List<PortfolioInput> own) {
        PortfolioBinder b = new PortfolioBinder(file, folder, earlier);
        Portfolio portfolio = root == null ? null : b.portfolio(root);
        List<PortfolioError> all = new ArrayList<>();
        b.errors.forEach(e -> all.add(PortfolioError.of(file, e)));
        all.addAll(b.elsewhere);
        List<PortfolioInput> inputs = new ArrayList<>(own);
        inputs.addAll(b.inputs);
        return all.isEmpty() ? new PortfolioLoad.Loaded(Objects.requireNonNull(portfolio, "portfolio"), inputs)
                : new PortfolioLoad.Invalid(all);
    }

    private Portfolio portfolio(JsonNode root) {
        JsonFields top = JsonFields.open(root, JsonPath.ROOT, errors);
        if (top == null) {
            return null;
        }
        top.allow("", Top.OBJECT, null);
        String format = top.string(Top.FORMAT);
        if (format != null && !format.equals(Portfolio.FORMAT)) {
            top.error(Top.FORMAT, "must be \"" + Portfolio.FORMAT + "\", was \"" + format + "\"");
        }
        String name = top.string(Top.NAME);
        if (name != null) {
            NameChecks.checkPrintable(Top.NAME.name(), name, errors);
        }
        String description = top.string(Top.DESCRIPTION);
        String currency = top.string(Top.CURRENCY);
        Integer baseYear = top.has(Top.BASE_YEAR) ? top.integer(Top.BASE_YEAR) : null;
        SimulationSettings simulation = ScenarioBinder.simulation(top.object(Top.SIMULATION));
        JsonFields economicsFields = top.object(Top.ECONOMICS);
        Economics economics = economicsFields == null ? null : new EconomicsBinder(errors).economics(economicsFields);
        declaredNames(top.object(Top.ECONOMY), EconomyFormat.Economy.FACTORS.name(), factors);
        declaredNames(top, Top.PROVIDERS.name(), providers);
        EconomyBinder shared = new EconomyBinder(errors);
        Economy economy = shared.economy(top);
        List<Provider> providerList = shared.providers(top);
        shared.checkReferences(economy, providerList == null ? List.of() : present(providerList),
                providerList != null && !providerList.contains(null));
        List<Site> sites = sites(top, currency);
        if (economics != null) {
            checkEconomics(economics, sites);
        }
        PooledFund fund = fund(top.object(Top.FUND));
        if (!errors.isEmpty() || !elsewhere.isEmpty() || !top.complete() || economy == null || providerList == null) {
            return null;
        }
        return new Portfolio(name, description, currency, baseYear, simulation, economics, economy, providerList,
                sites, fund);
    }

    /**
     * The portfolio's economics checked as a scenario's are: every rate above -1, the escalation
     * within its limits, a schedule's steps in order, and, since the portfolio's economics
     * replaces every scenario site's own, the convergence of a perpetual water stream any
     * scenario site holds. The double-precision check of a stream's own value is left to the
     * run, which names the site: its paths lie in the scenario's file, not this one.
     */
    private void checkEconomics(Economics economics, List<Site> sites) {
        boolean perpetualWater = sites.stream()
                .anyMatch(s -> s instanceof ScenarioSite site && site.scenario().hasPerpetualWater());
        EconomicsChecks.checkEconomics(economics, perpetualWater, List.of(), errors);
    }

    /**
     * The names in list {@code key} of {@code f} (null: absent), which sites' drivers and bonds
     * refer to. The factors' and providers' own fields are read by the economy's format.
     */
    private static void declaredNames(JsonFields f, String key, Set<String> into) {
        List<JsonNode> nodes = f == null ? null : f.list(key, false);
        if (nodes == null) {
            return;
        }
        for (JsonNode n : nodes) {
            if (n instanceof JsonNode.JsonObject o && o.get(Common.NAME.name()) instanceof JsonNode.JsonString s) {
                into.add(s.value());
            }
        }
    }

    private static <T> List<T> present(List<T> elements) {
        return elements.stream().filter(Objects::nonNull).toList();
    }

    private List<Site> sites(JsonFields top, String currency) {
        List<JsonNode> nodes = top.list(Top.SITES);
        List<Site> out = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; nodes != null && i < nodes.size(); i++) {
            String path = JsonPath.index(Top.SITES.name(), i);
            JsonFields f = JsonFields.open(nodes.get(i), path, "{\"name\": ..., \"scenario\": \"site.json\"}",
                    errors);
            names.add(f == null ? null : f.string(Common.NAME));
            Site site = f == null ? null
                    : f.has(PortfolioFormat.ScenarioSite.SCENARIO) ? scenarioSite(f, currency) : simpleSite(f);
            out.add(site != null && f.complete() ? site : null);
        }
        NameChecks.checkNames(Top.SITES.name(), names, errors);
        JsonFields register = top.object(Top.REGISTER);
        if (register != null) {
            out.addAll(register(register, names));
        }
        return out.stream().filter(Objects::nonNull).toList();
    }

    private Site scenarioSite(JsonFields f, String currency) {
        f.allow(" in a scenario site", PortfolioFormat.ScenarioSite.OBJECT, null);
        String name = f.string(Common.NAME);
        String relative = f.string(PortfolioFormat.ScenarioSite.SCENARIO);
        Path path = folder.resolve(relative);
        LoadResult loaded = ScenarioReader.read(path);
        if (!loaded.isValid()) {
            if (loaded.errors().size() == 1 && loaded.errors().get(0).message().endsWith("no such file")) {
                f.error(PortfolioFormat.ScenarioSite.SCENARIO, "no such file: " + relative + " (looked for " + path
                        + ")");
            } else {
                loaded.errors().forEach(e -> elsewhere.add(PortfolioError.of(relative, e)));
                f.fail();
            }
            return null;
        }
        Scenario scenario = loaded.scenarioOrThrow();
        input(PortfolioInput.SCENARIO, relative, path);
        if (currency != null && scenario.currency() != null && !currency.equals(scenario.currency())) {
            f.error(PortfolioFormat.ScenarioSite.SCENARIO, "the scenario " + relative + " is in "
                    + scenario.currency() + " but the portfolio is in " + currency);
        }
        checkSharedNames(f, relative, scenario);
        for (Correlation c : scenario.correlations()) {
            for (String input : List.of(c.a(), c.b())) {
                if (input.startsWith(InputField.Section.ECONOMICS.key() + "/")) {
                    f.error(PortfolioFormat.ScenarioSite.SCENARIO, "the scenario " + relative + " correlates "
                            + input + ", which the portfolio's " + Top.ECONOMICS.name() + " replaces");
                }
            }
        }
        return name == null ? null : new ScenarioSite(name, scenario);
    }

    /**
     * Every factor a scenario site's drivers name and every provider its bonds name must be the
     * portfolio's, whose economy and providers replace the scenario's own; each miss is named at
     * the site, with the path in the scenario file.
     */
    private void checkSharedNames(JsonFields f, String relative, Scenario scenario) {
        List<EconomyChecks.DriverAt> drivers = new ArrayList<>();
        List<EconomyChecks.ProviderAt> named = new ArrayList<>();
        EconomyChecks.references(scenario, drivers, named);
        for (EconomyChecks.DriverAt d : drivers) {
            if (!factors.contains(d.driver().factor())) {
                f.error(PortfolioFormat.ScenarioSite.SCENARIO, "the scenario " + relative + ", at " + d.path() + ": "
                        + unknown(PortfolioFormat.Columns.FACTOR, d.driver().factor(), factors)
                        + "; the portfolio's economy replaces the scenario's");
            }
        }
        for (EconomyChecks.ProviderAt p : named) {
            if (!providers.contains(p.name())) {
                f.error(PortfolioFormat.ScenarioSite.SCENARIO, "the scenario " + relative + ", at "
                        + FieldChecks.at(p.path(), AssuranceFormat.Assurance.PROVIDER) + ": "
                        + unknown(PortfolioFormat.Columns.PROVIDER, p.name(), providers) + "; the portfolio's providers replace the scenario's");
            }
        }
    }

    private Site simpleSite(JsonFields f) {
        f.allow(" in a simple site", PortfolioFormat.SimpleSite.OBJECT, null);
        String name = f.string(Common.NAME);
        String category = f.string(PortfolioFormat.SimpleSite.CATEGORY);
        Double estimate = f.number(PortfolioFormat.SimpleSite.ESTIMATE);
        if (estimate != null && estimate < 0) {
            f.error(PortfolioFormat.SimpleSite.ESTIMATE, "must be >= 0 (was " + format(estimate) + ")");
        }
        Value multiplier = f.value(PortfolioFormat.SimpleSite.MULTIPLIER);
        if (multiplier != null) {
            ValueChecks.within(f.path(PortfolioFormat.SimpleSite.MULTIPLIER), multiplier,
                    PortfolioFormat.SimpleSite.MULTIPLIER.bounds(), errors);
        }
        Value closureYear = f.value(PortfolioFormat.SimpleSite.CLOSURE_YEAR);
        Integer duration = f.integer(PortfolioFormat.SimpleSite.CLOSURE_DURATION_YEARS);
        EconomyBinder economy = new EconomyBinder(errors);
        JsonFields forfeitureFields = f.object(PortfolioFormat.SimpleSite.FORFEITURE);
        Forfeiture forfeiture = forfeitureFields == null ? null
                : new ForfeitureBinder(errors, economy).forfeiture(forfeitureFields);
        List<AssuranceInstrument> assurance = assurance(f, economy);
        economy.checkReferences(new ArrayList<>(factors), new ArrayList<>(providers));
        AfterForfeiture after = afterForfeiture(f);
        if (!f.complete() || forfeiture == null || assurance == null || after == null || errors.size() > 0) {
            f.fail();
            return null;
        }
        return new SimpleSite(name, category, estimate, multiplier, closureYear, duration, forfeiture, assurance,
                after);
    }

    /** A simple site's instruments; their drivers and providers are checked with the site's forfeiture's. */
    private List<AssuranceInstrument> assurance(JsonFields site, EconomyBinder economy) {
        List<JsonNode> nodes = site.list(PortfolioFormat.SimpleSite.ASSURANCE);
        if (nodes == null) {
            return site.has(PortfolioFormat.SimpleSite.ASSURANCE) ? null : List.of();
        }
        AssuranceBinder binder = new AssuranceBinder(errors, economy);
        List<AssuranceInstrument> out = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String section = site.path(PortfolioFormat.SimpleSite.ASSURANCE);
        for (int i = 0; i < nodes.size(); i++) {
            JsonFields f = JsonFields.open(nodes.get(i), JsonPath.index(section, i), errors);
            AssuranceInstrument a = f == null ? null : binder.assurance(f);
            names.add(a == null ? null : a.name());
            if (a instanceof AssuranceInstrument.TrustFund t && t.drawdown()) {
                f.error(AssuranceFormat.Assurance.DRAWDOWN,
                        "a simple site has no planned package for a trust fund to draw down");
            }
            out.add(a != null && f.complete() ? a : null);
        }
        NameChecks.checkNames(section, names, errors);
        return out.contains(null) ? null : out;
    }

    private AfterForfeiture afterForfeiture(JsonFields site) {
        JsonFields f = site.object(PortfolioFormat.SimpleSite.AFTER_FORFEITURE);
        return f == null ? AfterForfeiture.NONE : new AfterForfeitureBinder(errors).afterForfeiture(f);
    }

    /** The register's sites, each name checked against every earlier site's. */
    private List<Site> register(JsonFields f, List<String> earlierNames) {
        f.allow("", PortfolioFormat.Register.OBJECT, null);
        String relative = f.string(PortfolioFormat.Register.FILE);
        if (relative == null) {
            return List.of();
        }
        Path path = folder.resolve(relative);
        RegisterTable table;
        try {
            table = RegisterTable.read(path);
        } catch (NoSuchFileException e) {
            f.error(PortfolioFormat.Register.FILE, "no such file: " + relative + " (looked for " + path + ")");
            return List.of();
        } catch (IOException | RuntimeException e) {
            f.error(PortfolioFormat.Register.FILE, "cannot read " + relative + ": " + e.getMessage());
            return List.of();
        }
        input(PortfolioInput.REGISTER, relative, path);
        List<SimpleSite> sites = new RegisterBinder(relative, table, factors, providers, elsewhere).sites();
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < earlierNames.size(); i++) {
            if (earlierNames.get(i) != null) {
                seen.putIfAbsent(earlierNames.get(i), JsonPath.index(Top.SITES.name(), i));
            }
        }
        List<Site> out = new ArrayList<>();
        for (int i = 0; i < sites.size(); i++) {
            SimpleSite s = sites.get(i);
            RegisterTable.Line line = table.rows().get(i);
            if (s != null) {
                String earlier = seen.putIfAbsent(s.name(), table.where(line));
                if (earlier != null) {
                    int column = table.header().indexOf(PortfolioFormat.Columns.NAME);
                    elsewhere.add(new PortfolioError(relative, table.where(line, column),
                            "duplicate site name \"" + s.name() + "\" (also " + earlier + "); names must be unique "
                                    + "across all sites"));
                }
            }
            out.add(s);
        }
        return out;
    }

    /** Records the file read at {@code path}, hashing its bytes (read again: the readers do not keep them). */
    private void input(String role, String relative, Path path) {
        try {
            inputs.add(PortfolioInput.of(role, relative, Files.readAllBytes(path)));
        } catch (IOException | RuntimeException e) {
            elsewhere.add(new PortfolioError(relative, JsonPath.ROOT, "cannot read the file again: " + e.getMessage()));
        }
    }

    private PooledFund fund(JsonFields f) {
        if (f == null) {
            return null;
        }
        f.allow("", PortfolioFormat.Fund.OBJECT, null);
        String given = f.string(PortfolioFormat.Fund.NAME);
        String name = given == null ? PortfolioFormat.Fund.DEFAULT_NAME : given;
        Double initial = nonNegative(f, PortfolioFormat.Fund.INITIAL_BALANCE);
        Double percent = nonNegative(f, PortfolioFormat.Fund.CONTRIBUTION_PERCENT);
        Value annualReturn = f.value(PortfolioFormat.Fund.ANNUAL_RETURN);
        Value fee = f.value(PortfolioFormat.Fund.ANNUAL_FEE_RATE);
        if (fee != null) {
            ValueChecks.within(f.path(PortfolioFormat.Fund.ANNUAL_FEE_RATE), fee,
                    PortfolioFormat.Fund.ANNUAL_FEE_RATE.bounds(), errors);
        }
        return f.complete() ? new PooledFund(name, initial, percent, annualReturn, fee) : null;
    }

    /** The message for a reference to {@code name}, which is not among the {@code known} names of its kind. */
    static String unknown(String what, String name, Set<String> known) {
        return "unknown " + what + " \"" + name + "\" " + (known.isEmpty() ? "(the portfolio declares no " + what
                + ")" : Suggestions.hint(name, List.copyOf(known)));
    }

    /** A number field {@code >= 0}, its default when absent. */
    private static Double nonNegative(JsonFields f, FormatField field) {
        Double d = f.has(field) ? f.number(field) : Double.valueOf(field.defaultJson());
        if (d != null && d < 0) {
            f.error(field, "must be >= 0 (was " + format(d) + ")");
            return null;
        }
        return d;
    }
}
