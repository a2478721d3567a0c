package org.closureassurance.simulator.model;

import java.util.List;
import java.util.Objects;
import org.closureassurance.simulator.value.Value;

/**
 * A whole, validated closure-assurance scenario (format {@code closure-assurance/1}): the
 * closure package, its uncertainty and the assurance held against it. Optional text fields
 * ({@code description}, {@code currency}) and {@code baseYear} are nullable; lists are never
 * null; {@code economy} is {@link Economy#NONE} and {@code afterForfeiture} is
 * {@link AfterForfeiture#NONE} when not given.
 */
public record Scenario(String name, String description, String currency, Integer baseYear,
                       SimulationSettings simulation, Economics economics, Value closureYear,
                       Forfeiture forfeiture, List<CostItem> costItems, List<IndirectCost> indirectCosts,
                       List<Correlation> correlations, List<WaterStream> waterTreatment,
                       List<RehabilitationDomain> rehabilitation, List<RiskEvent> riskEvents,
                       List<AssuranceInstrument> assurance, List<Overrun> overruns, Economy economy,
                       List<Provider> providers, AfterForfeiture afterForfeiture, List<Requirement> requirements) {
    /** The format identifier every scenario file carries. */
    public static final String FORMAT = "closure-assurance/1";

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(simulation, "simulation");
        Objects.requireNonNull(economics, "economics");
        Objects.requireNonNull(closureYear, "closureYear");
        Objects.requireNonNull(forfeiture, "forfeiture");
        costItems = copy(costItems);
        indirectCosts = copy(indirectCosts);
        correlations = copy(correlations);
        waterTreatment = copy(waterTreatment);
        rehabilitation = copy(rehabilitation);
        riskEvents = copy(riskEvents);
        assurance = copy(assurance);
        overruns = copy(overruns);
        economy = economy == null ? Economy.NONE : economy;
        providers = copy(providers);
        afterForfeiture = afterForfeiture == null ? AfterForfeiture.NONE : afterForfeiture;
        requirements = copy(requirements);
    }

    /** A scenario without regulatory requirements. */
    public Scenario(String name, String description, String currency, Integer baseYear,
                    SimulationSettings simulation, Economics economics, Value closureYear,
                    Forfeiture forfeiture, List<CostItem> costItems, List<IndirectCost> indirectCosts,
                    List<Correlation> correlations, List<WaterStream> waterTreatment,
                    List<RehabilitationDomain> rehabilitation, List<RiskEvent> riskEvents,
                    List<AssuranceInstrument> assurance, List<Overrun> overruns, Economy economy,
                    List<Provider> providers, AfterForfeiture afterForfeiture) {
        this(name, description, currency, baseYear, simulation, economics, closureYear, forfeiture, costItems,
                indirectCosts, correlations, waterTreatment, rehabilitation, riskEvents, assurance, overruns,
                economy, providers, afterForfeiture, List.of());
    }

    /** A scenario without economic factors or named providers. */
    public Scenario(String name, String description, String currency, Integer baseYear,
                    SimulationSettings simulation, Economics economics, Value closureYear,
                    Forfeiture forfeiture, List<CostItem> costItems, List<IndirectCost> indirectCosts,
                    List<Correlation> correlations, List<WaterStream> waterTreatment,
                    List<RehabilitationDomain> rehabilitation, List<RiskEvent> riskEvents,
                    List<AssuranceInstrument> assurance, List<Overrun> overruns, AfterForfeiture afterForfeiture,
                    List<Requirement> requirements) {
        this(name, description, currency, baseYear, simulation, economics, closureYear, forfeiture, costItems,
                indirectCosts, correlations, waterTreatment, rehabilitation, riskEvents, assurance, overruns,
                Economy.NONE, List.of(), afterForfeiture, requirements);
    }

    /** A scenario with economic factors and named providers, nothing after forfeiture and no requirements. */
    public Scenario(String name, String description, String currency, Integer baseYear,
                    SimulationSettings simulation, Economics economics, Value closureYear,
                    Forfeiture forfeiture, List<CostItem> costItems, List<IndirectCost> indirectCosts,
                    List<Correlation> correlations, List<WaterStream> waterTreatment,
                    List<RehabilitationDomain> rehabilitation, List<RiskEvent> riskEvents,
                    List<AssuranceInstrument> assurance, List<Overrun> overruns, Economy economy,
                    List<Provider> providers) {
        this(name, description, currency, baseYear, simulation, economics, closureYear, forfeiture, costItems,
                indirectCosts, correlations, waterTreatment, rehabilitation, riskEvents, assurance, overruns,
                economy, providers, AfterForfeiture.NONE, List.of());
    }

    /** A scenario without economic factors, named providers or regulatory requirements. */
    public Scenario(String name, String description, String currency, Integer baseYear,
                    SimulationSettings simulation, Economics economics, Value closureYear,
                    Forfeiture forfeiture, List<CostItem> costItems, List<IndirectCost> indirectCosts,
                    List<Correlation> correlations, List<WaterStream> waterTreatment,
                    List<RehabilitationDomain> rehabilitation, List<RiskEvent> riskEvents,
                    List<AssuranceInstrument> assurance, List<Overrun> overruns, AfterForfeiture afterForfeiture) {
        this(name, description, currency, baseYear, simulation, economics, closureYear, forfeiture, costItems,
                indirectCosts, correlations, waterTreatment, rehabilitation, riskEvents, assurance, overruns,
                Economy.NONE, List.of(), afterForfeiture, List.of());
    }

    /** A scenario with overruns and none of the other additions of version 0.2 of the model. */
    public Scenario(String name, String description, String currency, Integer baseYear,
                    SimulationSettings simulation, Economics economics, Value closureYear,
                    Forfeiture forfeiture, List<CostItem> costItems, List<IndirectCost> indirectCosts,
                    List<Correlation> correlations, List<WaterStream> waterTreatment,
                    List<RehabilitationDomain> rehabilitation, List<RiskEvent> riskEvents,
                    List<AssuranceInstrument> assurance, List<Overrun> overruns) {
        this(name, description, currency, baseYear, simulation, economics, closureYear, forfeiture, costItems,
                indirectCosts, correlations, waterTreatment, rehabilitation, riskEvents, assurance, overruns,
                Economy.NONE, List.of(), AfterForfeiture.NONE, List.of());
    }

    /** A scenario without the additions of version 0.2 of the model. */
    public Scenario(String name, String description, String currency, Integer baseYear,
                    SimulationSettings simulation, Economics economics, Value closureYear,
                    Forfeiture forfeiture, List<CostItem> costItems, List<IndirectCost> indirectCosts,
                    List<Correlation> correlations, List<WaterStream> waterTreatment,
                    List<RehabilitationDomain> rehabilitation, List<RiskEvent> riskEvents,
                    List<AssuranceInstrument> assurance) {
        this(name, description, currency, baseYear, simulation, economics, closureYear, forfeiture, costItems,
                indirectCosts, correlations, waterTreatment, rehabilitation, riskEvents, assurance, List.of(),
                Economy.NONE, List.of(), AfterForfeiture.NONE, List.of());
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** The currency to show money in: the scenario's, or {@code USD} when it names none. */
    public String currencyOrDefault() {
        return currency == null || currency.isBlank() ? "USD" : currency;
    }

    /** The same scenario with other simulation settings (for command-line overrides). */
    public Scenario withSimulation(SimulationSettings settings) {
        return new Scenario(name, description, currency, baseYear, settings, economics, closureYear, forfeiture,
                costItems, indirectCosts, correlations, waterTreatment, rehabilitation, riskEvents, assurance,
                overruns, economy, providers, afterForfeiture, requirements);
    }

    /** The same scenario with other overruns. */
    public Scenario withOverruns(List<Overrun> others) {
        return new Scenario(name, description, currency, baseYear, simulation, economics, closureYear, forfeiture,
                costItems, indirectCosts, correlations, waterTreatment, rehabilitation, riskEvents, assurance, others,
                economy, providers, afterForfeiture, requirements);
    }

    /** The same scenario with other economic factors, forfeiture, assurance and providers (drivers changed). */
    public Scenario withSystemicRisk(Forfeiture otherForfeiture, List<AssuranceInstrument> otherAssurance,
                                     Economy otherEconomy, List<Provider> otherProviders) {
        return new Scenario(name, description, currency, baseYear, simulation, economics, closureYear,
                otherForfeiture, costItems, indirectCosts, correlations, waterTreatment, rehabilitation, riskEvents,
                otherAssurance, overruns, otherEconomy, otherProviders, afterForfeiture, requirements);
    }

    /** The same scenario with other regulatory requirements. */
    public Scenario withRequirements(List<Requirement> rules) {
        return new Scenario(name, description, currency, baseYear, simulation, economics, closureYear, forfeiture,
                costItems, indirectCosts, correlations, waterTreatment, rehabilitation, riskEvents, assurance, overruns,
                economy, providers, afterForfeiture, rules);
    }

    /** Whether the scenario has a closure package at all (a base estimate needs one). */
    public boolean hasPackage() {
        return !(costItems.isEmpty() && waterTreatment.isEmpty() && rehabilitation.isEmpty() && riskEvents.isEmpty());
    }

    /** Every per-iteration input that is actually sampled (not degenerate), by path. */
    public List<SampledInput> sampledInputs() {
        return InputPaths.sampled(this);
    }

    /** Whether any water stream is perpetual (the discount rate must then stay above 0). */
    public boolean hasPerpetualWater() {
        return waterTreatment.stream().anyMatch(w -> w.duration() instanceof WaterDuration.Perpetual);
    }
}
