package org.closureassurance.desktop.gui.form;

import java.util.List;

/**
 * What the assurance table shows in its Amount column for an instrument that has no single
 * face amount: a bond's schedule of steps ({@code Schedule 20 000 000 → 40 000 000, 3 steps
 * from year 0}) or a trust fund's balance and yearly contribution, so that no instrument reads
 * as blank (as if it held nothing).
 */
public final class InstrumentAmount {
    private InstrumentAmount() {
    }

    /** The text for {@code column} of {@code instrument} where the column's field does not apply, or "". */
    public static String standIn(ElementForm instrument, FieldSpec column) {
        if (!column.key().equals("amount")) {
            return "";
        }
        return switch (instrument.text("type")) {
            case "bond" -> schedule(instrument.rows("schedule"));
            case "trust-fund" -> "Fund " + shown(instrument.value("initialBalance")) + " + "
                    + shown(instrument.value("annualContribution")) + " a year";
            default -> "";
        };
    }

    private static String schedule(List<ElementForm> steps) {
        if (steps.isEmpty()) {
            return "Schedule with no steps";
        }
        ElementForm first = steps.get(0);
        ElementForm last = steps.get(steps.size() - 1);
        String range = steps.size() == 1 ? shown(first.value("amount"))
                : shown(first.value("amount")) + " → " + shown(last.value("amount"));
        return "Schedule " + range + ", " + steps.size() + (steps.size() == 1 ? " step" : " steps")
                + " from year " + first.text("fromYear");
    }

    private static String shown(ValueForm v) {
        if (v == null || v.isEmpty()) {
            return "0";
        }
        return v.kind() == DistributionKind.CONSTANT ? NumberText.grouped(v.parameter("value")) : v.summary();
    }
}
