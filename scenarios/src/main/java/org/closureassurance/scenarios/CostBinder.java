package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.json.NumberText.format;

import java.util.ArrayList;
import java.util.List;
import org.closureassurance.scenarios.ScenarioFormat.Common;
import org.closureassurance.scenarios.json.JsonNode;
import org.closureassurance.scenarios.json.JsonPath;
import org.closureassurance.simulator.model.AccrualPoint;
import org.closureassurance.simulator.model.CostItem;
import org.closureassurance.simulator.model.IndirectCost;
import org.closureassurance.simulator.model.Quantity;
import org.closureassurance.simulator.model.UnitRate;
import org.closureassurance.simulator.value.Value;

/**
 * Binds the cost sections, {@code costItems[]} with their accrual points and
 * {@code indirectCosts[]}, for {@link ScenarioBinder}: each element is checked with
 * {@link CostChecks} as soon as it is read, and built only from well-formed parts.
 */
final class CostBinder {
    private final List<ValidationError> errors;

    /** A binder that reports into {@code errors}, the list the whole file reports into. */
    CostBinder(List<ValidationError> errors) {
        this.errors = errors;
    }

    CostItem costItem(JsonFields f) {
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

    IndirectCost indirectCost(JsonFields f) {
        f.allow("", CostFormat.IndirectCost.OBJECT, null);
        String name = f.string(Common.NAME);
        String description = f.string(Common.DESCRIPTION);
        Value percent = f.value(CostFormat.IndirectCost.PERCENT);
        List<String> appliesTo = f.strings(CostFormat.IndirectCost.APPLIES_TO);
        CostChecks.checkIndirectCost(f.path(), percent, errors);
        return f.complete() ? new IndirectCost(name, description, percent, appliesTo) : null;
    }
}
