package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.FieldChecks.at;
import static org.closureassurance.scenarios.FieldChecks.checkProduct;
import static org.closureassurance.scenarios.FieldChecks.inRange;
import static org.closureassurance.scenarios.UnitChecks.article;
import static org.closureassurance.scenarios.UnitChecks.knownUnit;

import java.util.List;
import org.closureassurance.scenarios.ScenarioFormat.Measure;
import org.closureassurance.scenarios.json.JsonPath;
import org.closureassurance.scenarios.units.KnownUnit;
import org.closureassurance.simulator.model.AccrualPoint;
import org.closureassurance.simulator.model.CostItem;
import org.closureassurance.simulator.model.IndirectCost;
import org.closureassurance.simulator.model.Quantity;
import org.closureassurance.simulator.model.UnitRate;
import org.closureassurance.simulator.value.Value;

/**
 * Checks of the cost sections, {@code costItems[]} with their accrual and {@code indirectCosts[]},
 * on an element's parts as {@link ScenarioValidator} and the file reader both pass them.
 */
final class CostChecks {
    private CostChecks() {
    }

    static void checkCostItem(String path, CostItem c, List<ValidationError> out) {
        checkCostItem(path, c.quantity(), c.unitCost(), c.amount(), c.accrual(), out);
    }

    static void checkCostItem(String path, Quantity quantity, UnitRate unitCost, Value amount,
                              List<AccrualPoint> accrual, List<ValidationError> out) {
        FormatField quantityField = CostFormat.CostItem.QUANTITY;
        FormatField unitCostField = CostFormat.CostItem.UNIT_COST;
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
        inRange(path, CostFormat.CostItem.AMOUNT, amount, out);
        if (accrual != null) {
            checkAccrual(at(path, CostFormat.CostItem.ACCRUAL), accrual, out);
        }
    }

    private static void checkAccrual(String path, List<AccrualPoint> accrual, List<ValidationError> out) {
        for (int i = 0; i < accrual.size(); i++) {
            String year = at(JsonPath.index(path, i), CostFormat.AccrualPoint.YEAR);
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
        inRange(path, CostFormat.IndirectCost.PERCENT, percent, out);
    }
}
