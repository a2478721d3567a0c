package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.json.NumberText.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.closureassurance.scenarios.ScenarioFormat.Assurance;
import org.closureassurance.scenarios.ScenarioFormat.Common;
import org.closureassurance.scenarios.ScenarioFormat.Duration;
import org.closureassurance.scenarios.ScenarioFormat.Measure;
import org.closureassurance.scenarios.ScenarioFormat.Rehabilitation;
import org.closureassurance.scenarios.ScenarioFormat.Top;
import org.closureassurance.scenarios.ScenarioFormat.Water;
import org.closureassurance.scenarios.ValueChecks.Bounds;
import org.closureassurance.scenarios.json.JsonPath;
import org.closureassurance.scenarios.units.Dimension;
import org.closureassurance.scenarios.units.KnownUnit;
import org.closureassurance.scenarios.units.UnitTable;
import org.closureassurance.simulator.model.AccrualPoint;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.Correlation;
import org.closureassurance.simulator.model.CostItem;
import org.closureassurance.simulator.model.Forfeiture;
import org.closureassurance.simulator.model.IndirectCost;
import org.closureassurance.simulator.model.InputPaths;
import org.closureassurance.simulator.model.Quantity;
import org.closureassurance.simulator.model.Recovery;
import org.closureassurance.simulator.model.RecoveryModel;
import org.closureassurance.simulator.model.RehabilitationDomain;
import org.closureassurance.simulator.model.RiskEvent;
import org.closureassurance.simulator.model.RiskOccurrence;
import org.closureassurance.simulator.model.SampledInput;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.model.ScheduleStep;
import org.closureassurance.simulator.model.Setback;
import org.closureassurance.simulator.model.StartYears;
import org.closureassurance.simulator.model.UnitRate;
import org.closureassurance.simulator.model.WaterDuration;
import org.closureassurance.simulator.model.WaterStream;
import org.closureassurance.simulator.random.GaussianCopula;
import org.closureassurance.simulator.value.Value;

/**
 * Checks a scenario that is already built from records (in the GUI, say) for everything the
 * records themselves do not forbid: ranges of Values, units and their dimensions, unique
 * names, correlations. The file reader runs the same checks on each object's parts as it reads
 * them, so a problem is worded the same, and listed in the same order, whichever way the
 * scenario came in.
 */
public final class ScenarioValidator {
    /** Below this rate the perpetuity {@code (1 + r)/r} of even 1 a year leaves double precision. */
    private static final double SMALLEST_PERPETUAL_RATE = 1e-308;

    private ScenarioValidator() {
    }

    /**
     * Every problem of {@code scenario}, by JSON path as in its file and in the file reader's
     * order; empty when it is sound.
     */
    public static List<ValidationError> validate(Scenario scenario) {
        List<ValidationError> out = new ArrayList<>();
        checkPrintable(Top.NAME.name(), scenario.name(), out);
        checkForfeiture(scenario.forfeiture(), out);
        checkSection(Top.COST_ITEMS, scenario.costItems(), CostItem::name, ScenarioValidator::checkCostItem, out);
        checkSection(Top.INDIRECT_COSTS, scenario.indirectCosts(), IndirectCost::name,
                ScenarioValidator::checkIndirectCost, out);
        checkSection(Top.WATER_TREATMENT, scenario.waterTreatment(), WaterStream::name,
                ScenarioValidator::checkWaterStream, out);
        checkSection(Top.REHABILITATION, scenario.rehabilitation(), RehabilitationDomain::name,
                ScenarioValidator::checkRehabilitation, out);
        checkSection(Top.RISK_EVENTS, scenario.riskEvents(), RiskEvent::name, ScenarioValidator::checkRiskEvent,
                out);
        checkSection(Top.ASSURANCE, scenario.assurance(), AssuranceInstrument::name,
                ScenarioValidator::checkAssurance, out);
        int beforeRate = out.size();
        checkDiscountRate(scenario.economics().discountRate(), scenario.hasPerpetualWater(), out);
        if (out.size() == beforeRate) {
            checkPerpetualValues(scenario.economics().discountRate(), scenario.waterTreatment(), out);
        }
        checkCorrelations(scenario.correlations(), InputPaths.all(scenario), path -> false, out);
        return out;
    }

    /** Checks one element of a section, reporting under the element's {@code path}. */
    @FunctionalInterface
    private interface ElementCheck<T> {
        void check(String path, T element, List<ValidationError> out);
    }

    private static <T> void checkSection(FormatField list, List<T> elements, Function<T, String> name,
                                         ElementCheck<T> check, List<ValidationError> out) {
        String section = list.name();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            check.check(JsonPath.index(section, i), elements.get(i), out);
            names.add(name.apply(elements.get(i)));
        }
        checkNames(section, names, out);
    }

    /** The discount rate must stay above -1, and above 0 when a stream is perpetual (docs/model.md). */
    static void checkDiscountRate(Value rate, boolean perpetualWater, List<ValidationError> out) {
        String path = at(Top.ECONOMICS.name(), ScenarioFormat.Economics.DISCOUNT_RATE);
        int before = out.size();
        ValueChecks.within(path, rate, ScenarioFormat.Economics.DISCOUNT_RATE.bounds(), out);
        if (perpetualWater && out.size() == before) {
            ValueChecks.within(path, rate, Bounds.POSITIVE, "must be > 0 when a water stream is perpetual", out);
        }
        double lowest = rate.lowerBound();
        if (perpetualWater && out.size() == before && lowest > 0 && lowest < SMALLEST_PERPETUAL_RATE) {
            out.add(new ValidationError(path, "must be at least " + format(SMALLEST_PERPETUAL_RATE) + " when a water "
                    + "stream is perpetual: the value of 1 a year forever, (1 + r)/r, would exceed the largest "
                    + "number the simulator holds (about 1.8e308) (was " + format(lowest) + ")"));
        }
    }

    /**
     * A perpetual stream's yearly cost, at the lowest discount rate, must be worth a finite
     * double forever: its value {@code a (1 + r)/r} discounted over the years before it starts
     * would otherwise overflow in the run, which could then only name the stream. Judged on
     * the largest yearly cost (bounded inputs only; an unbounded draw is named by the engine)
     * and the earliest start, reported at the input that makes most of the cost. Call only
     * with a rate that passed {@link #checkDiscountRate}; null elements (unreadable) are skipped.
     */
    static void checkPerpetualValues(Value rate, List<WaterStream> water, List<ValidationError> out) {
        double r = rate.lowerBound();
        if (!(r > 0) || Double.isInfinite(r)) {
            return;
        }
        for (int i = 0; i < water.size(); i++) {
            WaterStream w = water.get(i);
            if (w == null || !(w.duration() instanceof WaterDuration.Perpetual)
                    || !(w.probability().upperBound() > 0)) {
                continue;
            }
            double fixed = w.fixedAnnualCost().upperBound();
            double volume = w.flow() == null || w.unitCost() == null ? 0 : w.flow().value().upperBound()
                    * w.unitCost().value().upperBound() * WaterStream.volumePerYearConversion(w.flow(), w.unitCost());
            double yearly = fixed + volume;
            double start = Math.max(0, w.startYear().lowerBound());
            if (!(yearly > 0) || Double.isInfinite(yearly) || Double.isNaN(start)) {
                continue;
            }
            double logValue = Math.log(yearly) + Math.log1p(r) - Math.log(r) - start * Math.log1p(r);
            if (logValue > Math.log(Double.MAX_VALUE)) {
                String path = JsonPath.index(ScenarioFormat.Top.WATER_TREATMENT.name(), i);
                out.add(new ValidationError(fixed >= volume ? at(path, ScenarioFormat.Water.FIXED_ANNUAL_COST)
                        : at(at(path, ScenarioFormat.Water.UNIT_COST), Measure.VALUE), "makes the perpetual stream "
                        + "worth more than the largest number the simulator holds (about 1.8e308): up to "
                        + format(yearly) + " a year forever at a discount rate of " + format(r)
                        + " is worth about 1e" + String.format(Locale.ROOT, "%.0f", logValue / Math.log(10))
                        + "; lower the yearly cost or raise economics.discountRate"));
            }
        }
    }

    /*
     * The element checks below take an element's parts, any of which may be null: not given,
     * or given but not readable (the reader has reported why). Each part is judged on its own,
     * so a file reports every independent problem of an element in one pass, and a part is
     * judged against another only when both were read. Inner objects are checked before the
     * fields of the element that holds them, in the file reader and here alike.
     */

    static void checkForfeiture(Forfeiture f, List<ValidationError> out) {
        if (f instanceof Forfeiture.AnnualHazard h) {
            checkHazard(h.beforeClosure(), h.afterClosure(), out);
        }
    }

    static void checkHazard(Value beforeClosure, Value afterClosure, List<ValidationError> out) {
        inRange(Top.FORFEITURE.name(), ScenarioFormat.Forfeiture.BEFORE_CLOSURE, beforeClosure, out);
        inRange(Top.FORFEITURE.name(), ScenarioFormat.Forfeiture.AFTER_CLOSURE, afterClosure, out);
    }

    static void checkCostItem(String path, CostItem c, List<ValidationError> out) {
        checkCostItem(path, c.quantity(), c.unitCost(), c.amount(), c.accrual(), out);
    }

    static void checkCostItem(String path, Quantity quantity, UnitRate unitCost, Value amount,
                              List<AccrualPoint> accrual, List<ValidationError> out) {
        FormatField quantityField = ScenarioFormat.CostItem.QUANTITY;
        FormatField unitCostField = ScenarioFormat.CostItem.UNIT_COST;
        String q = at(path, quantityField);
        String u = at(path, unitCostField);
        KnownUnit quantityUnit = null;
        KnownUnit per = null;
        if (quantity != null) {
            inRange(q, Measure.VALUE, quantityField.bounds(), quantity.value(), out);
            quantityUnit = knownUnit(at(q, Measure.UNIT), quantity.unit(), quantityField.dimension(), out);
        }
        if (unitCost != null) {
            inRange(u, Measure.VALUE, unitCostField.bounds(), unitCost.value(), out);
            per = knownUnit(at(u, Measure.PER), unitCost.per(), unitCostField.dimension(), out);
        }
        if (quantityUnit != null && per != null && !per.isCommensurableWith(quantityUnit)) {
            out.add(new ValidationError(at(u, Measure.PER), "must be a unit of the quantity's dimension ("
                    + quantityUnit.dimension().label() + ", like \"" + quantityUnit.symbol() + "\"), was \""
                    + per.symbol() + "\", " + article(per.dimension()) + " unit"));
        } else if (quantityUnit != null && per != null) {
            checkProduct(at(u, Measure.VALUE), "the quantity", quantity, unitCost,
                    unitCost.conversionFrom(quantity), out);
        }
        inRange(path, ScenarioFormat.CostItem.AMOUNT, amount, out);
        if (accrual != null) {
            checkAccrual(at(path, ScenarioFormat.CostItem.ACCRUAL), accrual, out);
        }
    }

    private static void checkAccrual(String path, List<AccrualPoint> accrual, List<ValidationError> out) {
        for (int i = 0; i < accrual.size(); i++) {
            String year = at(JsonPath.index(path, i), ScenarioFormat.AccrualPoint.YEAR);
            if (accrual.get(i).year() < 0) {
                out.add(new ValidationError(year, "must be >= 0 (was " + accrual.get(i).year() + ")"));
            } else if (i > 0 && accrual.get(i).year() <= accrual.get(i - 1).year()) {
                out.add(new ValidationError(year, "must be later than the previous point's year"
                        + " (was " + accrual.get(i).year() + " after " + accrual.get(i - 1).year() + ")"));
            }
        }
    }

    static void checkIndirectCost(String path, IndirectCost ic, List<ValidationError> out) {
        checkIndirectCost(path, ic.percent(), out);
    }

    static void checkIndirectCost(String path, Value percent, List<ValidationError> out) {
        inRange(path, ScenarioFormat.IndirectCost.PERCENT, percent, out);
    }

    static void checkWaterStream(String path, WaterStream w, List<ValidationError> out) {
        if (w.duration() instanceof WaterDuration.Decay d) {
            checkDecay(at(path, Water.DURATION), d.initialConcentration(), d.limit(), d.halfLifeYears(), out);
        }
        checkWaterStream(path, w.probability(), w.startYear(), w.flow(), w.unitCost(), w.fixedAnnualCost(),
                w.capitalCost(), out);
    }

    static void checkWaterStream(String path, Value probability, Value startYear, Quantity flow, UnitRate unitCost,
                                 Value fixedAnnualCost, Value capitalCost, List<ValidationError> out) {
        inRange(path, Water.PROBABILITY, probability, out);
        checkStartYear(at(path, Water.START_YEAR), startYear, out);
        int before = out.size();
        checkMeasured(path, Water.FLOW, flow, out);
        checkMeasured(path, Water.UNIT_COST, unitCost, out);
        if (flow != null && unitCost != null && out.size() == before) {
            checkProduct(at(at(path, Water.UNIT_COST), Measure.VALUE), "a year's flow", flow, unitCost,
                    WaterStream.volumePerYearConversion(flow, unitCost), out);
        }
        inRange(path, Water.FIXED_ANNUAL_COST, fixedAnnualCost, out);
        inRange(path, Water.CAPITAL_COST, capitalCost, out);
    }

    /** A decay duration at {@code path}: the concentrations and the half-life. */
    static void checkDecay(String path, Quantity initialConcentration, Quantity limit, Value halfLifeYears,
                           List<ValidationError> out) {
        checkMeasured(path, Duration.INITIAL_CONCENTRATION, initialConcentration, out);
        checkMeasured(path, Duration.LIMIT, limit, out);
        inRange(path, Duration.HALF_LIFE_YEARS, halfLifeYears, out);
    }

    static void checkRehabilitation(String path, RehabilitationDomain r, List<ValidationError> out) {
        Recovery rec = r.recovery();
        checkRecovery(at(path, Rehabilitation.RECOVERY), rec.model(), rec.rate(), rec.initialCondition(), rec.target(),
                out);
        Setback s = r.setback();
        if (s != null) {
            checkSetback(at(path, Rehabilitation.SETBACK), s.annualProbability(), s.conditionLoss(),
                    s.reworkCostPerArea(), out);
        }
        checkRehabilitation(path, r.area(), r.startYear(), r.establishmentCost(), r.maintenanceCostPerAreaYear(),
                r.monitoringCostPerYear(), out);
    }

    static void checkRehabilitation(String path, Quantity area, Value startYear, UnitRate establishmentCost,
                                    UnitRate maintenanceCostPerAreaYear, Value monitoringCostPerYear,
                                    List<ValidationError> out) {
        checkMeasured(path, Rehabilitation.AREA, area, out);
        checkStartYear(at(path, Rehabilitation.START_YEAR), startYear, out);
        checkMeasured(path, Rehabilitation.ESTABLISHMENT_COST, establishmentCost, out);
        checkMeasured(path, Rehabilitation.MAINTENANCE_COST_PER_AREA_YEAR, maintenanceCostPerAreaYear, out);
        inRange(path, Rehabilitation.MONITORING_COST_PER_YEAR, monitoringCostPerYear, out);
    }

    /**
     * A recovery at {@code path}; {@code model} null (not readable) judges the initial
     * condition by the rule every model shares, {@code [0, 1]}.
     */
    static void checkRecovery(String path, RecoveryModel model, Value rate, Value initialCondition, Value target,
                              List<ValidationError> out) {
        inRange(path, ScenarioFormat.Recovery.RATE, rate, out);
        if (model == RecoveryModel.LOGISTIC && initialCondition != null) {
            ValueChecks.within(at(path, ScenarioFormat.Recovery.INITIAL_CONDITION), initialCondition,
                    Bounds.POSITIVE_FRACTION, Bounds.POSITIVE_FRACTION.requirement() + " for logistic recovery", out);
        } else {
            inRange(path, ScenarioFormat.Recovery.INITIAL_CONDITION, initialCondition, out);
        }
        inRange(path, ScenarioFormat.Recovery.TARGET, target, out);
    }

    static void checkSetback(String path, Value annualProbability, Value conditionLoss, UnitRate reworkCostPerArea,
                             List<ValidationError> out) {
        inRange(path, ScenarioFormat.Setback.ANNUAL_PROBABILITY, annualProbability, out);
        inRange(path, ScenarioFormat.Setback.CONDITION_LOSS, conditionLoss, out);
        checkMeasured(path, ScenarioFormat.Setback.REWORK_COST_PER_AREA, reworkCostPerArea, out);
    }

    static void checkRiskEvent(String path, RiskEvent e, List<ValidationError> out) {
        Value once = e.occurrence() instanceof RiskOccurrence.Once o ? o.probability() : null;
        Value perYear = e.occurrence() instanceof RiskOccurrence.PerYear y ? y.annualProbability() : null;
        checkRiskEvent(path, once, perYear, e.cost(), out);
        if (e.occurrence() instanceof RiskOccurrence.PerYear y) {
            checkOccurrences(path, y, out);
        }
    }

    /** A risk event: {@code probability} of a once-only event, {@code annualProbability} of a per-year one. */
    static void checkRiskEvent(String path, Value probability, Value annualProbability, Value cost,
                               List<ValidationError> out) {
        inRange(path, ScenarioFormat.RiskEvent.PROBABILITY, probability, out);
        inRange(path, ScenarioFormat.RiskEvent.ANNUAL_PROBABILITY, annualProbability, out);
        inRange(path, ScenarioFormat.RiskEvent.COST, cost, out);
    }

    /** A per-year event may simulate at most {@link RiskOccurrence.PerYear#MAX_SIMULATED_OCCURRENCES} occurrences. */
    static void checkOccurrences(String path, RiskOccurrence.PerYear y, List<ValidationError> out) {
        if (y.simulatedOccurrences() > RiskOccurrence.PerYear.MAX_SIMULATED_OCCURRENCES) {
            out.add(new ValidationError(at(path, ScenarioFormat.RiskEvent.MAX_OCCURRENCES), "must be at most "
                    + RiskOccurrence.PerYear.MAX_SIMULATED_OCCURRENCES + " when the event's years (fromYear "
                    + y.fromYear() + " to toYear " + y.toYear() + ") are more: each occurrence is drawn and "
                    + "costed one by one, and up to " + y.simulatedOccurrences() + " of them in every iteration "
                    + "would make the run last for hours (was " + y.maxOccurrences() + "); lower maxOccurrences "
                    + "or toYear, or give annualProbability 1 for a cost in every year"));
        }
    }

    /**
     * The largest cost of a quantity at a unit rate must be a finite double: two finite inputs
     * near 1e300 would make every iteration overflow. Unbounded distributions pass here (their
     * largest values are rare draws); the engine names the element if a draw overflows.
     */
    private static void checkProduct(String path, String what, Quantity q, UnitRate rate, double conversion,
                                     List<ValidationError> out) {
        double most = q.value().upperBound() * rate.value().upperBound() * conversion;
        if (Double.isInfinite(most) && Double.isFinite(q.value().upperBound())
                && Double.isFinite(rate.value().upperBound())) {
            out.add(new ValidationError(path, "times " + what + " exceeds the largest number the simulator holds "
                    + "(about 1.8e308): " + format(q.value().upperBound()) + " " + q.unit() + " at "
                    + format(rate.value().upperBound()) + " per " + rate.per() + " (lower one of them)"));
        }
    }

    /**
     * A start year (water, rehabilitation) must not be able to pass {@link StartYears#MAX}, the
     * furthest year whose relinquishment year the simulator reports exactly. An unbounded
     * distribution passes here; the engine refuses a draw beyond the limit.
     */
    private static void checkStartYear(String path, Value startYear, List<ValidationError> out) {
        if (startYear == null) {
            return;
        }
        double highest = startYear.upperBound();
        if (highest > StartYears.MAX && Double.isFinite(highest)) {
            out.add(new ValidationError(path, "must be at most " + format(StartYears.MAX) + " years after closure, "
                    + "the furthest year the simulator counts exactly (" + (startYear.isDegenerate() ? "was "
                    : "could reach ") + format(highest) + ")"));
        }
    }

    static void checkAssurance(String path, AssuranceInstrument a, List<ValidationError> out) {
        if (a instanceof AssuranceInstrument.Bond b) {
            checkBond(path, b.amount(), b.schedule(), b.providerAnnualDefaultProbability(), b.recoveryRate(), out);
        } else if (a instanceof AssuranceInstrument.SelfBond sb) {
            checkSelfBond(path, sb.amount(), out);
        } else if (a instanceof AssuranceInstrument.ParentGuarantee g) {
            checkParentGuarantee(path, g.amount(), g.guarantorFailsWithOperatorProbability(), out);
        } else if (a instanceof AssuranceInstrument.TrustFund f) {
            checkTrustFund(path, f.initialBalance(), f.annualContribution(), f.annualFeeRate(), out);
        }
    }

    static void checkBond(String path, Value amount, List<ScheduleStep> schedule, Value providerAnnualDefaultProbability,
                          Value recoveryRate, List<ValidationError> out) {
        inRange(path, Assurance.AMOUNT, amount, out);
        if (schedule != null) {
            checkSchedule(at(path, Assurance.SCHEDULE), schedule, out);
        }
        inRange(path, Assurance.PROVIDER_ANNUAL_DEFAULT_PROBABILITY, providerAnnualDefaultProbability, out);
        inRange(path, Assurance.RECOVERY_RATE, recoveryRate, out);
    }

    static void checkSelfBond(String path, Value amount, List<ValidationError> out) {
        inRange(path, Assurance.AMOUNT, amount, out);
    }

    static void checkParentGuarantee(String path, Value amount, Value guarantorFailsWithOperatorProbability,
                                     List<ValidationError> out) {
        inRange(path, Assurance.AMOUNT, amount, out);
        inRange(path, Assurance.GUARANTOR_FAILS_WITH_OPERATOR_PROBABILITY, guarantorFailsWithOperatorProbability, out);
    }

    static void checkTrustFund(String path, Value initialBalance, Value annualContribution, Value annualFeeRate,
                               List<ValidationError> out) {
        inRange(path, Assurance.INITIAL_BALANCE, initialBalance, out);
        inRange(path, Assurance.ANNUAL_CONTRIBUTION, annualContribution, out);
        inRange(path, Assurance.ANNUAL_FEE_RATE, annualFeeRate, out);
    }

    private static void checkSchedule(String path, List<ScheduleStep> schedule, List<ValidationError> out) {
        if (schedule.isEmpty()) {
            out.add(new ValidationError(path, "must have at least one step"));
        }
        for (int i = 0; i < schedule.size(); i++) {
            String p = JsonPath.index(path, i);
            int year = schedule.get(i).fromYear();
            String from = at(p, ScenarioFormat.ScheduleStep.FROM_YEAR);
            if (year < 0) {
                out.add(new ValidationError(from, "must be >= 0 (was " + year + ")"));
            } else if (i > 0 && year <= schedule.get(i - 1).fromYear()) {
                out.add(new ValidationError(from, "must be later than the previous step's "
                        + "fromYear (was " + year + " after " + schedule.get(i - 1).fromYear() + ")"));
            }
            inRange(p, ScenarioFormat.ScheduleStep.AMOUNT, schedule.get(i).amount(), out);
        }
    }

    /** {@code element.field} for a field of the format. */
    private static String at(String element, FormatField field) {
        return JsonPath.field(element, field.name());
    }

    /**
     * A Quantity's or rate's {@code field} of the element at {@code path}: its value within the
     * field's limits, its unit (or {@code per}) of the field's dimension; null (absent or
     * unreadable) passes.
     */
    private static void checkMeasured(String path, FormatField field, Quantity q, List<ValidationError> out) {
        if (q != null) {
            String p = at(path, field);
            inRange(p, Measure.VALUE, field.bounds(), q.value(), out);
            knownUnit(at(p, Measure.UNIT), q.unit(), field.dimension(), out);
        }
    }

    private static void checkMeasured(String path, FormatField field, UnitRate r, List<ValidationError> out) {
        if (r != null) {
            String p = at(path, field);
            inRange(p, Measure.VALUE, field.bounds(), r.value(), out);
            knownUnit(at(p, Measure.PER), r.per(), field.dimension(), out);
        }
    }

    /** The Value {@code field} of the element at {@code path} lies within the field's limits; null passes. */
    private static void inRange(String path, FormatField field, Value value, List<ValidationError> out) {
        inRange(path, field, field.bounds(), value, out);
    }

    private static void inRange(String path, FormatField field, Bounds bounds, Value value,
                                List<ValidationError> out) {
        if (value != null) {
            ValueChecks.within(at(path, field), value, bounds, out);
        }
    }

    /**
     * The unit written {@code symbol} if the table knows it and it measures {@code expected}
     * (null: any dimension); otherwise reports why not and returns null.
     */
    static KnownUnit knownUnit(String path, String symbol, Dimension expected, List<ValidationError> out) {
        KnownUnit u = lookUpUnit(path, symbol, expected, out);
        if (u != null && expected != null && u.dimension() != expected) {
            out.add(new ValidationError(path, "must be " + article(expected) + " unit ("
                    + String.join(" ", UnitTable.symbols(expected)) + "), was \"" + symbol + "\", "
                    + article(u.dimension()) + " unit"));
            return null;
        }
        return u;
    }

    /**
     * The unit written {@code symbol}, or null after reporting it unknown, with the near miss
     * or the accepted units of {@code expected} (null: of every dimension) as a hint.
     */
    static KnownUnit lookUpUnit(String path, String symbol, Dimension expected, List<ValidationError> out) {
        Optional<KnownUnit> unit = UnitTable.find(symbol);
        if (unit.isPresent()) {
            return unit.get();
        }
        List<String> candidates = expected == null ? UnitTable.symbols() : UnitTable.symbols(expected);
        String near = Suggestions.nearest(symbol, candidates);
        out.add(new ValidationError(path, "unknown unit \"" + symbol + "\" " + (near != null
                ? "(did you mean \"" + near + "\"?)"
                : "(" + (expected == null ? "accepted units" : expected.label() + " units") + ": "
                + String.join(" ", candidates) + ")")));
        return null;
    }

    private static String article(Dimension d) {
        return (d == Dimension.AREA ? "an " : "a ") + d.label();
    }

    /**
     * A name is a one-line label that the command line prints and paths embed: control
     * characters (a line break, an escape sequence that would drive the terminal) and
     * bidirectional-text controls (which make one name look like another) are refused.
     */
    static void checkPrintable(String path, String name, List<ValidationError> out) {
        for (int i = 0; i < name.length(); i++) {
            if (ValidationError.isUnsafe(name.charAt(i))) {
                out.add(new ValidationError(path, String.format(Locale.ROOT,
                        "must not contain control characters (found U+%04X at character %d)", (int) name.charAt(i),
                        i + 1)));
                return;
            }
        }
    }

    /** Names must be present, free of {@code /} (it separates input paths) and unique within a list. */
    static void checkNames(String section, List<String> names, List<ValidationError> out) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name == null) {
                continue;
            }
            String path = at(JsonPath.index(section, i), Common.NAME);
            if (name.isBlank()) {
                out.add(new ValidationError(path, "must not be empty"));
            } else if (name.contains("/")) {
                out.add(new ValidationError(path, "must not contain \"/\", which separates the parts of input paths"
                        + " (was \"" + name + "\")"));
            } else {
                checkPrintable(path, name, out);
            }
            Integer earlier = first.putIfAbsent(name, i);
            if (earlier != null) {
                out.add(new ValidationError(path, "duplicate name \"" + name + "\" (also "
                        + JsonPath.index(section, earlier) + "); names must be unique within " + section));
            }
        }
    }

    /**
     * Checks correlations against the scenario's inputs: both paths must name a sampled input
     * (not a fixed value), differ, and appear together only once; the whole matrix must be
     * positive definite. {@code correlations} may hold nulls (entries that could not be read);
     * paths for which {@code unresolved} is true belong to parts that could not be read and are
     * not judged.
     */
    static void checkCorrelations(List<Correlation> correlations, List<SampledInput> inputs,
                                  Predicate<String> unresolved, List<ValidationError> out) {
        Map<String, Value> byPath = new LinkedHashMap<>();
        List<String> sampled = new ArrayList<>();
        for (SampledInput in : inputs) {
            byPath.put(in.path(), in.value());
            if (!in.value().isDegenerate()) {
                sampled.add(in.path());
            }
        }
        boolean matrixReady = true;
        Map<String, Integer> pairs = new HashMap<>();
        for (int i = 0; i < correlations.size(); i++) {
            Correlation c = correlations.get(i);
            if (c == null) {
                matrixReady = false;
                continue;
            }
            String p = JsonPath.index(Top.CORRELATIONS.name(), i);
            String b = at(p, ScenarioFormat.Correlation.B);
            boolean ok = resolves(at(p, ScenarioFormat.Correlation.A), c.a(), byPath, sampled, unresolved, out)
                    & resolves(b, c.b(), byPath, sampled, unresolved, out);
            if (c.a().equals(c.b())) {
                out.add(new ValidationError(b, "must name another input than a (both were \""
                        + c.a() + "\")"));
                ok = false;
            }
            String key = c.a().compareTo(c.b()) < 0 ? c.a() + "\n" + c.b() : c.b() + "\n" + c.a();
            Integer earlier = pairs.putIfAbsent(key, i);
            if (earlier != null) {
                out.add(new ValidationError(p, "correlates \"" + c.a() + "\" and \"" + c.b() + "\" again (already in "
                        + JsonPath.index(Top.CORRELATIONS.name(), earlier) + ")"));
                ok = false;
            }
            matrixReady &= ok;
        }
        if (matrixReady && !correlations.isEmpty()) {
            checkPositiveDefinite(correlations, out);
        }
    }

    private static boolean resolves(String path, String input, Map<String, Value> byPath, List<String> sampled,
                                    Predicate<String> unresolved, List<ValidationError> out) {
        if (unresolved.test(input)) {
            return false;
        }
        Value v = byPath.get(input);
        if (v == null) {
            String hint;
            if (input.endsWith(".value") && byPath.containsKey(input.substring(0, input.length() - 6))) {
                hint = " (did you mean \"" + input.substring(0, input.length() - 6)
                        + "\"? paths leave out a quantity's or rate's .value)";
            } else {
                String near = Suggestions.nearest(input, byPath.keySet());
                hint = near != null ? " (did you mean \"" + near + "\"?)"
                        : sampled.isEmpty() ? " (this scenario has no sampled inputs)"
                        : " (sampled inputs: " + String.join(", ", sampled) + ")";
            }
            out.add(new ValidationError(path, "\"" + input + "\" names no input of this scenario" + hint));
            return false;
        }
        if (v.isDegenerate()) {
            out.add(new ValidationError(path, "\"" + input + "\" is a fixed value (" + format(v.lowerBound())
                    + "), not sampled, so it cannot be correlated"));
            return false;
        }
        return true;
    }

    private static void checkPositiveDefinite(List<Correlation> correlations, List<ValidationError> out) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (Correlation c : correlations) {
            index.putIfAbsent(c.a(), index.size());
            index.putIfAbsent(c.b(), index.size());
        }
        int n = index.size();
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1.0;
        }
        for (Correlation c : correlations) {
            int a = index.get(c.a());
            int b = index.get(c.b());
            m[a][b] = c.rho();
            m[b][a] = c.rho();
        }
        int[] group = GaussianCopula.nonPositiveDefiniteGroup(m);
        if (group.length > 0) {
            List<String> paths = new ArrayList<>(index.keySet());
            List<String> named = new ArrayList<>();
            for (int g : group) {
                named.add("\"" + paths.get(g) + "\"");
            }
            out.add(new ValidationError(Top.CORRELATIONS.name(), "the correlations among " + String.join(", ", named)
                    + " contradict each other: their matrix is not positive definite (weaken some of them)"));
        }
    }
}
