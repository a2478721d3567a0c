package org.closureassurance.desktop.gui.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.closureassurance.scenarios.ScenarioValidator;
import org.closureassurance.scenarios.ValidationError;
import org.closureassurance.scenarios.json.JsonPath;
import org.closureassurance.simulator.model.AccrualPoint;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.BondKind;
import org.closureassurance.simulator.model.Correlation;
import org.closureassurance.simulator.model.CostItem;
import org.closureassurance.simulator.model.Economics;
import org.closureassurance.simulator.model.Forfeiture;
import org.closureassurance.simulator.model.IndirectCost;
import org.closureassurance.simulator.model.Quantity;
import org.closureassurance.simulator.model.Recovery;
import org.closureassurance.simulator.model.RecoveryModel;
import org.closureassurance.simulator.model.RehabilitationDomain;
import org.closureassurance.simulator.model.RiskEvent;
import org.closureassurance.simulator.model.RiskOccurrence;
import org.closureassurance.simulator.model.Sampling;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.model.ScheduleStep;
import org.closureassurance.simulator.model.Setback;
import org.closureassurance.simulator.model.SimulationSettings;
import org.closureassurance.simulator.model.UnitRate;
import org.closureassurance.simulator.model.WaterDuration;
import org.closureassurance.simulator.model.WaterStream;
import org.closureassurance.simulator.value.Value;

/**
 * Builds a {@link Scenario} from the editor's {@link ScenarioForm}. Each field is read as the
 * file reader reads it (same defaults, same messages, same JSON paths), then the whole draft
 * goes through {@link ScenarioValidator}, so a problem is named the same way in the editor as
 * when the file is opened. Fields that cannot be read are replaced by placeholders and the
 * validator's remarks about those placeholders are dropped.
 */
public final class ScenarioAssembler {
    private static final Value ZERO = Value.of(0);
    private static final Value ONE = Value.of(1);

    private final List<ValidationError> errors = new ArrayList<>();
    private final List<String> failed = new ArrayList<>();

    private ScenarioAssembler() {
    }

    /** The scenario of {@code form}, or its problems. */
    public static Assembly assemble(ScenarioForm form) {
        return new ScenarioAssembler().build(form);
    }

    private Assembly build(ScenarioForm form) {
        FormReader g = new FormReader(form.general(), "", errors, failed);
        String name = g.text("name");
        if (name == null) {
            g.error("name", FormReader.MISSING);
            name = "";
        }
        Integer baseYear = g.optionalInteger("baseYear", 1, 9999);
        int horizon = g.integer("simulation.horizonYears", null, 1, SimulationSettings.MAX_HORIZON_YEARS);
        int iterations = g.integer("simulation.iterations", SimulationSettings.DEFAULT_ITERATIONS, 1,
                Integer.MAX_VALUE);
        long seed = g.whole("simulation.seed", 0L, Long.MIN_VALUE, Long.MAX_VALUE, 0);
        Sampling sampling = Sampling.byId(g.text("simulation.sampling", Sampling.MONTE_CARLO.id()));
        SimulationSettings simulation = new SimulationSettings(iterations, seed, horizon,
                sampling == null ? Sampling.MONTE_CARLO : sampling);
        Economics economics = new Economics(g.value("economics.discountRate", null));
        Value closureYear = g.value("closureYear", null);
        Forfeiture forfeiture = forfeiture(g);

        Scenario draft = new Scenario(name, g.text("description"), g.text("currency"), baseYear, simulation, economics,
                closureYear, forfeiture,
                section(form, "costItems", this::costItem),
                section(form, "indirectCosts", this::indirectCost),
                section(form, "correlations", this::correlation),
                section(form, "waterTreatment", this::waterStream),
                section(form, "rehabilitation", this::rehabilitation),
                section(form, "riskEvents", this::riskEvent),
                section(form, "assurance", this::instrument), List.of(), null,
                section(form, "requirements", RequirementForms::read).stream().filter(Objects::nonNull).toList());
        for (ValidationError e : ScenarioValidator.validate(draft)) {
            if (failed.stream().noneMatch(f -> Assembly.isUnder(e.path(), f))) {
                errors.add(e);
            }
        }
        return new Assembly(errors.isEmpty() ? draft : null, draft, errors);
    }

    private <T> List<T> section(ScenarioForm form, String section, Function<FormReader, T> element) {
        List<T> out = new ArrayList<>();
        List<ElementForm> elements = form.elements(section);
        for (int i = 0; i < elements.size(); i++) {
            out.add(element.apply(new FormReader(elements.get(i), JsonPath.index(section, i), errors, failed)));
        }
        return out;
    }

    private static String name(FormReader r) {
        return r.text("name", "");
    }

    private Forfeiture forfeiture(FormReader g) {
        String mode = g.text("forfeiture.mode");
        if (mode == null) {
            g.error("forfeiture.mode", FormReader.MISSING);
            return new Forfeiture.AtClosure();
        }
        return switch (mode) {
            case "year" -> new Forfeiture.InYear(g.value("forfeiture.year", null));
            case "annual-hazard" -> new Forfeiture.AnnualHazard(g.value("forfeiture.beforeClosure", ZERO),
                    g.value("forfeiture.afterClosure", ZERO));
            default -> new Forfeiture.AtClosure();
        };
    }

    private CostItem costItem(FormReader r) {
        boolean priced = "quantity".equals(r.text(ScenarioSchema.PRICING,
                r.has("amount") || !r.has("quantity") ? "amount" : "quantity"));
        Quantity quantity = priced ? r.quantity("quantity") : null;
        UnitRate unitCost = priced ? r.rate("unitCost", true) : null;
        Value amount = priced ? null : r.value("amount", null);
        int start = r.integer("startYear", 0, 0, Integer.MAX_VALUE);
        int duration = r.integer("durationYears", 1, 1, Integer.MAX_VALUE);
        List<AccrualPoint> accrual = new ArrayList<>();
        List<ElementForm> rows = r.form().rows("accrual");
        for (int i = 0; i < rows.size(); i++) {
            FormReader p = new FormReader(rows.get(i), JsonPath.index(r.path("accrual"), i), errors, failed);
            int year = p.integer("year", null, 0, Integer.MAX_VALUE);
            Double fraction = p.number("fraction", true);
            if (fraction != null && fraction < 0) {
                p.error("fraction", "must be >= 0 (was " + NumberText.of(fraction) + ")");
                fraction = null;
            }
            if (fraction != null) {
                accrual.add(new AccrualPoint(year, fraction));
            }
        }
        return new CostItem(name(r), r.text("description"), r.text("category"), quantity, unitCost, amount, start,
                duration, accrual);
    }

    private IndirectCost indirectCost(FormReader r) {
        List<String> appliesTo = null;
        String categories = r.text("appliesTo");
        if (categories != null) {
            appliesTo = new ArrayList<>();
            for (String c : categories.split(",")) {
                if (!c.isBlank()) {
                    appliesTo.add(c.strip());
                }
            }
        }
        return new IndirectCost(name(r), r.text("description"), r.value("percent", null), appliesTo);
    }

    private Correlation correlation(FormReader r) {
        String a = r.text("a");
        String b = r.text("b");
        if (a == null) {
            r.error("a", FormReader.MISSING);
        }
        if (b == null) {
            r.error("b", FormReader.MISSING);
        }
        Double rho = r.number("rho", true);
        if (rho != null && !(rho > -1 && rho < 1)) {
            r.error("rho", "must lie strictly between -1 and 1 (was " + NumberText.of(rho) + ")");
            rho = null;
        }
        return new Correlation(a == null ? "" : a, b == null ? "" : b, rho == null ? 0 : rho);
    }

    private WaterStream waterStream(FormReader r) {
        Value probability = r.value("probability", ONE);
        Value start = r.value("startYear", ZERO);
        boolean hasFlow = r.form().value("flow") != null;
        boolean hasCost = r.form().value("unitCost") != null;
        Quantity flow = null;
        UnitRate unitCost = null;
        if (hasFlow && !hasCost) {
            r.error("unitCost", "required when flow is given");
        } else if (hasCost && !hasFlow) {
            r.error("flow", "required when unitCost is given");
        } else if (hasFlow) {
            flow = r.quantity("flow");
            unitCost = r.rate("unitCost", true);
        }
        Value fixed = r.value("fixedAnnualCost", ZERO);
        Value capital = r.value("capitalCost", ZERO);
        Integer replacement = r.optionalInteger("replacementEveryYears", 1, Integer.MAX_VALUE);
        String type = r.text("duration.type");
        WaterDuration duration;
        if (type == null) {
            r.error("duration.type", FormReader.MISSING);
            duration = new WaterDuration.Years(ZERO);
        } else {
            duration = switch (type) {
                case "decay" -> new WaterDuration.Decay(r.quantity("duration.initialConcentration"),
                        r.quantity("duration.limit"), r.value("duration.halfLifeYears", null));
                case "perpetual" -> new WaterDuration.Perpetual();
                default -> new WaterDuration.Years(r.value("duration.years", null));
            };
        }
        return new WaterStream(name(r), r.text("description"), probability, start, flow, unitCost, fixed, capital,
                replacement, duration);
    }

    private RehabilitationDomain rehabilitation(FormReader r) {
        Quantity area = r.quantity("area");
        Value start = r.value("startYear", ZERO);
        UnitRate establishment = r.rate("establishmentCost", false);
        UnitRate maintenance = r.rate("maintenanceCostPerAreaYear", false);
        int monitoringYears = r.integer("monitoringYears", 0, 0, Integer.MAX_VALUE);
        Value monitoringCost = r.value("monitoringCostPerYear", ZERO);
        RecoveryModel model = RecoveryModel.byId(r.text("recovery.model", ""));
        if (model == null) {
            r.error("recovery.model", FormReader.MISSING);
            model = RecoveryModel.EXPONENTIAL;
        }
        Recovery recovery = new Recovery(model, r.value("recovery.rate", null),
                r.value("recovery.initialCondition", ZERO), r.value("recovery.target", null));
        Setback setback = null;
        if ("true".equals(r.text(ScenarioSchema.SETBACK))) {
            setback = new Setback(r.value("setback.annualProbability", ZERO), r.value("setback.conditionLoss", ZERO),
                    r.rate("setback.reworkCostPerArea", false));
        }
        return new RehabilitationDomain(name(r), r.text("description"), area, start, establishment, maintenance,
                monitoringYears, monitoringCost, recovery, setback);
    }

    private RiskEvent riskEvent(FormReader r) {
        RiskOccurrence occurrence;
        if ("per-year".equals(r.text(ScenarioSchema.OCCURRENCE))) {
            Value p = r.value("annualProbability", null);
            int from = r.integer("fromYear", 0, 0, Integer.MAX_VALUE);
            Integer to = r.optionalInteger("toYear", 0, Integer.MAX_VALUE);
            int max = r.integer("maxOccurrences", 1, 1, Integer.MAX_VALUE);
            if (to != null && to < from) {
                r.error("toYear", "must be >= fromYear (was " + to + " < " + from + ")");
                to = null;
            }
            occurrence = new RiskOccurrence.PerYear(p, from, to, max);
        } else {
            occurrence = new RiskOccurrence.Once(r.value("probability", ONE),
                    r.integer("year", 0, 0, Integer.MAX_VALUE));
        }
        return new RiskEvent(name(r), r.text("description"), r.value("cost", null), occurrence);
    }

    private AssuranceInstrument instrument(FormReader r) {
        String name = name(r);
        String description = r.text("description");
        String type = r.text("type");
        if (type == null) {
            r.error("type", FormReader.MISSING);
            type = "self-bond";
        }
        return switch (type) {
            case "bond" -> bond(r, name, description);
            case "parent-guarantee" -> new AssuranceInstrument.ParentGuarantee(name, description,
                    r.value("amount", null), r.value("guarantorFailsWithOperatorProbability", ZERO));
            case "trust-fund" -> new AssuranceInstrument.TrustFund(name, description, r.value("initialBalance", ZERO),
                    r.value("annualContribution", ZERO), r.value("annualReturn", ZERO), r.value("annualFeeRate", ZERO),
                    "true".equals(r.text("drawdown")));
            default -> new AssuranceInstrument.SelfBond(name, description, r.value("amount", null));
        };
    }

    private AssuranceInstrument bond(FormReader r, String name, String description) {
        BondKind kind = BondKind.byId(r.text("kind", BondKind.SURETY.id()));
        String by = r.text(ScenarioSchema.AMOUNT_BY, r.has("schedule") && !r.has("amount") ? "schedule" : "amount");
        Value amount = null;
        List<ScheduleStep> schedule = null;
        if ("schedule".equals(by)) {
            schedule = new ArrayList<>();
            List<ElementForm> rows = r.form().rows("schedule");
            for (int i = 0; i < rows.size(); i++) {
                FormReader s = new FormReader(rows.get(i), JsonPath.index(r.path("schedule"), i), errors, failed);
                schedule.add(new ScheduleStep(s.integer("fromYear", null, Integer.MIN_VALUE, Integer.MAX_VALUE),
                        s.value("amount", null)));
            }
        } else {
            amount = r.value("amount", null);
        }
        return new AssuranceInstrument.Bond(name, description, kind == null ? BondKind.SURETY : kind, amount, schedule,
                r.value("providerAnnualDefaultProbability", ZERO), r.value("recoveryRate", ZERO));
    }
}
