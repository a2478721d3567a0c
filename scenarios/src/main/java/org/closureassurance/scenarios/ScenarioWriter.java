package org.closureassurance.scenarios;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.closureassurance.scenarios.json.JsonNode;
import org.closureassurance.scenarios.json.JsonNode.JsonArray;
import org.closureassurance.scenarios.json.JsonNode.JsonBoolean;
import org.closureassurance.scenarios.json.JsonNode.JsonNumber;
import org.closureassurance.scenarios.json.JsonNode.JsonObject;
import org.closureassurance.scenarios.json.JsonNode.JsonString;
import org.closureassurance.scenarios.json.JsonPrinter;
import org.closureassurance.simulator.model.AccrualPoint;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.Correlation;
import org.closureassurance.simulator.model.CostItem;
import org.closureassurance.simulator.model.Forfeiture;
import org.closureassurance.simulator.model.IndirectCost;
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
import org.closureassurance.simulator.value.Constant;
import org.closureassurance.simulator.value.Discrete;
import org.closureassurance.simulator.value.LogNormal;
import org.closureassurance.simulator.value.Normal;
import org.closureassurance.simulator.value.Pert;
import org.closureassurance.simulator.value.Triangular;
import org.closureassurance.simulator.value.Uniform;
import org.closureassurance.simulator.value.Value;

/**
 * Writes a scenario as a {@code closure-assurance/1} file: fields in the order of
 * docs/scenario-format.md, units as the scenario wrote them, numbers that read back to the
 * identical double, so that reading the text gives an equal scenario. Optional fields that
 * hold their default (a probability of 1, a cost of 0, no description) are left out.
 */
public final class ScenarioWriter {
    private static final Value ZERO = Value.of(0);
    private static final Value ONE = Value.of(1);

    private ScenarioWriter() {
    }

    /** The scenario as pretty-printed JSON text. */
    public static String write(Scenario s) {
        return JsonPrinter.print(toJson(s));
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

    /** The scenario as a JSON tree. */
    private static JsonNode toJson(Scenario s) {
        Fields f = new Fields();
        f.put("format", text(Scenario.FORMAT));
        f.put("name", text(s.name()));
        f.putText("description", s.description());
        f.putText("currency", s.currency());
        if (s.baseYear() != null) {
            f.put("baseYear", JsonNumber.of(s.baseYear().longValue()));
        }
        f.put("simulation", simulation(s.simulation()));
        f.put("economics", new Fields().put("discountRate", value(s.economics().discountRate())).json());
        f.put("closureYear", value(s.closureYear()));
        f.put("forfeiture", forfeiture(s.forfeiture()));
        f.putList("costItems", s.costItems(), ScenarioWriter::costItem);
        f.putList("indirectCosts", s.indirectCosts(), ScenarioWriter::indirectCost);
        f.putList("correlations", s.correlations(), ScenarioWriter::correlation);
        f.putList("waterTreatment", s.waterTreatment(), ScenarioWriter::waterStream);
        f.putList("rehabilitation", s.rehabilitation(), ScenarioWriter::rehabilitation);
        f.putList("riskEvents", s.riskEvents(), ScenarioWriter::riskEvent);
        f.putList("assurance", s.assurance(), ScenarioWriter::assurance);
        return f.json();
    }

    private static JsonNode simulation(SimulationSettings sim) {
        return new Fields()
                .put("iterations", JsonNumber.of(sim.iterations()))
                .put("seed", JsonNumber.of(sim.seed()))
                .put("horizonYears", JsonNumber.of(sim.horizonYears()))
                .put("sampling", text(sim.sampling().id()))
                .json();
    }

    private static JsonNode forfeiture(Forfeiture forfeiture) {
        Fields f = new Fields().put("mode", text(forfeiture.mode()));
        if (forfeiture instanceof Forfeiture.InYear y) {
            f.put("year", value(y.year()));
        } else if (forfeiture instanceof Forfeiture.AnnualHazard h) {
            f.put("beforeClosure", value(h.beforeClosure()));
            f.put("afterClosure", value(h.afterClosure()));
        }
        return f.json();
    }

    private static JsonNode costItem(CostItem c) {
        Fields f = named(c.name(), c.description());
        f.putText("category", c.category());
        if (c.isPriced()) {
            f.put("quantity", quantity(c.quantity()));
            f.put("unitCost", rate(c.unitCost()));
        } else {
            f.put("amount", value(c.amount()));
        }
        f.put("startYear", JsonNumber.of(c.startYear()));
        f.put("durationYears", JsonNumber.of(c.durationYears()));
        f.putList("accrual", c.accrual(), (AccrualPoint p) -> new Fields()
                .put("year", JsonNumber.of(p.year()))
                .put("fraction", JsonNumber.of(p.fraction()))
                .json());
        return f.json();
    }

    private static JsonNode indirectCost(IndirectCost ic) {
        Fields f = named(ic.name(), ic.description());
        f.put("percent", value(ic.percent()));
        if (ic.appliesTo() != null) {
            List<JsonNode> categories = new ArrayList<>();
            ic.appliesTo().forEach(c -> categories.add(text(c)));
            f.put("appliesTo", new JsonArray(categories));
        }
        return f.json();
    }

    private static JsonNode correlation(Correlation c) {
        return new Fields().put("a", text(c.a())).put("b", text(c.b())).put("rho", JsonNumber.of(c.rho())).json();
    }

    private static JsonNode waterStream(WaterStream w) {
        Fields f = named(w.name(), w.description());
        f.putUnlessDefault("probability", w.probability(), ONE);
        f.put("startYear", value(w.startYear()));
        if (w.flow() != null) {
            f.put("flow", quantity(w.flow()));
            f.put("unitCost", rate(w.unitCost()));
        }
        f.putUnlessDefault("fixedAnnualCost", w.fixedAnnualCost(), ZERO);
        f.putUnlessDefault("capitalCost", w.capitalCost(), ZERO);
        if (w.replacementEveryYears() != null) {
            f.put("replacementEveryYears", JsonNumber.of(w.replacementEveryYears().longValue()));
        }
        Fields d = new Fields().put("type", text(w.duration().type()));
        if (w.duration() instanceof WaterDuration.Years y) {
            d.put("years", value(y.years()));
        } else if (w.duration() instanceof WaterDuration.Decay decay) {
            d.put("initialConcentration", quantity(decay.initialConcentration()));
            d.put("limit", quantity(decay.limit()));
            d.put("halfLifeYears", value(decay.halfLifeYears()));
        }
        f.put("duration", d.json());
        return f.json();
    }

    private static JsonNode rehabilitation(RehabilitationDomain r) {
        Fields f = named(r.name(), r.description());
        f.put("area", quantity(r.area()));
        f.put("startYear", value(r.startYear()));
        if (r.establishmentCost() != null) {
            f.put("establishmentCost", rate(r.establishmentCost()));
        }
        if (r.maintenanceCostPerAreaYear() != null) {
            f.put("maintenanceCostPerAreaYear", rate(r.maintenanceCostPerAreaYear()));
        }
        if (r.monitoringYears() != 0) {
            f.put("monitoringYears", JsonNumber.of(r.monitoringYears()));
        }
        f.putUnlessDefault("monitoringCostPerYear", r.monitoringCostPerYear(), ZERO);
        f.put("recovery", new Fields()
                .put("model", text(r.recovery().model().id()))
                .put("rate", value(r.recovery().rate()))
                .put("initialCondition", value(r.recovery().initialCondition()))
                .put("target", value(r.recovery().target()))
                .json());
        if (r.setback() != null) {
            Fields s = new Fields()
                    .put("annualProbability", value(r.setback().annualProbability()))
                    .put("conditionLoss", value(r.setback().conditionLoss()));
            if (r.setback().reworkCostPerArea() != null) {
                s.put("reworkCostPerArea", rate(r.setback().reworkCostPerArea()));
            }
            f.put("setback", s.json());
        }
        return f.json();
    }

    private static JsonNode riskEvent(RiskEvent e) {
        Fields f = named(e.name(), e.description());
        if (e.occurrence() instanceof RiskOccurrence.Once o) {
            f.putUnlessDefault("probability", o.probability(), ONE);
            f.put("year", JsonNumber.of(o.year()));
        } else if (e.occurrence() instanceof RiskOccurrence.PerYear y) {
            f.put("annualProbability", value(y.annualProbability()));
            f.put("fromYear", JsonNumber.of(y.fromYear()));
            if (y.toYear() != null) {
                f.put("toYear", JsonNumber.of(y.toYear().longValue()));
            }
            f.put("maxOccurrences", JsonNumber.of(y.maxOccurrences()));
        }
        f.put("cost", value(e.cost()));
        return f.json();
    }

    private static JsonNode assurance(AssuranceInstrument a) {
        Fields f = new Fields().put("type", text(a.type()));
        if (a instanceof AssuranceInstrument.Bond b) {
            f.put("kind", text(b.kind().id()));
        }
        f.put("name", text(a.name()));
        f.putText("description", a.description());
        if (a instanceof AssuranceInstrument.Bond b) {
            if (b.amount() != null) {
                f.put("amount", value(b.amount()));
            } else {
                List<JsonNode> steps = new ArrayList<>();
                for (ScheduleStep step : b.schedule()) {
                    steps.add(new Fields()
                            .put("fromYear", JsonNumber.of(step.fromYear()))
                            .put("amount", value(step.amount()))
                            .json());
                }
                f.put("schedule", new JsonArray(steps));
            }
            f.putUnlessDefault("providerAnnualDefaultProbability", b.providerAnnualDefaultProbability(), ZERO);
            f.putUnlessDefault("recoveryRate", b.recoveryRate(), ZERO);
        } else if (a instanceof AssuranceInstrument.SelfBond sb) {
            f.put("amount", value(sb.amount()));
        } else if (a instanceof AssuranceInstrument.ParentGuarantee g) {
            f.put("amount", value(g.amount()));
            f.putUnlessDefault("guarantorFailsWithOperatorProbability", g.guarantorFailsWithOperatorProbability(),
                    ZERO);
        } else if (a instanceof AssuranceInstrument.TrustFund t) {
            f.put("initialBalance", value(t.initialBalance()));
            f.put("annualContribution", value(t.annualContribution()));
            f.put("annualReturn", value(t.annualReturn()));
            f.putUnlessDefault("annualFeeRate", t.annualFeeRate(), ZERO);
            if (t.drawdown()) {
                f.put("drawdown", new JsonBoolean(true));
            }
        }
        return f.json();
    }

    private static Fields named(String name, String description) {
        Fields f = new Fields().put("name", text(name));
        f.putText("description", description);
        return f;
    }

    private static JsonNode quantity(Quantity q) {
        return new Fields().put("value", value(q.value())).put("unit", text(q.unit())).json();
    }

    private static JsonNode rate(UnitRate r) {
        return new Fields().put("value", value(r.value())).put("per", text(r.per())).json();
    }

    /** A Value as a number or a distribution object, leaving out parameters at their defaults. */
    private static JsonNode value(Value v) {
        if (v instanceof Constant c) {
            return JsonNumber.of(c.value());
        }
        Fields f = new Fields().put("dist", text(v.kind()));
        if (v instanceof Uniform u) {
            f.put("min", JsonNumber.of(u.min())).put("max", JsonNumber.of(u.max()));
        } else if (v instanceof Triangular t) {
            f.put("min", JsonNumber.of(t.min())).put("mode", JsonNumber.of(t.mode())).put("max", JsonNumber.of(t.max()));
        } else if (v instanceof Pert p) {
            f.put("min", JsonNumber.of(p.min())).put("mode", JsonNumber.of(p.mode())).put("max", JsonNumber.of(p.max()));
            if (p.lambda() != Pert.DEFAULT_LAMBDA) {
                f.put("lambda", JsonNumber.of(p.lambda()));
            }
        } else if (v instanceof Normal n) {
            f.put("mean", JsonNumber.of(n.mean())).put("sd", JsonNumber.of(n.sd()));
            if (n.min() != Double.NEGATIVE_INFINITY) {
                f.put("min", JsonNumber.of(n.min()));
            }
            if (n.max() != Double.POSITIVE_INFINITY) {
                f.put("max", JsonNumber.of(n.max()));
            }
        } else if (v instanceof LogNormal l) {
            f.put("mean", JsonNumber.of(l.mean())).put("sd", JsonNumber.of(l.sd()));
        } else if (v instanceof Discrete d) {
            f.put("values", numbers(d.values()));
            boolean equal = true;
            for (double w : d.weights()) {
                equal &= w == 1.0;
            }
            if (!equal) {
                f.put("weights", numbers(d.weights()));
            }
        }
        return f.json();
    }

    private static JsonNode numbers(double[] xs) {
        List<JsonNode> out = new ArrayList<>();
        for (double x : xs) {
            out.add(JsonNumber.of(x));
        }
        return new JsonArray(out);
    }

    private static JsonNode text(String s) {
        return new JsonString(s);
    }

    /** The members of one object being written, in insertion order. */
    private static final class Fields {
        private final Map<String, JsonNode> members = new LinkedHashMap<>();

        Fields put(String key, JsonNode value) {
            members.put(key, value);
            return this;
        }

        void putText(String key, String value) {
            if (value != null) {
                put(key, text(value));
            }
        }

        void putUnlessDefault(String key, Value value, Value fallback) {
            if (!value.equals(fallback)) {
                put(key, value(value));
            }
        }

        <T> void putList(String key, List<T> elements, Function<T, JsonNode> element) {
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
