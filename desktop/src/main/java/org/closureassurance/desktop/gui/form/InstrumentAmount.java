package org.closureassurance.desktop.gui.form;

import java.util.List;
import org.closureassurance.scenarios.AssuranceFormat.Assurance;
import org.closureassurance.scenarios.AssuranceFormat.ScheduleStep;

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
        if (!column.key().equals(Assurance.AMOUNT.name())) {
            return "";
        }
        return switch (instrument.text(Assurance.TYPE.name())) {
            case "bond" -> schedule(instrument.rows(Assurance.SCHEDULE.name()));
            case "trust-fund" -> "Fund " + shown(instrument.value(Assurance.INITIAL_BALANCE.name())) + " + "
                    + shown(instrument.value(Assurance.ANNUAL_CONTRIBUTION.name())) + " a year";
            default -> "";
        };
    }

    private static String schedule(List<ElementForm> steps) {
        if (steps.isEmpty()) {
            return "Schedule with no steps";
        }
        ElementForm first = steps.get(0);
        ElementForm last = steps.get(steps.size() - 1);
        String range = steps.size() == 1 ? shown(first.value(ScheduleStep.AMOUNT.name()))
                : shown(first.value(ScheduleStep.AMOUNT.name())) + " → " + shown(last.value(ScheduleStep.AMOUNT.name()));
        return "Schedule " + range + ", " + steps.size() + (steps.size() == 1 ? " step" : " steps")
                + " from year " + first.text(ScheduleStep.FROM_YEAR.name());
    }

    private static String shown(ValueForm v) {
        if (v == null || v.isEmpty()) {
            return "0";
        }
        return v.kind() == DistributionKind.CONSTANT ? NumberText.grouped(v.parameter(DistributionKind.constantParameter())) : v.summary();
    }
}
