package org.closureassurance.charts;

import java.util.List;
import org.closureassurance.simulator.model.Overrun;
import org.closureassurance.simulator.value.Value;

/**
 * The report's words on overruns: which multipliers the scenario puts on its estimate, on what,
 * and how they combine with indirect costs, so that a reader sees how far the figures assume
 * the estimate will be exceeded (docs/model.md, "Overruns and estimate classes").
 */
final class OverrunAssumptions {
    private final List<Overrun> overruns;

    OverrunAssumptions(List<Overrun> overruns) {
        this.overruns = List.copyOf(overruns);
    }

    /** The subsection's inner HTML. */
    String render() {
        if (overruns.isEmpty()) {
            return Html.paragraph("No overruns: every cost is taken as estimated (after its indirect costs).");
        }
        Html.Table t = new Html.Table(null, "assumptions", "Overrun", "Multiplier", "Mean multiplier", "Applies to");
        for (Overrun o : overruns) {
            t.row(Html.named(o.name(), o.description()), ValueText.describe(o.multiplier(), ValueText.plain()),
                    mean(o.multiplier()), appliesTo(o.appliesTo()));
        }
        return Html.paragraph("Each multiplier is drawn once per iteration and multiplies every flow it applies to, "
                + "after that flow's indirect costs; multipliers that apply to the same flow multiply together. A "
                + "flow of 100 with 15 % of indirect costs and a multiplier of 1.3 counts as "
                + "100 × 1.15 × 1.3 = 149.5. "
                + "Risk events never take a multiplier.") + t.render();
    }

    private static String mean(Value multiplier) {
        double mean = multiplier.expectedValue();
        String change = NumberText.number(100 * Math.abs(mean - 1), 1) + " %";
        return NumberText.number(mean, 3) + (mean > 1 ? ": raises the flows by " + change + " on average"
                : mean < 1 ? ": lowers the flows by " + change + " on average" : ": no change on average");
    }

    private static String appliesTo(List<String> categories) {
        if (categories == null) {
            return "every cost item";
        }
        return categories.isEmpty() ? "nothing" : String.join(", ", categories);
    }
}
