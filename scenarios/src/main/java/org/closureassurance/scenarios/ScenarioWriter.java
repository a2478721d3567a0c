package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.ValueWriter.value;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.closureassurance.scenarios.AssuranceFormat.Assurance;
import org.closureassurance.scenarios.RehabilitationFormat.Rehabilitation;
import org.closureassurance.scenarios.ScenarioFormat.Common;
import org.closureassurance.scenarios.ScenarioFormat.Measure;
import org.closureassurance.scenarios.ScenarioFormat.Simulation;
import org.closureassurance.scenarios.ScenarioFormat.Top;
import org.closureassurance.scenarios.WaterFormat.Duration;
import org.closureassurance.scenarios.WaterFormat.Water;
import org.closureassurance.scenarios.json.JsonNode.JsonArray;
import org.closureassurance.scenarios.json.JsonNode.JsonBoolean;
import org.closureassurance.scenarios.json.JsonNode.JsonNumber;
import org.closureassurance.scenarios.json.JsonNode.JsonObject;
import org.closureassurance.scenarios.json.JsonNode.JsonString;
import org.closureassurance.scenarios.json.JsonNode;
import org.closureassurance.scenarios.json.JsonPrinter;
import org.closureassurance.simulator.model.AccrualPoint;
import org.closureassurance.simulator.model.AfterForfeiture;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.Correlation;
import org.closureassurance.simulator.model.CostItem;
import org.closureassurance.simulator.model.Driver;
import org.closureassurance.simulator.model.Forfeiture;
import org.closureassurance.simulator.model.IndirectCost;
import org.closureassurance.simulator.model.Overrun;
import org.closureassurance.simulator.model.Quantity;
import org.closureassurance.simulator.model.RehabilitationDomain;
import org.closureassurance.simulator.model.RiskEvent;
import org.closureassurance.simulator.model.RiskOccurrence;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.model.ScheduleStep;
import org.closureassurance.simulator.model.SimulationSettings;
import org.closureassurance.simulator.model.UnitRate;
import org.closureassurance.simulator.model.WaterDuration;
import org.closureassurance.simulator.model.WaterStream;
import org.closureassurance.simulator.value.Value;

/**
 * Writes a scenario as a {@code closure-assurance/1} file: fields in the order of
 * docs/scenario-format.md, units as the scenario wrote them, numbers that read back to the
 * identical double, so that reading the text gives an equal scenario. Optional fields that
 * hold their default (a probability of 1, a cost of 0, no description) are left out.
 */
public final class ScenarioWriter {

    private ScenarioWriter() {
    }

    /** The scenario as pretty-printed JSON text. */
    public static String write(Scenario s) {
        return JsonPrinter.print(tree(s));
    }

    /**
     * Writes the scenario to {@code file} so that a crash leaves either the old or the new file,
     * never half of one: the text goes to a temporary file in the same folder, is forced to
     * disk, the previous file is kept as {@code NAME.bak}, and the temporary file is then moved
     * over {@code file} atomically.
     */
    public static void writeAtomically(Scenario s, Path file) throws IOException {
        AtomicFile.write(file, write(s).getBytes(StandardCharsets.UTF_8), true);
    }

    /** The tree {@link #write} prints: what the desktop forms and {@link InputValueChecks} start from. */
    public static JsonNode tree(Scenario s) {
        Fields f = new Fields();
        f.put(Top.FORMAT, text(Scenario.FORMAT));
        f.put(Top.NAME, text(s.name()));
        f.putText(Top.DESCRIPTION, s.description());
        f.putText(Top.CURRENCY, s.currency());
        if (s.baseYear() != null) {
            f.put(Top.BASE_YEAR, JsonNumber.of(s.baseYear().longValue()));
        }
        f.put(Top.SIMULATION, simulation(s.simulation()));
        f.put(Top.ECONOMICS, EconomicsWriter.economics(s.economics()));
        f.put(Top.CLOSURE_YEAR, value(s.closureYear()));
        f.put(Top.FORFEITURE, forfeiture(s.forfeiture()));
        f.putList(Top.COST_ITEMS, s.costItems(), ScenarioWriter::costItem);
        f.putList(Top.INDIRECT_COSTS, s.indirectCosts(), ScenarioWriter::indirectCost);
        f.putList(Top.CORRELATIONS, s.correlations(), ScenarioWriter::correlation);
        f.putList(Top.WATER_TREATMENT, s.waterTreatment(), ScenarioWriter::waterStream);
        f.putList(Top.REHABILITATION, s.rehabilitation(), ScenarioWriter::rehabilitation);
        f.putList(Top.RISK_EVENTS, s.riskEvents(), ScenarioWriter::riskEvent);
        f.putList(Top.ASSURANCE, s.assurance(), ScenarioWriter::assurance);
        f.putList(Top.OVERRUNS, s.overruns(), ScenarioWriter::overrun);
        if (!s.economy().factors().isEmpty()) {
            f.put(Top.ECONOMY, EconomyWriter.economy(s.economy()));
        }
        f.putList(Top.PROVIDERS, s.providers(), p -> EconomyWriter.provider(p, ValueWriter::value));
        if (!s.afterForfeiture().equals(AfterForfeiture.NONE)) {
            f.put(Top.AFTER_FORFEITURE, EconomicsWriter.afterForfeiture(s.afterForfeiture()));
        }
        f.putList(Top.REQUIREMENTS, s.requirements(), RequirementWriter::requirement);
        return f.json();
    }

    static JsonNode simulation(SimulationSettings sim) {
        return new Fields()
                .put(Simulation.ITERATIONS, JsonNumber.of(sim.iterations()))
                .put(Simulation.SEED, JsonNumber.of(sim.seed()))
                .put(Simulation.HORIZON_YEARS, JsonNumber.of(sim.horizonYears()))
                .put(Simulation.SAMPLING, text(sim.sampling().id()))
                .json();
    }

    static JsonNode forfeiture(Forfeiture forfeiture) {
        Fields f = new Fields().put(ScenarioFormat.Forfeiture.MODE, text(forfeiture.mode()));
        if (forfeiture instanceof Forfeiture.InYear y) {
            f.put(ScenarioFormat.Forfeiture.YEAR, value(y.year()));
        } else if (forfeiture instanceof Forfeiture.AnnualHazard h) {
            f.put(ScenarioFormat.Forfeiture.BEFORE_CLOSURE, value(h.beforeClosure()));
            f.put(ScenarioFormat.Forfeiture.AFTER_CLOSURE, value(h.afterClosure()));
            f.putDriver(ScenarioFormat.Forfeiture.DRIVER, h.driver());
        }
        return f.json();
    }

    private static JsonNode costItem(CostItem c) {
        Fields f = named(c.name(), c.description());
        f.putText(CostFormat.CostItem.CATEGORY, c.category());
        if (c.isPriced()) {
            f.put(CostFormat.CostItem.QUANTITY, quantity(c.quantity()));
            f.put(CostFormat.CostItem.UNIT_COST, rate(c.unitCost()));
        } else {
            f.put(CostFormat.CostItem.AMOUNT, value(c.amount()));
        }
        f.put(CostFormat.CostItem.START_YEAR, JsonNumber.of(c.startYear()));
        f.put(CostFormat.CostItem.DURATION_YEARS, JsonNumber.of(c.durationYears()));
        f.putList(CostFormat.CostItem.ACCRUAL, c.accrual(), (AccrualPoint p) -> new Fields()
                .put(CostFormat.AccrualPoint.YEAR, JsonNumber.of(p.year()))
                .put(CostFormat.AccrualPoint.FRACTION, JsonNumber.of(p.fraction()))
                .json());
        return f.json();
    }

    private static JsonNode indirectCost(IndirectCost ic) {
        Fields f = named(ic.name(), ic.description());
        f.put(CostFormat.IndirectCost.PERCENT, value(ic.percent()));
        f.putStrings(CostFormat.IndirectCost.APPLIES_TO, ic.appliesTo());
        return f.json();
    }

    private static JsonNode overrun(Overrun o) {
        Fields f = named(o.name(), o.description());
        f.put(OverrunFormat.Overrun.MULTIPLIER, value(o.multiplier()));
        f.putStrings(OverrunFormat.Overrun.APPLIES_TO, o.appliesTo());
        return f.json();
    }

    private static JsonNode correlation(Correlation c) {
        return new Fields()
                .put(CorrelationFormat.Correlation.A, text(c.a()))
                .put(CorrelationFormat.Correlation.B, text(c.b()))
                .put(CorrelationFormat.Correlation.RHO, JsonNumber.of(c.rho()))
                .json();
    }

    private static JsonNode waterStream(WaterStream w) {
        Fields f = named(w.name(), w.description());
        f.putUnlessDefault(Water.PROBABILITY, w.probability());
        f.put(Water.START_YEAR, value(w.startYear()));
        if (w.flow() != null) {
            f.put(Water.FLOW, quantity(w.flow()));
            f.put(Water.UNIT_COST, rate(w.unitCost()));
        }
        f.putUnlessDefault(Water.FIXED_ANNUAL_COST, w.fixedAnnualCost());
        f.putUnlessDefault(Water.CAPITAL_COST, w.capitalCost());
        if (w.replacementEveryYears() != null) {
            f.put(Water.REPLACEMENT_EVERY_YEARS, JsonNumber.of(w.replacementEveryYears().longValue()));
        }
        Fields d = new Fields().put(Duration.TYPE, text(w.duration().type()));
        if (w.duration() instanceof WaterDuration.Years y) {
            d.put(Duration.YEARS, value(y.years()));
        } else if (w.duration() instanceof WaterDuration.Decay decay) {
            d.put(Duration.INITIAL_CONCENTRATION, quantity(decay.initialConcentration()));
            d.put(Duration.LIMIT, quantity(decay.limit()));
            d.put(Duration.HALF_LIFE_YEARS, value(decay.halfLifeYears()));
        }
        f.put(Water.DURATION, d.json());
        return f.json();
    }

    private static JsonNode rehabilitation(RehabilitationDomain r) {
        Fields f = named(r.name(), r.description());
        f.put(Rehabilitation.AREA, quantity(r.area()));
        f.put(Rehabilitation.START_YEAR, value(r.startYear()));
        if (r.establishmentCost() != null) {
            f.put(Rehabilitation.ESTABLISHMENT_COST, rate(r.establishmentCost()));
        }
        if (r.maintenanceCostPerAreaYear() != null) {
            f.put(Rehabilitation.MAINTENANCE_COST_PER_AREA_YEAR, rate(r.maintenanceCostPerAreaYear()));
        }
        if (r.monitoringYears() != Rehabilitation.MONITORING_YEARS.defaultInteger()) {
            f.put(Rehabilitation.MONITORING_YEARS, JsonNumber.of(r.monitoringYears()));
        }
        f.putUnlessDefault(Rehabilitation.MONITORING_COST_PER_YEAR, r.monitoringCostPerYear());
        f.put(Rehabilitation.RECOVERY, new Fields()
                .put(RehabilitationFormat.Recovery.MODEL, text(r.recovery().model().id()))
                .put(RehabilitationFormat.Recovery.RATE, value(r.recovery().rate()))
                .put(RehabilitationFormat.Recovery.INITIAL_CONDITION, value(r.recovery().initialCondition()))
                .put(RehabilitationFormat.Recovery.TARGET, value(r.recovery().target()))
                .json());
        if (r.setback() != null) {
            Fields s = new Fields()
                    .put(RehabilitationFormat.Setback.ANNUAL_PROBABILITY, value(r.setback().annualProbability()))
                    .put(RehabilitationFormat.Setback.CONDITION_LOSS, value(r.setback().conditionLoss()));
            if (r.setback().reworkCostPerArea() != null) {
                s.put(RehabilitationFormat.Setback.REWORK_COST_PER_AREA, rate(r.setback().reworkCostPerArea()));
            }
            f.put(Rehabilitation.SETBACK, s.json());
        }
        return f.json();
    }

    private static JsonNode riskEvent(RiskEvent e) {
        Fields f = named(e.name(), e.description());
        if (e.occurrence() instanceof RiskOccurrence.Once o) {
            f.putUnlessDefault(RiskEventFormat.RiskEvent.PROBABILITY, o.probability());
            f.put(RiskEventFormat.RiskEvent.YEAR, JsonNumber.of(o.year()));
        } else if (e.occurrence() instanceof RiskOccurrence.PerYear y) {
            f.put(RiskEventFormat.RiskEvent.ANNUAL_PROBABILITY, value(y.annualProbability()));
            f.put(RiskEventFormat.RiskEvent.FROM_YEAR, JsonNumber.of(y.fromYear()));
            if (y.toYear() != null) {
                f.put(RiskEventFormat.RiskEvent.TO_YEAR, JsonNumber.of(y.toYear().longValue()));
            }
            f.put(RiskEventFormat.RiskEvent.MAX_OCCURRENCES, JsonNumber.of(y.maxOccurrences()));
        }
        f.put(RiskEventFormat.RiskEvent.COST, value(e.cost()));
        return f.json();
    }

    static JsonNode assurance(AssuranceInstrument a) {
        Fields f = new Fields().put(Assurance.TYPE, text(a.type()));
        if (a instanceof AssuranceInstrument.Bond b) {
            f.put(Assurance.KIND, text(b.kind().id()));
        }
        f.put(Common.NAME, text(a.name()));
        f.putText(Common.DESCRIPTION, a.description());
        if (a instanceof AssuranceInstrument.Bond b) {
            if (b.amount() != null) {
                f.put(Assurance.AMOUNT, value(b.amount()));
            } else {
                List<JsonNode> steps = new ArrayList<>();
                for (ScheduleStep step : b.schedule()) {
                    steps.add(new Fields()
                            .put(AssuranceFormat.ScheduleStep.FROM_YEAR, JsonNumber.of(step.fromYear()))
                            .put(AssuranceFormat.ScheduleStep.AMOUNT, value(step.amount()))
                            .json());
                }
                f.put(Assurance.SCHEDULE, new JsonArray(steps));
            }
            f.putUnlessDefault(Assurance.PROVIDER_ANNUAL_DEFAULT_PROBABILITY, b.providerAnnualDefaultProbability());
            f.putUnlessDefault(Assurance.RECOVERY_RATE, b.recoveryRate());
            f.putText(Assurance.PROVIDER, b.provider());
            f.putDriver(Assurance.DRIVER, b.driver());
        } else if (a instanceof AssuranceInstrument.SelfBond sb) {
            f.put(Assurance.AMOUNT, value(sb.amount()));
        } else if (a instanceof AssuranceInstrument.ParentGuarantee g) {
            f.put(Assurance.AMOUNT, value(g.amount()));
            f.putUnlessDefault(Assurance.GUARANTOR_FAILS_WITH_OPERATOR_PROBABILITY,
                    g.guarantorFailsWithOperatorProbability());
            f.putDriver(Assurance.DRIVER, g.driver());
        } else if (a instanceof AssuranceInstrument.TrustFund t) {
            f.put(Assurance.INITIAL_BALANCE, value(t.initialBalance()));
            f.put(Assurance.ANNUAL_CONTRIBUTION, value(t.annualContribution()));
            f.put(Assurance.ANNUAL_RETURN, value(t.annualReturn()));
            f.putUnlessDefault(Assurance.ANNUAL_FEE_RATE, t.annualFeeRate());
            if (t.drawdown()) {
                f.put(Assurance.DRAWDOWN, new JsonBoolean(true));
            }
            f.putDriver(Assurance.RETURN_DRIVER, t.returnDriver());
        }
        return f.json();
    }

    private static Fields named(String name, String description) {
        Fields f = new Fields().put(Common.NAME, text(name));
        f.putText(Common.DESCRIPTION, description);
        return f;
    }

    private static JsonNode quantity(Quantity q) {
        return new Fields().put(Measure.VALUE, value(q.value())).put(Measure.UNIT, text(q.unit())).json();
    }

    private static JsonNode rate(UnitRate r) {
        return new Fields().put(Measure.VALUE, value(r.value())).put(Measure.PER, text(r.per())).json();
    }

    private static JsonNode text(String s) {
        return new JsonString(s);
    }

    /** The members of one object being written, in insertion order. */
    static final class Fields {
        private final Map<String, JsonNode> members = new LinkedHashMap<>();

        Fields put(FormatField field, JsonNode value) {
            members.put(field.name(), value);
            return this;
        }

        void putText(FormatField field, String value) {
            if (value != null) {
                put(field, text(value));
            }
        }

        /** Writes a list of strings unless it is null (left out). */
        void putStrings(FormatField field, List<String> values) {
            if (values != null) {
                List<JsonNode> out = new ArrayList<>();
                values.forEach(v -> out.add(text(v)));
                put(field, new JsonArray(out));
            }
        }

        /** Writes {@code value} unless it equals the field's default, which reading it back restores. */
        void putUnlessDefault(FormatField field, Value value) {
            if (!value.equals(field.defaultValue())) {
                put(field, value(value));
            }
        }

        void putDriver(FormatField field, Driver driver) {
            if (driver != null) {
                put(field, EconomyWriter.driver(driver));
            }
        }

        <T> void putList(FormatField key, List<T> elements, Function<T, JsonNode> element) {
            if (!elements.isEmpty()) {
                List<JsonNode> out = new ArrayList<>();
                elements.forEach(e -> out.add(element.apply(e)));
                put(key, new JsonArray(out));
            }
        }

        JsonNode json() {
            return new JsonObject(members);
        }
    }
}
