package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.json.NumberText.format;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.closureassurance.scenarios.json.JsonNode;
import org.closureassurance.scenarios.AssuranceFormat.Assurance;
import org.closureassurance.scenarios.ScenarioFormat.Common;
import org.closureassurance.scenarios.WaterFormat.Duration;
import org.closureassurance.scenarios.RehabilitationFormat.Recovery;
import org.closureassurance.scenarios.RehabilitationFormat.Setback;
import org.closureassurance.scenarios.ScenarioFormat.Top;
import org.closureassurance.scenarios.WaterFormat.Water;
import org.closureassurance.scenarios.json.JsonPath;
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
import org.closureassurance.simulator.model.RecoveryModel;
import org.closureassurance.simulator.model.RehabilitationDomain;
import org.closureassurance.simulator.model.RiskEvent;
import org.closureassurance.simulator.model.RiskOccurrence;
import org.closureassurance.simulator.model.Sampling;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.model.ScheduleStep;
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
        top.allow("", Top.OBJECT, null);
        String format = top.string(Top.FORMAT);
        if (format != null && !format.equals(Scenario.FORMAT)) {
            top.error(Top.FORMAT, "must be \"" + Scenario.FORMAT + "\", was \"" + format + "\"");
        }
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

        List<CostItem> costItems = section(top, Top.COST_ITEMS, "{\"name\": ..., \"amount\": 1000000}",
                this::costItem);
        List<IndirectCost> indirectCosts = section(top, Top.INDIRECT_COSTS, "{\"name\": ..., \"percent\": 15}",
                this::indirectCost);
        List<Correlation> correlations = section(top, Top.CORRELATIONS, "{\"a\": ..., \"b\": ..., \"rho\": 0.5}",
                this::correlation);
        List<WaterStream> water = section(top, Top.WATER_TREATMENT,
                "{\"name\": ..., \"duration\": {\"type\": \"perpetual\"}}", this::waterStream);
        List<RehabilitationDomain> rehabilitation = section(top, Top.REHABILITATION,
                "{\"name\": ..., \"area\": {\"value\": 50, \"unit\": \"ha\"}, \"recovery\": ...}",
                this::rehabilitation);
        List<RiskEvent> risks = section(top, Top.RISK_EVENTS, "{\"name\": ..., \"cost\": 1000000}",
                this::riskEvent);
        List<AssuranceInstrument> assurance = section(top, Top.ASSURANCE,
                "{\"type\": \"bond\", \"name\": ..., \"amount\": 1000000}", this::assurance);

        if (economics != null) {
            int beforeRate = errors.size();
            EconomicsChecks.checkDiscountRate(economics.discountRate(), perpetualWater, errors);
            if (errors.size() == beforeRate) {
                EconomicsChecks.checkPerpetualValues(economics.discountRate(), water, errors);
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
        CorrelationChecks.checkCorrelations(correlations, InputPaths.all(draft), unknown, errors);
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

    private SimulationSettings simulation(JsonFields f) {
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
        f.allow("", ScenarioFormat.Economics.OBJECT, null);
        Value rate = f.value(ScenarioFormat.Economics.DISCOUNT_RATE);
        if (rate == null) {
            unresolved.add(Top.ECONOMICS.name());
            return null;
        }
        return new Economics(rate);
    }

    private Forfeiture forfeiture(JsonFields f) {
        Forfeiture result = f == null ? null : forfeitureOf(f);
        if (result == null) {
            unresolved.add(Top.FORFEITURE.name());
        }
        return result;
    }

    private Forfeiture forfeitureOf(JsonFields f) {
        String mode = f.choice(ScenarioFormat.Forfeiture.MODE, "forfeiture mode");
        if (mode == null) {
            return null;
        }
        f.allow(" for mode \"" + mode + "\"", ScenarioFormat.Forfeiture.OBJECT, mode);
        switch (mode) {
            case "at-closure" -> {
                return new Forfeiture.AtClosure();
            }
            case "year" -> {
                Value year = f.value(ScenarioFormat.Forfeiture.YEAR);
                return year == null ? null : new Forfeiture.InYear(year);
            }
            default -> {
                Value before = f.value(ScenarioFormat.Forfeiture.BEFORE_CLOSURE);
                Value after = f.value(ScenarioFormat.Forfeiture.AFTER_CLOSURE);
                ScenarioValidator.checkHazard(before, after, errors);
                return f.complete() ? new Forfeiture.AnnualHazard(before, after) : null;
            }
        }
    }

    private CostItem costItem(JsonFields f) {
        f.allow("", CostFormat.CostItem.OBJECT, null);
        String name = f.string(Common.NAME);
        String description = f.string(Common.DESCRIPTION);
        String category = f.string(CostFormat.CostItem.CATEGORY);
        boolean hasAmount = f.has(CostFormat.CostItem.AMOUNT);
        boolean hasQuantity = f.has(CostFormat.CostItem.QUANTITY);
        boolean hasUnitCost = f.has(CostFormat.CostItem.UNIT_COST);
        if (hasAmount && (hasQuantity || hasUnitCost)) {
            f.errorInObject("give either amount, or quantity and unitCost, not both");
        } else if (!hasAmount && !hasQuantity && !hasUnitCost) {
            f.errorInObject("needs either amount, or quantity and unitCost");
        } else if (hasQuantity && !hasUnitCost) {
            f.error(CostFormat.CostItem.UNIT_COST, "required when quantity is given");
        } else if (hasUnitCost && !hasQuantity) {
            f.error(CostFormat.CostItem.QUANTITY, "required when unitCost is given");
        }
        Quantity quantity = f.quantity(CostFormat.CostItem.QUANTITY);
        UnitRate unitCost = f.rate(CostFormat.CostItem.UNIT_COST);
        Value amount = hasAmount ? f.value(CostFormat.CostItem.AMOUNT) : null;
        Integer startYear = f.integer(CostFormat.CostItem.START_YEAR);
        Integer durationYears = f.integer(CostFormat.CostItem.DURATION_YEARS);
        List<AccrualPoint> accrual = accrual(f);
        CostChecks.checkCostItem(f.path(), quantity, unitCost, amount, accrual, errors);
        if (!f.complete()) {
            return null;
        }
        return new CostItem(name, description, category, quantity, unitCost, amount, startYear, durationYears,
                accrual);
    }

    /** The accrual points of {@code item}: empty when absent, null when any point is unreadable. */
    private List<AccrualPoint> accrual(JsonFields item) {
        List<JsonNode> nodes = item.list(CostFormat.CostItem.ACCRUAL);
        List<AccrualPoint> points = new ArrayList<>();
        if (nodes == null) {
            return points;
        }
        for (int i = 0; i < nodes.size(); i++) {
            JsonFields p = JsonFields.open(nodes.get(i), JsonPath.index(item.path(CostFormat.CostItem.ACCRUAL), i),
                    "{\"year\": 0, \"fraction\": 0.5}", errors);
            if (p == null) {
                item.fail();
                continue;
            }
            p.allow(" in an accrual point", CostFormat.AccrualPoint.OBJECT, null);
            Integer year = p.integer(CostFormat.AccrualPoint.YEAR);
            Double fraction = p.number(CostFormat.AccrualPoint.FRACTION);
            if (fraction != null && fraction < 0) {
                p.error(CostFormat.AccrualPoint.FRACTION, "must be >= 0 (was " + format(fraction) + ")");
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
        f.allow("", CostFormat.IndirectCost.OBJECT, null);
        String name = f.string(Common.NAME);
        String description = f.string(Common.DESCRIPTION);
        Value percent = f.value(CostFormat.IndirectCost.PERCENT);
        List<String> appliesTo = f.strings(CostFormat.IndirectCost.APPLIES_TO);
        CostChecks.checkIndirectCost(f.path(), percent, errors);
        return f.complete() ? new IndirectCost(name, description, percent, appliesTo) : null;
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

    private WaterStream waterStream(JsonFields f) {
        f.allow("", Water.OBJECT, null);
        String name = f.string(Common.NAME);
        String description = f.string(Common.DESCRIPTION);
        Value probability = f.value(Water.PROBABILITY);
        Value startYear = f.value(Water.START_YEAR);
        if (f.has(Water.FLOW) && !f.has(Water.UNIT_COST)) {
            f.error(Water.UNIT_COST, "required when flow is given");
        } else if (f.has(Water.UNIT_COST) && !f.has(Water.FLOW)) {
            f.error(Water.FLOW, "required when unitCost is given");
        }
        Quantity flow = f.quantity(Water.FLOW);
        UnitRate unitCost = f.rate(Water.UNIT_COST);
        Value fixed = f.value(Water.FIXED_ANNUAL_COST);
        Value capital = f.value(Water.CAPITAL_COST);
        Integer replacement = f.has(Water.REPLACEMENT_EVERY_YEARS) ? f.integer(Water.REPLACEMENT_EVERY_YEARS) : null;
        JsonFields d = f.object(Water.DURATION);
        WaterDuration duration = d == null ? null : duration(d);
        WaterChecks.checkWaterStream(f.path(), probability, startYear, flow, unitCost, fixed, capital, errors);
        if (duration == null || !f.complete()) {
            f.fail();
            return null;
        }
        return new WaterStream(name, description, probability, startYear, flow, unitCost, fixed, capital,
                replacement, duration);
    }

    private WaterDuration duration(JsonFields f) {
        String type = f.choice(Duration.TYPE, "duration type");
        if (type == null) {
            return null;
        }
        f.allow(" for duration type \"" + type + "\"", Duration.OBJECT, type);
        switch (type) {
            case "years" -> {
                Value years = f.value(Duration.YEARS);
                return years == null ? null : new WaterDuration.Years(years);
            }
            case "decay" -> {
                Quantity c0 = f.quantity(Duration.INITIAL_CONCENTRATION);
                Quantity limit = f.quantity(Duration.LIMIT);
                Value halfLife = f.value(Duration.HALF_LIFE_YEARS);
                WaterChecks.checkDecay(f.path(), c0, limit, halfLife, errors);
                return f.complete() ? new WaterDuration.Decay(c0, limit, halfLife) : null;
            }
            default -> {
                perpetualWater = true;
                return new WaterDuration.Perpetual();
            }
        }
    }

    private RehabilitationDomain rehabilitation(JsonFields f) {
        f.allow("", RehabilitationFormat.Rehabilitation.OBJECT, null);
        String name = f.string(Common.NAME);
        String description = f.string(Common.DESCRIPTION);
        Quantity area = f.quantity(RehabilitationFormat.Rehabilitation.AREA);
        Value startYear = f.value(RehabilitationFormat.Rehabilitation.START_YEAR);
        UnitRate establishment = f.rate(RehabilitationFormat.Rehabilitation.ESTABLISHMENT_COST);
        UnitRate maintenance = f.rate(RehabilitationFormat.Rehabilitation.MAINTENANCE_COST_PER_AREA_YEAR);
        Integer monitoringYears = f.integer(RehabilitationFormat.Rehabilitation.MONITORING_YEARS);
        Value monitoringCost = f.value(RehabilitationFormat.Rehabilitation.MONITORING_COST_PER_YEAR);
        JsonFields r = f.object(RehabilitationFormat.Rehabilitation.RECOVERY);
        org.closureassurance.simulator.model.Recovery recovery = r == null ? null : recovery(r);
        JsonFields s = f.object(RehabilitationFormat.Rehabilitation.SETBACK);
        org.closureassurance.simulator.model.Setback setback = s == null ? null : setback(s);
        RehabilitationChecks.checkRehabilitation(f.path(), area, startYear, establishment, maintenance, monitoringCost,
                errors);
        if (recovery == null || (s != null && setback == null) || !f.complete()) {
            f.fail();
            return null;
        }
        return new RehabilitationDomain(name, description, area, startYear, establishment, maintenance,
                monitoringYears, monitoringCost, recovery, setback);
    }

    private org.closureassurance.simulator.model.Recovery recovery(JsonFields f) {
        f.allow(" in recovery", Recovery.OBJECT, null);
        String model = f.choice(Recovery.MODEL, "recovery model");
        Value rate = f.value(Recovery.RATE);
        Value initial = f.value(Recovery.INITIAL_CONDITION);
        Value target = f.value(Recovery.TARGET);
        RecoveryModel known = model == null ? null : RecoveryModel.byId(model);
        RehabilitationChecks.checkRecovery(f.path(), known, rate, initial, target, errors);
        return known != null && f.complete()
                ? new org.closureassurance.simulator.model.Recovery(known, rate, initial, target) : null;
    }

    private org.closureassurance.simulator.model.Setback setback(JsonFields f) {
        f.allow(" in a setback", Setback.OBJECT, null);
        Value probability = f.value(Setback.ANNUAL_PROBABILITY);
        Value loss = f.value(Setback.CONDITION_LOSS);
        UnitRate rework = f.rate(Setback.REWORK_COST_PER_AREA);
        RehabilitationChecks.checkSetback(f.path(), probability, loss, rework, errors);
        return f.complete() ? new org.closureassurance.simulator.model.Setback(probability, loss, rework) : null;
    }

    private RiskEvent riskEvent(JsonFields f) {
        f.allow("", RiskEventFormat.RiskEvent.OBJECT, null);
        String name = f.string(Common.NAME);
        String description = f.string(Common.DESCRIPTION);
        Value cost = f.value(RiskEventFormat.RiskEvent.COST);
        RiskOccurrence occurrence;
        Value onceProbability = null;
        Value annualProbability = null;
        if (f.has(RiskEventFormat.RiskEvent.ANNUAL_PROBABILITY)) {
            for (FormatField once : List.of(RiskEventFormat.RiskEvent.PROBABILITY, RiskEventFormat.RiskEvent.YEAR)) {
                if (f.has(once)) {
                    f.error(once, "belongs to a once-only event; a per-year event (one with annualProbability) "
                            + "takes fromYear, toYear and maxOccurrences");
                }
            }
            annualProbability = f.value(RiskEventFormat.RiskEvent.ANNUAL_PROBABILITY);
            Integer from = f.integer(RiskEventFormat.RiskEvent.FROM_YEAR);
            Integer to = f.has(RiskEventFormat.RiskEvent.TO_YEAR) ? f.integer(RiskEventFormat.RiskEvent.TO_YEAR) : null;
            Integer max = f.integer(RiskEventFormat.RiskEvent.MAX_OCCURRENCES);
            if (from != null && to != null && to < from) {
                f.error(RiskEventFormat.RiskEvent.TO_YEAR, "must be >= fromYear (was " + to + " < " + from + ")");
            }
            occurrence = f.complete() ? new RiskOccurrence.PerYear(annualProbability, from, to, max) : null;
        } else {
            for (FormatField perYear : List.of(RiskEventFormat.RiskEvent.FROM_YEAR, RiskEventFormat.RiskEvent.TO_YEAR,
                    RiskEventFormat.RiskEvent.MAX_OCCURRENCES)) {
                if (f.has(perYear)) {
                    f.error(perYear, "belongs to a per-year event: give annualProbability, or leave "
                            + perYear.name() + " out");
                }
            }
            onceProbability = f.value(RiskEventFormat.RiskEvent.PROBABILITY);
            Integer year = f.integer(RiskEventFormat.RiskEvent.YEAR);
            occurrence = f.complete() ? new RiskOccurrence.Once(onceProbability, year) : null;
        }
        RiskEventChecks.checkRiskEvent(f.path(), onceProbability, annualProbability, cost, errors);
        if (occurrence instanceof RiskOccurrence.PerYear y) {
            RiskEventChecks.checkOccurrences(f.path(), y, errors);
        }
        return occurrence != null && f.complete() ? new RiskEvent(name, description, cost, occurrence) : null;
    }

    private AssuranceInstrument assurance(JsonFields f) {
        String name = f.string(Common.NAME);
        String type = f.choice(Assurance.TYPE, "assurance type");
        if (type == null) {
            f.fail();
            return null;
        }
        f.allow(" for type \"" + type + "\"", Assurance.OBJECT, type);
        String description = f.string(Common.DESCRIPTION);
        return switch (type) {
            case "bond" -> bond(f, name, description);
            case "self-bond" -> {
                Value amount = f.value(Assurance.AMOUNT);
                AssuranceChecks.checkSelfBond(f.path(), amount, errors);
                yield f.complete() ? new AssuranceInstrument.SelfBond(name, description, amount) : null;
            }
            case "parent-guarantee" -> {
                Value amount = f.value(Assurance.AMOUNT);
                Value fails = f.value(Assurance.GUARANTOR_FAILS_WITH_OPERATOR_PROBABILITY);
                AssuranceChecks.checkParentGuarantee(f.path(), amount, fails, errors);
                yield f.complete() ? new AssuranceInstrument.ParentGuarantee(name, description, amount, fails) : null;
            }
            default -> {
                Value initial = f.value(Assurance.INITIAL_BALANCE);
                Value contribution = f.value(Assurance.ANNUAL_CONTRIBUTION);
                Value annualReturn = f.value(Assurance.ANNUAL_RETURN);
                Value fee = f.value(Assurance.ANNUAL_FEE_RATE);
                boolean drawdown = f.bool(Assurance.DRAWDOWN);
                AssuranceChecks.checkTrustFund(f.path(), initial, contribution, fee, errors);
                yield f.complete() ? new AssuranceInstrument.TrustFund(name, description, initial, contribution,
                        annualReturn, fee, drawdown) : null;
            }
        };
    }

    private AssuranceInstrument bond(JsonFields f, String name, String description) {
        String kind = f.choice(Assurance.KIND, "bond kind");
        boolean hasAmount = f.has(Assurance.AMOUNT);
        boolean hasSchedule = f.has(Assurance.SCHEDULE);
        if (hasAmount && hasSchedule) {
            f.errorInObject("give either amount or schedule, not both");
        } else if (!hasAmount && !hasSchedule) {
            f.errorInObject("a bond needs either amount or schedule");
        }
        Value amount = hasAmount ? f.value(Assurance.AMOUNT) : null;
        List<ScheduleStep> schedule = hasSchedule ? schedule(f) : null;
        Value defaultProbability = f.value(Assurance.PROVIDER_ANNUAL_DEFAULT_PROBABILITY);
        Value recoveryRate = f.value(Assurance.RECOVERY_RATE);
        AssuranceChecks.checkBond(f.path(), amount, schedule, defaultProbability, recoveryRate, errors);
        if (!f.complete()) {
            return null;
        }
        return new AssuranceInstrument.Bond(name, description, BondKind.byId(kind), amount, schedule,
                defaultProbability, recoveryRate);
    }

    /** The steps of a bond's schedule; null when the list or any step is unreadable. */
    private List<ScheduleStep> schedule(JsonFields bond) {
        List<JsonNode> nodes = bond.list(Assurance.SCHEDULE);
        if (nodes == null) {
            return null;
        }
        List<ScheduleStep> steps = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonFields s = JsonFields.open(nodes.get(i), JsonPath.index(bond.path(Assurance.SCHEDULE), i),
                    "{\"fromYear\": 0, \"amount\": 1000000}", errors);
            if (s == null) {
                bond.fail();
                continue;
            }
            s.allow(" in a schedule step", AssuranceFormat.ScheduleStep.OBJECT, null);
            Integer from = s.integer(AssuranceFormat.ScheduleStep.FROM_YEAR);
            Value amount = s.value(AssuranceFormat.ScheduleStep.AMOUNT);
            if (s.complete()) {
                steps.add(new ScheduleStep(from, amount));
            } else {
                bond.fail();
            }
        }
        return steps.size() == nodes.size() ? steps : null;
    }
}
