package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.json.NumberText.format;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.closureassurance.scenarios.json.JsonNode;
import org.closureassurance.scenarios.json.JsonPath;
import org.closureassurance.scenarios.units.Dimension;
import org.closureassurance.simulator.model.AccrualPoint;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.BondKind;
import org.closureassurance.simulator.model.Correlation;
import org.closureassurance.simulator.model.CostItem;
import org.closureassurance.simulator.model.Economics;
import org.closureassurance.simulator.model.Forfeiture;
import org.closureassurance.simulator.model.IndirectCost;
import org.closureassurance.simulator.model.InputPaths;
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
 * Turns a JSON tree into a {@link Scenario}, section by section as docs/scenario-format.md lays
 * them out, collecting every problem. Each object's parts are checked with
 * {@link ScenarioValidator}'s element checks as soon as the object has been read, whether or
 * not its other parts could be read, so one file reports all its independent problems in one
 * pass; an element is built only from well-formed parts, and the scenario only when there are
 * no problems at all.
 */
final class ScenarioBinder {
    private static final Value ZERO = Value.of(0);
    private static final Value ONE = Value.of(1);
    private static final int MAX_INT = Integer.MAX_VALUE;

    private static final List<String> TOP_FIELDS = List.of("format", "name", "description", "currency", "baseYear",
            "simulation", "economics", "closureYear", "forfeiture", "costItems", "indirectCosts", "correlations",
            "waterTreatment", "rehabilitation", "riskEvents", "assurance");
    private static final List<String> COST_ITEM_FIELDS = List.of("name", "description", "category", "quantity",
            "unitCost", "amount", "startYear", "durationYears", "accrual");
    private static final List<String> WATER_FIELDS = List.of("name", "description", "probability", "startYear", "flow",
            "unitCost", "fixedAnnualCost", "capitalCost", "replacementEveryYears", "duration");
    private static final List<String> REHABILITATION_FIELDS = List.of("name", "description", "area", "startYear",
            "establishmentCost", "maintenanceCostPerAreaYear", "monitoringYears", "monitoringCostPerYear", "recovery",
            "setback");
    private static final List<String> RISK_FIELDS = List.of("name", "description", "cost", "probability", "year",
            "annualProbability", "fromYear", "toYear", "maxOccurrences");
    private static final List<String> FORFEITURE_MODES = List.of("at-closure", "year", "annual-hazard");
    private static final List<String> DURATION_TYPES = List.of("years", "decay", "perpetual");
    private static final List<String> ASSURANCE_TYPES = List.of("bond", "self-bond", "parent-guarantee", "trust-fund");

    private final List<ValidationError> errors;
    /** Sections (and top-level inputs) that could not be read in full: their input paths are unknown. */
    private final Set<String> unresolved = new HashSet<>();
    private boolean perpetualWater;

    private ScenarioBinder(List<ValidationError> earlier) {
        this.errors = new ArrayList<>(earlier);
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
        top.allow("", TOP_FIELDS);
        String format = top.requiredString("format");
        if (format != null && !format.equals(Scenario.FORMAT)) {
            top.error("format", "must be \"" + Scenario.FORMAT + "\", was \"" + format + "\"");
        }
        String name = top.requiredString("name");
        if (name != null) {
            ScenarioValidator.checkPrintable("name", name, errors);
        }
        String description = top.string("description");
        String currency = top.string("currency");
        Integer baseYear = top.has("baseYear") ? top.integer("baseYear", null, 1, 9999) : null;
        SimulationSettings simulation = simulation(top.object("simulation", true, "{\"horizonYears\": 100}"));
        Economics economics = economics(top.object("economics", true, "{\"discountRate\": 0.03}"));
        Value closureYear = top.value("closureYear", null);
        if (closureYear == null) {
            unresolved.add("closureYear");
        }
        Forfeiture forfeiture = forfeiture(top.object("forfeiture", true, "{\"mode\": \"at-closure\"}"));

        List<CostItem> costItems = section(top, "costItems", "{\"name\": ..., \"amount\": 1000000}", this::costItem);
        List<IndirectCost> indirectCosts = section(top, "indirectCosts", "{\"name\": ..., \"percent\": 15}",
                this::indirectCost);
        List<Correlation> correlations = section(top, "correlations", "{\"a\": ..., \"b\": ..., \"rho\": 0.5}",
                this::correlation);
        List<WaterStream> water = section(top, "waterTreatment",
                "{\"name\": ..., \"duration\": {\"type\": \"perpetual\"}}", this::waterStream);
        List<RehabilitationDomain> rehabilitation = section(top, "rehabilitation",
                "{\"name\": ..., \"area\": {\"value\": 50, \"unit\": \"ha\"}, \"recovery\": ...}",
                this::rehabilitation);
        List<RiskEvent> risks = section(top, "riskEvents", "{\"name\": ..., \"cost\": 1000000}", this::riskEvent);
        List<AssuranceInstrument> assurance = section(top, "assurance",
                "{\"type\": \"bond\", \"name\": ..., \"amount\": 1000000}", this::assurance);

        if (economics != null) {
            int beforeRate = errors.size();
            ScenarioValidator.checkDiscountRate(economics.discountRate(), perpetualWater, errors);
            if (errors.size() == beforeRate) {
                ScenarioValidator.checkPerpetualValues(economics.discountRate(), water, errors);
            }
        }
        Scenario draft = new Scenario(name == null ? "" : name, description, currency, baseYear,
                simulation == null ? new SimulationSettings(1, 0, 1, Sampling.MONTE_CARLO) : simulation,
                economics == null ? new Economics(ZERO) : economics,
                closureYear == null ? ZERO : closureYear,
                forfeiture == null ? new Forfeiture.AtClosure() : forfeiture,
                present(costItems), present(indirectCosts), List.of(), present(water), present(rehabilitation),
                present(risks), present(assurance));
        Predicate<String> unknown = path -> unresolved.stream()
                .anyMatch(u -> path.equals(u) || path.startsWith(u + "/"));
        ScenarioValidator.checkCorrelations(correlations, InputPaths.all(draft), unknown, errors);
        if (!errors.isEmpty()) {
            return null;
        }
        return new Scenario(name, description, currency, baseYear, simulation, economics, closureYear, forfeiture,
                costItems, indirectCosts, correlations, water, rehabilitation, risks, assurance);
    }

    /**
     * Binds every element of list {@code key} (an element that cannot be built is null), then
     * checks names; {@code example} shows the shape of an element to one that is not an object.
     */
    private <T> List<T> section(JsonFields top, String key, String example, ElementBinder<T> binder) {
        List<JsonNode> nodes = top.list(key, false);
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
            names.add(nodes.get(i) instanceof JsonNode.JsonObject o && o.get("name") instanceof JsonNode.JsonString n
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
        ScenarioValidator.checkNames(key, names, errors);
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

    private SimulationSettings simulation(JsonFields f) {
        if (f == null) {
            return null;
        }
        f.allow("", List.of("iterations", "seed", "horizonYears", "sampling"));
        Integer iterations = f.integer("iterations", SimulationSettings.DEFAULT_ITERATIONS, 1, MAX_INT);
        Long seed = f.whole("seed", 0L, Long.MIN_VALUE, Long.MAX_VALUE);
        Integer horizon = f.integer("horizonYears", null, 1, SimulationSettings.MAX_HORIZON_YEARS);
        List<String> methods = new ArrayList<>();
        for (Sampling s : Sampling.values()) {
            methods.add(s.id());
        }
        String sampling = f.choice("sampling", "sampling method", methods, Sampling.MONTE_CARLO.id());
        if (!f.complete()) {
            return null;
        }
        return new SimulationSettings(iterations, seed, horizon, Sampling.byId(sampling));
    }

    private Economics economics(JsonFields f) {
        if (f == null) {
            unresolved.add("economics");
            return null;
        }
        f.allow("", List.of("discountRate"));
        Value rate = f.value("discountRate", null);
        if (rate == null) {
            unresolved.add("economics");
            return null;
        }
        return new Economics(rate);
    }

    private Forfeiture forfeiture(JsonFields f) {
        Forfeiture result = f == null ? null : forfeitureOf(f);
        if (result == null) {
            unresolved.add("forfeiture");
        }
        return result;
    }

    private Forfeiture forfeitureOf(JsonFields f) {
        String mode = f.choice("mode", "forfeiture mode", FORFEITURE_MODES, null);
        if (mode == null) {
            return null;
        }
        String context = " for mode \"" + mode + "\"";
        switch (mode) {
            case "at-closure" -> {
                f.allow(context, List.of("mode"));
                return new Forfeiture.AtClosure();
            }
            case "year" -> {
                f.allow(context, List.of("mode", "year"));
                Value year = f.value("year", null);
                return year == null ? null : new Forfeiture.InYear(year);
            }
            default -> {
                f.allow(context, List.of("mode", "beforeClosure", "afterClosure"));
                Value before = f.value("beforeClosure", ZERO);
                Value after = f.value("afterClosure", ZERO);
                ScenarioValidator.checkHazard(before, after, errors);
                return f.complete() ? new Forfeiture.AnnualHazard(before, after) : null;
            }
        }
    }

    private CostItem costItem(JsonFields f) {
        f.allow("", COST_ITEM_FIELDS);
        String name = f.requiredString("name");
        String description = f.string("description");
        String category = f.string("category");
        boolean hasAmount = f.has("amount");
        boolean hasQuantity = f.has("quantity");
        boolean hasUnitCost = f.has("unitCost");
        if (hasAmount && (hasQuantity || hasUnitCost)) {
            f.error(null, "give either amount, or quantity and unitCost, not both");
        } else if (!hasAmount && !hasQuantity && !hasUnitCost) {
            f.error(null, "needs either amount, or quantity and unitCost");
        } else if (hasQuantity && !hasUnitCost) {
            f.error("unitCost", "required when quantity is given");
        } else if (hasUnitCost && !hasQuantity) {
            f.error("quantity", "required when unitCost is given");
        }
        Quantity quantity = f.quantity("quantity", null, false);
        UnitRate unitCost = f.rate("unitCost", null, false);
        Value amount = hasAmount ? f.value("amount", null) : null;
        Integer startYear = f.integer("startYear", 0, 0, MAX_INT);
        Integer durationYears = f.integer("durationYears", 1, 1, MAX_INT);
        List<AccrualPoint> accrual = accrual(f);
        ScenarioValidator.checkCostItem(f.path(), quantity, unitCost, amount, accrual, errors);
        if (!f.complete()) {
            return null;
        }
        return new CostItem(name, description, category, quantity, unitCost, amount, startYear, durationYears,
                accrual);
    }

    /** The accrual points of {@code item}: empty when absent, null when any point is unreadable. */
    private List<AccrualPoint> accrual(JsonFields item) {
        List<JsonNode> nodes = item.list("accrual", false);
        List<AccrualPoint> points = new ArrayList<>();
        if (nodes == null) {
            return points;
        }
        for (int i = 0; i < nodes.size(); i++) {
            JsonFields p = JsonFields.open(nodes.get(i), JsonPath.index(item.path("accrual"), i),
                    "{\"year\": 0, \"fraction\": 0.5}", errors);
            if (p == null) {
                item.fail();
                continue;
            }
            p.allow(" in an accrual point", List.of("year", "fraction"));
            Integer year = p.integer("year", null, 0, MAX_INT);
            Double fraction = p.number("fraction", true);
            if (fraction != null && fraction < 0) {
                p.error("fraction", "must be >= 0 (was " + format(fraction)
                        + ")");
            }
            if (p.complete()) {
                points.add(new AccrualPoint(year, fraction));
            } else {
                item.fail();
            }
        }
        return points.size() == nodes.size() ? points : null;
    }

    private IndirectCost indirectCost(JsonFields f) {
        f.allow("", List.of("name", "description", "percent", "appliesTo"));
        String name = f.requiredString("name");
        String description = f.string("description");
        Value percent = f.value("percent", null);
        List<String> appliesTo = f.strings("appliesTo");
        ScenarioValidator.checkIndirectCost(f.path(), percent, errors);
        return f.complete() ? new IndirectCost(name, description, percent, appliesTo) : null;
    }

    private Correlation correlation(JsonFields f) {
        f.allow(" in a correlation", List.of("a", "b", "rho"));
        String a = f.requiredString("a");
        String b = f.requiredString("b");
        Double rho = f.number("rho", true);
        if (rho != null && !(rho > -1 && rho < 1)) {
            f.error("rho", "must lie strictly between -1 and 1 (was "
                    + format(rho) + ")");
        }
        return f.complete() ? new Correlation(a, b, rho) : null;
    }

    private WaterStream waterStream(JsonFields f) {
        f.allow("", WATER_FIELDS);
        String name = f.requiredString("name");
        String description = f.string("description");
        Value probability = f.value("probability", ONE);
        Value startYear = f.value("startYear", ZERO);
        if (f.has("flow") && !f.has("unitCost")) {
            f.error("unitCost", "required when flow is given");
        } else if (f.has("unitCost") && !f.has("flow")) {
            f.error("flow", "required when unitCost is given");
        }
        Quantity flow = f.quantity("flow", Dimension.FLOW, false);
        UnitRate unitCost = f.rate("unitCost", Dimension.VOLUME, false);
        Value fixed = f.value("fixedAnnualCost", ZERO);
        Value capital = f.value("capitalCost", ZERO);
        Integer replacement = f.has("replacementEveryYears")
                ? f.integer("replacementEveryYears", null, 1, MAX_INT) : null;
        JsonFields d = f.object("duration", true, "{\"type\": \"perpetual\"}");
        WaterDuration duration = d == null ? null : duration(d);
        ScenarioValidator.checkWaterStream(f.path(), probability, startYear, flow, unitCost, fixed, capital, errors);
        if (duration == null || !f.complete()) {
            f.fail();
            return null;
        }
        return new WaterStream(name, description, probability, startYear, flow, unitCost, fixed, capital,
                replacement, duration);
    }

    private WaterDuration duration(JsonFields f) {
        String type = f.choice("type", "duration type", DURATION_TYPES, null);
        if (type == null) {
            return null;
        }
        String context = " for duration type \"" + type + "\"";
        switch (type) {
            case "years" -> {
                f.allow(context, List.of("type", "years"));
                Value years = f.value("years", null);
                return years == null ? null : new WaterDuration.Years(years);
            }
            case "decay" -> {
                f.allow(context, List.of("type", "initialConcentration", "limit", "halfLifeYears"));
                Quantity c0 = f.quantity("initialConcentration", Dimension.CONCENTRATION, true);
                Quantity limit = f.quantity("limit", Dimension.CONCENTRATION, true);
                Value halfLife = f.value("halfLifeYears", null);
                ScenarioValidator.checkDecay(f.path(), c0, limit, halfLife, errors);
                return f.complete() ? new WaterDuration.Decay(c0, limit, halfLife) : null;
            }
            default -> {
                f.allow(context, List.of("type"));
                perpetualWater = true;
                return new WaterDuration.Perpetual();
            }
        }
    }

    private RehabilitationDomain rehabilitation(JsonFields f) {
        f.allow("", REHABILITATION_FIELDS);
        String name = f.requiredString("name");
        String description = f.string("description");
        Quantity area = f.quantity("area", Dimension.AREA, true);
        Value startYear = f.value("startYear", ZERO);
        UnitRate establishment = f.rate("establishmentCost", Dimension.AREA, false);
        UnitRate maintenance = f.rate("maintenanceCostPerAreaYear", Dimension.AREA, false);
        Integer monitoringYears = f.integer("monitoringYears", 0, 0, MAX_INT);
        Value monitoringCost = f.value("monitoringCostPerYear", ZERO);
        JsonFields r = f.object("recovery", true, "{\"model\": \"exponential\", \"rate\": 0.1, \"target\": 0.7}");
        Recovery recovery = r == null ? null : recovery(r);
        JsonFields s = f.object("setback", false, "{\"annualProbability\": 0.05, \"conditionLoss\": 0.5}");
        Setback setback = s == null ? null : setback(s);
        ScenarioValidator.checkRehabilitation(f.path(), area, startYear, establishment, maintenance, monitoringCost,
                errors);
        if (recovery == null || (s != null && setback == null) || !f.complete()) {
            f.fail();
            return null;
        }
        return new RehabilitationDomain(name, description, area, startYear, establishment, maintenance,
                monitoringYears, monitoringCost, recovery, setback);
    }

    private Recovery recovery(JsonFields f) {
        f.allow(" in recovery", List.of("model", "rate", "initialCondition", "target"));
        List<String> models = new ArrayList<>();
        for (RecoveryModel m : RecoveryModel.values()) {
            models.add(m.id());
        }
        String model = f.choice("model", "recovery model", models, null);
        Value rate = f.value("rate", null);
        Value initial = f.value("initialCondition", ZERO);
        Value target = f.value("target", null);
        RecoveryModel known = model == null ? null : RecoveryModel.byId(model);
        ScenarioValidator.checkRecovery(f.path(), known, rate, initial, target, errors);
        return known != null && f.complete() ? new Recovery(known, rate, initial, target) : null;
    }

    private Setback setback(JsonFields f) {
        f.allow(" in a setback", List.of("annualProbability", "conditionLoss", "reworkCostPerArea"));
        Value probability = f.value("annualProbability", ZERO);
        Value loss = f.value("conditionLoss", ZERO);
        UnitRate rework = f.rate("reworkCostPerArea", Dimension.AREA, false);
        ScenarioValidator.checkSetback(f.path(), probability, loss, rework, errors);
        return f.complete() ? new Setback(probability, loss, rework) : null;
    }

    private RiskEvent riskEvent(JsonFields f) {
        f.allow("", RISK_FIELDS);
        String name = f.requiredString("name");
        String description = f.string("description");
        Value cost = f.value("cost", null);
        RiskOccurrence occurrence;
        Value onceProbability = null;
        Value annualProbability = null;
        if (f.has("annualProbability")) {
            for (String once : List.of("probability", "year")) {
                if (f.has(once)) {
                    f.error(once, "belongs to a once-only event; a per-year event (one with annualProbability) "
                            + "takes fromYear, toYear and maxOccurrences");
                }
            }
            annualProbability = f.value("annualProbability", null);
            Integer from = f.integer("fromYear", 0, 0, MAX_INT);
            Integer to = f.has("toYear") ? f.integer("toYear", null, 0, MAX_INT) : null;
            Integer max = f.integer("maxOccurrences", 1, 1, MAX_INT);
            if (from != null && to != null && to < from) {
                f.error("toYear", "must be >= fromYear (was " + to + " < " + from + ")");
            }
            occurrence = f.complete() ? new RiskOccurrence.PerYear(annualProbability, from, to, max) : null;
        } else {
            for (String perYear : List.of("fromYear", "toYear", "maxOccurrences")) {
                if (f.has(perYear)) {
                    f.error(perYear, "belongs to a per-year event: give annualProbability, or leave " + perYear
                            + " out");
                }
            }
            onceProbability = f.value("probability", ONE);
            Integer year = f.integer("year", 0, 0, MAX_INT);
            occurrence = f.complete() ? new RiskOccurrence.Once(onceProbability, year) : null;
        }
        ScenarioValidator.checkRiskEvent(f.path(), onceProbability, annualProbability, cost, errors);
        if (occurrence instanceof RiskOccurrence.PerYear y) {
            ScenarioValidator.checkOccurrences(f.path(), y, errors);
        }
        return occurrence != null && f.complete() ? new RiskEvent(name, description, cost, occurrence) : null;
    }

    private AssuranceInstrument assurance(JsonFields f) {
        String name = f.requiredString("name");
        String type = f.choice("type", "assurance type", ASSURANCE_TYPES, null);
        if (type == null) {
            f.fail();
            return null;
        }
        String context = " for type \"" + type + "\"";
        String description = f.string("description");
        return switch (type) {
            case "bond" -> bond(f, name, description, context);
            case "self-bond" -> {
                f.allow(context, List.of("type", "name", "description", "amount"));
                Value amount = f.value("amount", null);
                ScenarioValidator.checkSelfBond(f.path(), amount, errors);
                yield f.complete() ? new AssuranceInstrument.SelfBond(name, description, amount) : null;
            }
            case "parent-guarantee" -> {
                f.allow(context, List.of("type", "name", "description", "amount",
                        "guarantorFailsWithOperatorProbability"));
                Value amount = f.value("amount", null);
                Value fails = f.value("guarantorFailsWithOperatorProbability", ZERO);
                ScenarioValidator.checkParentGuarantee(f.path(), amount, fails, errors);
                yield f.complete() ? new AssuranceInstrument.ParentGuarantee(name, description, amount, fails) : null;
            }
            default -> {
                f.allow(context, List.of("type", "name", "description", "initialBalance", "annualContribution",
                        "annualReturn", "annualFeeRate", "drawdown"));
                Value initial = f.value("initialBalance", ZERO);
                Value contribution = f.value("annualContribution", ZERO);
                Value annualReturn = f.value("annualReturn", ZERO);
                Value fee = f.value("annualFeeRate", ZERO);
                boolean drawdown = f.bool("drawdown", false);
                ScenarioValidator.checkTrustFund(f.path(), initial, contribution, fee, errors);
                yield f.complete() ? new AssuranceInstrument.TrustFund(name, description, initial, contribution,
                        annualReturn, fee, drawdown) : null;
            }
        };
    }

    private AssuranceInstrument bond(JsonFields f, String name, String description, String context) {
        f.allow(context, List.of("type", "kind", "name", "description", "amount", "schedule",
                "providerAnnualDefaultProbability", "recoveryRate"));
        List<String> kinds = new ArrayList<>();
        for (BondKind k : BondKind.values()) {
            kinds.add(k.id());
        }
        String kind = f.choice("kind", "bond kind", kinds, BondKind.SURETY.id());
        boolean hasAmount = f.has("amount");
        boolean hasSchedule = f.has("schedule");
        if (hasAmount && hasSchedule) {
            f.error(null, "give either amount or schedule, not both");
        } else if (!hasAmount && !hasSchedule) {
            f.error(null, "a bond needs either amount or schedule");
        }
        Value amount = hasAmount ? f.value("amount", null) : null;
        List<ScheduleStep> schedule = hasSchedule ? schedule(f) : null;
        Value defaultProbability = f.value("providerAnnualDefaultProbability", ZERO);
        Value recoveryRate = f.value("recoveryRate", ZERO);
        ScenarioValidator.checkBond(f.path(), amount, schedule, defaultProbability, recoveryRate, errors);
        if (!f.complete()) {
            return null;
        }
        return new AssuranceInstrument.Bond(name, description, BondKind.byId(kind), amount, schedule,
                defaultProbability, recoveryRate);
    }

    /** The steps of a bond's schedule; null when the list or any step is unreadable. */
    private List<ScheduleStep> schedule(JsonFields bond) {
        List<JsonNode> nodes = bond.list("schedule", true);
        if (nodes == null) {
            return null;
        }
        List<ScheduleStep> steps = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonFields s = JsonFields.open(nodes.get(i), JsonPath.index(bond.path("schedule"), i),
                    "{\"fromYear\": 0, \"amount\": 1000000}", errors);
            if (s == null) {
                bond.fail();
                continue;
            }
            s.allow(" in a schedule step", List.of("fromYear", "amount"));
            Integer from = s.integer("fromYear", null, Integer.MIN_VALUE, MAX_INT);
            Value amount = s.value("amount", null);
            if (s.complete()) {
                steps.add(new ScheduleStep(from, amount));
            } else {
                bond.fail();
            }
        }
        return steps.size() == nodes.size() ? steps : null;
    }
}
