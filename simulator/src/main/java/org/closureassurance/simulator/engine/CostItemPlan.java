package org.closureassurance.simulator.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.closureassurance.simulator.model.AccrualPoint;
import org.closureassurance.simulator.model.CostItem;
import org.closureassurance.simulator.model.InputField;

/**
 * A compiled cost item: the slots of its amount, or of its quantity and unit cost with the
 * unit conversion between them, its years, indirect-cost slots and accrual.
 * {@code fractionByYear[t]} is the accrual fraction in absolute year {@code t} (empty when the
 * item does not accrue), tabulated once per run because it depends only on the year.
 */
record CostItemPlan(int amountSlot, int quantitySlot, int unitCostSlot, double conversion,
                    int startYear, int durationYears, int[] indirectSlots,
                    int[] accrualYears, double[] accrualFractions, double[] fractionByYear) {

    CostItemPlan(int amountSlot, int quantitySlot, int unitCostSlot, double conversion, int startYear,
                 int durationYears, int[] indirectSlots, int[] accrualYears, double[] accrualFractions,
                 int horizon) {
        this(amountSlot, quantitySlot, unitCostSlot, conversion, startYear, durationYears, indirectSlots,
                accrualYears, accrualFractions, new double[accrualYears.length == 0 ? 0 : horizon]);
        for (int t = 0; t < fractionByYear.length; t++) {
            fractionByYear[t] = fraction(t);
        }
    }

    /** Compiles item {@code c}, whose indirect costs are at {@code indirectSlots}. */
    static CostItemPlan of(CostItem c, InputSlots slots, int[] indirectSlots, int horizon) {
        List<AccrualPoint> pts = new ArrayList<>(c.accrual());
        pts.sort(Comparator.comparingInt(AccrualPoint::year));
        int[] ay = new int[pts.size()];
        double[] af = new double[pts.size()];
        for (int j = 0; j < ay.length; j++) {
            ay[j] = pts.get(j).year();
            af[j] = pts.get(j).fraction();
        }
        if (c.isPriced()) {
            return new CostItemPlan(-1, slots.of(InputField.COST_QUANTITY, c.name()),
                    slots.of(InputField.COST_UNIT_COST, c.name()),
                    c.unitCost().conversionFrom(c.quantity()), c.startYear(), c.durationYears(), indirectSlots, ay, af,
                    horizon);
        }
        return new CostItemPlan(slots.of(InputField.COST_AMOUNT, c.name()), -1, -1, 1.0, c.startYear(), c.durationYears(),
                indirectSlots, ay, af, horizon);
    }

    /** The accrual fraction in absolute year {@code t}: linear between points, flat outside. */
    double fraction(int t) {
        int n = accrualYears.length;
        if (n == 0) {
            return 1.0;
        }
        if (t <= accrualYears[0]) {
            return accrualFractions[0];
        }
        if (t >= accrualYears[n - 1]) {
            return accrualFractions[n - 1];
        }
        int j = 1;
        while (accrualYears[j] < t) {
            j++;
        }
        int y0 = accrualYears[j - 1];
        int y1 = accrualYears[j];
        if (y1 == y0) {
            return accrualFractions[j];
        }
        double w = (double) (t - y0) / (y1 - y0);
        return accrualFractions[j - 1] + w * (accrualFractions[j] - accrualFractions[j - 1]);
    }
}
