package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.FormatField.integer;
import static org.closureassurance.scenarios.FormatField.list;
import static org.closureassurance.scenarios.FormatField.number;
import static org.closureassurance.scenarios.FormatField.quantity;
import static org.closureassurance.scenarios.FormatField.rate;
import static org.closureassurance.scenarios.FormatField.string;
import static org.closureassurance.scenarios.FormatField.strings;
import static org.closureassurance.scenarios.FormatField.value;
import static org.closureassurance.scenarios.ScenarioFormat.MAX_INT;
import static org.closureassurance.scenarios.ScenarioFormat.NON_NEGATIVE;

import org.closureassurance.scenarios.ScenarioFormat.Common;
import org.closureassurance.simulator.model.InputField;

/**
 * The cost sections of the scenario format: {@code costItems[]} with their accrual points, and
 * {@code indirectCosts[]}. Part of {@link ScenarioFormat}.
 */
public final class CostFormat {
    private CostFormat() {
    }

    /** {@code costItems[]}. */
    public static final class CostItem {
        public static final FormatField CATEGORY = string("category")
                .about("free label that `indirectCosts[].appliesTo` selects on (`earthworks`, `demolition`, ...)")
                .labelled("Category").helping("Decides which indirect costs apply (earthworks, demolition, ...).");
        public static final FormatField QUANTITY = quantity(InputField.COST_QUANTITY.key(), null, NON_NEGATIVE)
                .when("with `unitCost`")
                .labelled("Quantity").helping("How much work: volume, area, length, count, ...");
        public static final FormatField UNIT_COST = rate(InputField.COST_UNIT_COST.key(), null).when("with `quantity`")
                .about("`per` must measure the quantity's dimension")
                .labelled("Unit cost").helping("Price per unit of the quantity.");
        public static final FormatField AMOUNT = value(InputField.COST_AMOUNT.key(), NON_NEGATIVE).measuring("money")
                .when("instead of the two above")
                .labelled("Amount").helping("The item's whole cost.");
        public static final FormatField START_YEAR = integer("startYear", 0, MAX_INT).byDefault("0")
                .measuring("closure-relative")
                .labelled("Start year (after closure)")
                .helping("Counted from closure: 0 is the first year after operations end.");
        public static final FormatField DURATION_YEARS = integer("durationYears", 1, MAX_INT).byDefault("1")
                .about("the cost is spread evenly over these years")
                .labelled("Duration (years)").helping("The cost is spread evenly over these years.");
        public static final FormatField ACCRUAL = list("accrual").when("none (fraction 1)")
                .about("before closure only part of the disturbance exists (below)")
                .labelled("Accrual before closure")
                .helping("Share of the final disturbance in each year (counted from the base year),"
                        + " interpolated; 1 when empty.")
                .holding(AccrualPoint.OBJECT);
        public static final FormatObject OBJECT = FormatObject.of("costItems[]", "A cost is either `quantity` × "
                + "`unitCost` or a lump `amount`: give exactly one of the two forms.", Common.NAME,
                Common.DESCRIPTION, CATEGORY, QUANTITY, UNIT_COST, AMOUNT, START_YEAR, DURATION_YEARS, ACCRUAL)
                .called("cost item");

        private CostItem() {
        }
    }

    /** {@code costItems[].accrual[]}. */
    public static final class AccrualPoint {
        public static final FormatField YEAR = integer("year", 0, MAX_INT).asRequired().measuring("absolute")
                .about("strictly increasing from point to point")
                .labelled("Year (after base year)");
        public static final FormatField FRACTION = number("fraction").asRequired().within(NON_NEGATIVE)
                .about("the share of the cost owed if the operator walks away in that year; interpolated linearly "
                        + "between points, flat outside them")
                .labelled("Fraction");
        public static final FormatObject OBJECT = FormatObject.of("costItems[].accrual[]", "", YEAR, FRACTION);

        private AccrualPoint() {
        }
    }

    /** {@code indirectCosts[]}. */
    public static final class IndirectCost {
        public static final FormatField PERCENT = value(InputField.INDIRECT_PERCENT.key(), NON_NEGATIVE).asRequired()
                .measuring("percent")
                .about("added to every flow it applies to")
                .labelled("Percent (%)")
                .helping("A percentage, not a fraction: 15 is 15 %, added to the flows it applies to.");
        public static final FormatField APPLIES_TO = strings("appliesTo").when("every cost item")
                .about("categories of cost items, plus `water-treatment` (every water stream) and `rehabilitation` "
                        + "(every domain); risk events never take indirect costs")
                .labelled("Applies to")
                .helping("Categories, separated by commas; empty applies to every cost item. Also:"
                        + " water-treatment, rehabilitation.");
        public static final FormatObject OBJECT = FormatObject.of("indirectCosts[]", "", Common.NAME,
                Common.DESCRIPTION, PERCENT, APPLIES_TO)
                .called("indirect cost");

        private IndirectCost() {
        }
    }
}
