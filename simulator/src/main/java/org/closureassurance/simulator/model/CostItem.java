package org.closureassurance.simulator.model;

import java.util.List;
import java.util.Objects;
import org.closureassurance.simulator.value.Value;

/**
 * A closure work: either {@code quantity * unitCost} or a lump {@code amount}, spread evenly
 * over {@code durationYears} from closure-relative {@code startYear} (docs/model.md).
 * {@code category} (nullable) decides which indirect costs apply; {@code accrual} (possibly
 * empty) scales the item when the operator walks away before closure.
 */
public record CostItem(String name, String description, String category,
                       Quantity quantity, UnitRate unitCost, Value amount,
                       int startYear, int durationYears, List<AccrualPoint> accrual) {
    public CostItem {
        Objects.requireNonNull(name, "name");
        accrual = accrual == null ? List.of() : List.copyOf(accrual);
        boolean priced = quantity != null && unitCost != null;
        if (priced == (amount != null) || (quantity == null) != (unitCost == null)) {
            throw new IllegalArgumentException("cost item " + name + " needs either quantity and unitCost, or amount");
        }
        if (startYear < 0) {
            throw new IllegalArgumentException("startYear must be >= 0, was " + startYear);
        }
        if (durationYears < 1) {
            throw new IllegalArgumentException("durationYears must be >= 1, was " + durationYears);
        }
    }

    /** A lump-sum item. */
    public static CostItem lump(String name, String category, Value amount, int startYear, int durationYears) {
        return new CostItem(name, null, category, null, null, amount, startYear, durationYears, List.of());
    }

    /** Whether the cost is quantity times unit cost (rather than a lump amount). */
    public boolean isPriced() {
        return amount == null;
    }
}
