package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.json.NumberText.format;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.closureassurance.scenarios.ScenarioFormat.Common;
import org.closureassurance.scenarios.ScenarioFormat.Top;
import org.closureassurance.scenarios.json.JsonNode;
import org.closureassurance.scenarios.json.JsonPath;
import org.closureassurance.simulator.model.AfterForfeiture;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.Correlation;
import org.closureassurance.simulator.model.CostItem;
import org.closureassurance.simulator.model.Economy;
import org.closureassurance.simulator.model.Economics;
import org.closureassurance.simulator.model.Forfeiture;
import org.closureassurance.simulator.model.IndirectCost;
import org.closureassurance.simulator.model.InputPaths;
import org.closureassurance.simulator.model.Overrun;
import org.closureassurance.simulator.model.Provider;
import org.closureassurance.simulator.model.RehabilitationDomain;
import org.closureassurance.simulator.model.Requirement;
import org.closureassurance.simulator.model.RiskEvent;
import org.closureassurance.simulator.model.Sampling;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.model.SimulationSettings;
import org.closureassurance.simulator.model.WaterStream;
import org.closureassurance.simulator.value.Value;

/**
 * Turns a JSON tree into a {@link Scenario}, section by section as docs/scenario-format.md lays
 * them out, collecting every problem. It reads the top level and its single objects itself and
 * hands each list section's elements to a binder of that section ({@link CostBinder},
 * {@link WaterBinder}, {@link RehabilitationBinder}, {@link RiskEventBinder},
 * {@link AssuranceBinder}, {@link OverrunBinder}). Each object's parts are checked with the validator's element
 * checks as soon as the object has been read, whether or not its other parts could be read,
 * so one file reports all its independent problems in one pass; an element is built only
 * from well-formed parts, and the scenario only when there are no problems at all.
 */
final class ScenarioBinder {
    private static final Value ZERO = Value.of(0);

    private final List<ValidationError> errors;
    /** Sections (and top-level inputs) that could not be read in full: their input paths are unknown. */
    private final Set<String> unresolved = new HashSet<>();
    private final CostBinder costBinder;
    private final WaterBinder waterBinder;
    private final RehabilitationBinder rehabilitationBinder;
    private final RiskEventBinder riskEventBinder;
    private final AssuranceBinder assuranceBinder;
    private final EconomyBinder economyBinder;
    private final OverrunBinder overrunBinder;
    private final EconomicsBinder economicsBinder;
    private final AfterForfeitureBinder afterForfeitureBinder;
    private final RequirementBinder requirementBinder;
    private final ForfeitureBinder forfeitureBinder;

    private ScenarioBinder(List<ValidationError> earlier) {
        this.errors = new ArrayList<>(earlier);
        this.costBinder = new CostBinder(errors);
        this.waterBinder = new WaterBinder(errors);
        this.rehabilitationBinder = new RehabilitationBinder(errors);
        this.riskEventBinder = new RiskEventBinder(errors);
        this.economyBinder = new EconomyBinder(errors);
        this.assuranceBinder = new AssuranceBinder(errors, economyBinder);
        this.overrunBinder = new OverrunBinder(errors);
        this.economicsBinder = new EconomicsBinder(errors);
        this.afterForfeitureBinder = new AfterForfeitureBinder(errors);
        this.requirementBinder = new RequirementBinder(errors);
        this.forfeitureBinder = new ForfeitureBinder(errors, economyBinder);
    }

    /**
     * The scenario in {@code root}, or every problem found in it after the {@code earlier}
     * ones (those the JSON reader found, such as numbers out of range, which leave holes in
     * the tree that are not reported twice).
     */
    static LoadResult bind(JsonNode root, List<ValidationError> earlier) {
        ScenarioBinder b = new ScenarioBinder(earlier);
        Scenario scenario = b.scenario(root);
        if (!b.errors.isEmpty()) {
            return new LoadResult.Invalid(b.errors);
        }
        return new LoadResult.Loaded(Objects.requireNonNull(scenario, "scenario"));
    }

    private Scenario scenario(JsonNode root) {
        if (!(root instanceof JsonNode.JsonObject)) {
            errors.add(new ValidationError(JsonPath.ROOT, "the file must hold a JSON object, was " + root.describe()));
            return null;
        }
        JsonFields top = JsonFields.open(root, JsonPath.ROOT, errors);
        top.allow("", Top.OBJECT, null);
        FormatVersion.check(top.string(Top.FORMAT), top);
        String name = top.string(Top.NAME);
        if (name != null) {
            NameChecks.checkPrintable(Top.NAME.name(), name, errors);
        }
        String description = top.string(Top.DESCRIPTION);
        String currency = top.string(Top.CURRENCY);
        Integer baseYear = top.has(Top.BASE_YEAR) ? top.integer(Top.BASE_YEAR) : null;
        SimulationSettings simulation = simulation(top.object(Top.SIMULATION));
        Economics economics = economics(top.object(Top.ECONOMICS));
        Value closureYear = top.value(Top.CLOSURE_YEAR);
        if (closureYear == null) {
            unresolved.add(Top.CLOSURE_YEAR.name());
        }
        Forfeiture forfeiture = forfeiture(top.object(Top.FORFEITURE));
        AfterForfeiture afterForfeiture = afterForfeiture(top);

        List<CostItem> costItems = section(top, Top.COST_ITEMS, "{\"name\": ..., \"amount\": 1000000}",
                costBinder::costItem);
        List<IndirectCost> indirectCosts = section(top, Top.INDIRECT_COSTS, "{\"name\": ..., \"percent\": 15}",
                costBinder::indirectCost);
        List<Correlation> correlations = section(top, Top.CORRELATIONS, "{\"a\": ..., \"b\": ..., \"rho\": 0.5}",
                this::correlation);
        List<WaterStream> water = section(top, Top.WATER_TREATMENT,
                "{\"name\": ..., \"duration\": {\"type\": \"perpetual\"}}", waterBinder::waterStream);
        List<RehabilitationDomain> rehabilitation = section(top, Top.REHABILITATION,
                "{\"name\": ..., \"area\": {\"value\": 50, \"unit\": \"ha\"}, \"recovery\": ...}",
                rehabilitationBinder::rehabilitation);
        List<RiskEvent> risks = section(top, Top.RISK_EVENTS, "{\"name\": ..., \"cost\": 1000000}",
                riskEventBinder::riskEvent);
        List<AssuranceInstrument> assurance = section(top, Top.ASSURANCE,
                "{\"type\": \"bond\", \"name\": ..., \"amount\": 1000000}", assuranceBinder::assurance);
        List<Overrun> overruns = section(top, Top.OVERRUNS, "{\"name\": ..., \"multiplier\": 1.3}",
                overrunBinder::overrun);
        if (!unresolved.contains(Top.COST_ITEMS.name())) {
            OverrunChecks.checkCategories(overruns, OverrunChecks.categories(costItems), errors);
        }
        Economy economy = economyBinder.economy(top);
        List<Provider> providers = section(top, Top.PROVIDERS, "{\"name\": ..., \"annualDefaultProbability\": 0.01}",
                economyBinder::provider);
        economyBinder.checkReferences(economy, present(providers), !unresolved.contains(Top.PROVIDERS.name()));
        List<Requirement> requirements = section(top, Top.REQUIREMENTS,
                "{\"name\": ..., \"rule\": \"percent-of-estimate\", \"estimate\": \"base\", \"percent\": 100}",
                requirementBinder::requirement);
        RequirementChecks.checkBaseNeedsPackage(requirements, !(costItems.isEmpty() && water.isEmpty()
                && rehabilitation.isEmpty() && risks.isEmpty()), errors);

        if (economics != null) {
            EconomicsChecks.checkEconomics(economics, waterBinder.perpetual(), water, errors);
        }
        Scenario draft = new Scenario(name == null ? "" : name, description, currency, baseYear,
                simulation == null ? new SimulationSettings(1, 0, 1, Sampling.MONTE_CARLO) : simulation,
                economics == null ? new Economics(ZERO) : economics,
                closureYear == null ? ZERO : closureYear,
                forfeiture == null ? new Forfeiture.AtClosure() : forfeiture,
                present(costItems), present(indirectCosts), List.of(), present(water), present(rehabilitation),
                present(risks), present(assurance), present(overruns), economy == null ? Economy.NONE : economy,
                present(providers), afterForfeiture);
        Predicate<String> unknown = path -> unresolved.stream()
                .anyMatch(u -> path.equals(u) || path.startsWith(u + "/"));
        CorrelationChecks.checkCorrelations(correlations, InputPaths.all(draft), unknown, errors);
        if (!errors.isEmpty()) {
            return null;
        }
        return new Scenario(name, description, currency, baseYear, simulation, economics, closureYear, forfeiture,
                costItems, indirectCosts, correlations, water, rehabilitation, risks, assurance, overruns, economy,
                providers, afterForfeiture, requirements);
    }

    /**
     * Binds every element of list {@code key} (an element that cannot be built is null), then
     * checks names; {@code example} shows the shape of an element to one that is not an object.
     */
    private <T> List<T> section(JsonFields top, FormatField field, String example, ElementBinder<T> binder) {
        String key = field.name();
        List<JsonNode> nodes = top.list(field);
        if (nodes == null) {
            if (top.has(key)) {
                unresolved.add(key);
            }
            return List.of();
        }
        List<T> out = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            String path = JsonPath.index(key, i);
            names.add(nodes.get(i) instanceof JsonNode.JsonObject o
                    && o.get(Common.NAME.name()) instanceof JsonNode.JsonString n
                    ? n.value() : null);
            JsonFields f = JsonFields.open(nodes.get(i), path, example, errors);
            T element = null;
            if (f != null) {
                element = binder.bind(f);
                if (element != null && !f.complete()) {
                    element = null;
                }
            }
            if (element == null) {
                unresolved.add(key);
            }
            out.add(element);
        }
        NameChecks.checkNames(key, names, errors);
        return out;
    }

    private static <T> List<T> present(List<T> elements) {
        return elements.stream().filter(Objects::nonNull).toList();
    }

    /** Builds one list element from its fields, or returns null after reporting why it cannot. */
    @FunctionalInterface
    private interface ElementBinder<T> {
        T bind(JsonFields f);
    }

    /** The {@code simulation} object (null: absent); also a portfolio's. */
    static SimulationSettings simulation(JsonFields f) {
        if (f == null) {
            return null;
        }
        f.allow("", ScenarioFormat.Simulation.OBJECT, null);
        Integer iterations = f.integer(ScenarioFormat.Simulation.ITERATIONS);
        Long seed = f.whole(ScenarioFormat.Simulation.SEED);
        Integer horizon = f.integer(ScenarioFormat.Simulation.HORIZON_YEARS);
        String sampling = f.choice(ScenarioFormat.Simulation.SAMPLING, "sampling method");
        if (!f.complete()) {
            return null;
        }
        return new SimulationSettings(iterations, seed, horizon, Sampling.byId(sampling));
    }

    private Economics economics(JsonFields f) {
        if (f == null) {
            unresolved.add(Top.ECONOMICS.name());
            return null;
        }
        Economics economics = economicsBinder.economics(f);
        if (economics == null) {
            unresolved.add(Top.ECONOMICS.name());
        }
        return economics;
    }

    /** The {@code afterForfeiture} section: none when left out, null (reported) when unreadable. */
    private AfterForfeiture afterForfeiture(JsonFields top) {
        if (!top.has(Top.AFTER_FORFEITURE)) {
            return AfterForfeiture.NONE;
        }
        JsonFields f = top.object(Top.AFTER_FORFEITURE);
        AfterForfeiture after = f == null ? null : afterForfeitureBinder.afterForfeiture(f);
        if (after == null) {
            unresolved.add(Top.AFTER_FORFEITURE.name());
        }
        return after;
    }

    private Forfeiture forfeiture(JsonFields f) {
        Forfeiture result = f == null ? null : forfeitureBinder.forfeiture(f);
        if (result == null) {
            unresolved.add(Top.FORFEITURE.name());
        }
        return result;
    }

    private Correlation correlation(JsonFields f) {
        f.allow(" in a correlation", CorrelationFormat.Correlation.OBJECT, null);
        String a = f.string(CorrelationFormat.Correlation.A);
        String b = f.string(CorrelationFormat.Correlation.B);
        Double rho = f.number(CorrelationFormat.Correlation.RHO);
        if (rho != null && !(rho > -1 && rho < 1)) {
            f.error(CorrelationFormat.Correlation.RHO, "must lie strictly between -1 and 1 (was " + format(rho) + ")");
        }
        return f.complete() ? new Correlation(a, b, rho) : null;
    }

}
